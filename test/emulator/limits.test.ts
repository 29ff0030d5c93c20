// Google Sheets' size limits: 50,000 characters a cell, 18,278 columns and 1,048,576 rows a sheet, 10 million cells
// a spreadsheet — refused before the grid grows, the grid left as it was.
import { describe, expect, it } from "vitest";
import { createEmulator, SHEETS_LIMITS } from "./index";

const LIMITS = "https://support.google.com/drive/answer/37603";

describe(`Sheets' limits — ${LIMITS}`, () => {
  it("takes 50,000 characters in a cell, from a script or a user, and refuses one more", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("A1").setValue("x".repeat(50_000));
    expect(String(sheet.getRange("A1").getValue()).length).toBe(50_000);
    const message = "Your input contains more than the maximum of 50000 characters in a single cell.";
    expect(() => sheet.getRange("A2").setValue("x".repeat(50_001))).toThrow(message);
    expect(() => emu.userEdit(null, sheet.getName(), "A2", "x".repeat(50_001))).toThrow(message);
    expect(sheet.getRange("A2").getValue()).toBe("");
  });

  it("refuses more than 18,278 columns, 1,048,576 rows or 10 million cells, and leaves the sheet as it was", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.deleteColumns(2, 25);
    expect(() => sheet.insertColumnsAfter(1, SHEETS_LIMITS.columns)).toThrow(
      "above the limit of 18278 columns",
    );
    expect(() => sheet.insertRowsAfter(1000, SHEETS_LIMITS.rows)).toThrow("above the limit of 1048576 rows");
    expect(() => sheet.insertColumnsAfter(1, 10_000)).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 1]);
    sheet.insertColumnsAfter(1, 9_998);
    expect(sheet.getMaxColumns()).toBe(9_999);
    expect(() => emu.spreadsheet.insertSheet("Till")).toThrow("above the limit of 10000000 cells");
  });

  it("refuses a write past the limits as it refuses inserting the rows", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    expect(() => sheet.appendRow(new Array(SHEETS_LIMITS.columns + 1).fill(1))).toThrow(
      "above the limit of 18278 columns",
    );
    expect(sheet.getMaxColumns()).toBe(26);
  });
});
