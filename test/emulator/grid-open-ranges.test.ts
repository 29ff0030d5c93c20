// Whole-column and open-ended ranges keep reaching the last row when rows are added at the end, as in Sheets.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

describe("open ranges", () => {
  it("a named whole-column range grows with rows appended after the last row", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    emu.spreadsheet.setNamedRange("Everything", sheet.getRange("A:B"));
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    sheet.getRange(1400, 1).setValue("late row");
    const named = emu.spreadsheet.getRangeByName("Everything")!;
    expect(named.getNumRows()).toBe(1500);
    expect(named.getValues()[1399][0]).toBe("late row");
  });

  it("a formula over A2:A still counts rows added at the end", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("B1").setFormula("=COUNTA(A2:A)");
    sheet.insertRowsAfter(1000, 10);
    sheet.getRange("A1005").setValue("x");
    sheet.getRange("A2").setValue("y");
    expect(sheet.getRange("B1").getValue()).toBe(2);
    expect(sheet.getRange("B1").getFormula()).toBe("=COUNTA(A2:A)");
  });

  it("a closed range inside the sheet does not grow", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("B1").setFormula("=COUNTA(A2:A10)");
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getRange("B1").getFormula()).toBe("=COUNTA(A2:A10)");
  });
});
