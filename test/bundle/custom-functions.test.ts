// Every custom function typed into a cell, over single cells and whole ranges, computed through the built bundle.
import { describe, expect, it } from "vitest";
import { workbook } from "../support/workbook";

function grid(rows: unknown[][]) {
  const wb = workbook({ locale: "en_US" });
  const sheet = wb.ss.getSheets()[0];
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const at = (a1: string, formula: string) => {
    sheet.getRange(a1).setFormula(formula);
    return sheet.getRange(a1);
  };
  return { wb, sheet, at };
}

const isoOf = (v: unknown) => {
  const d = v as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

describe("custom functions in cells", () => {
  it("MEMBER_TARGET: a cell with =MEMBER_TARGET(B2, 10%) shows 129 for 117", () => {
    const { at } = grid([
      ["", ""],
      ["", 117],
    ]);
    expect(at("C2", "=MEMBER_TARGET(B2, 10%)").getValue()).toBe(129);
  });

  it("MEMBER_TARGET over ranges spills one target per row, blank rows blank", () => {
    const { sheet, at } = grid([
      [117, 0.1],
      [25, 0.1],
      ["", 0.1],
      [40, 0],
    ]);
    at("C1", "=MEMBER_TARGET(A1:A4, B1:B4)");
    expect(sheet.getRange("C1:C4").getValues()).toEqual([[129], [28], [""], [40]]);
  });

  it("MEMBER_TARGET reads growth written as text, with a decimal comma", () => {
    const { at } = grid([[200, "10,5 %"]]);
    expect(at("C1", "=MEMBER_TARGET(A1, B1)").getValue()).toBe(221);
  });

  it("MEMBER_TARGET shows a clear error, not a TypeError, for text or negative counts", () => {
    const { wb, at } = grid([["många", -3]]);
    at("C1", "=MEMBER_TARGET(A1, 10%)");
    at("D1", "=MEMBER_TARGET(B1, 10%)");
    at("E1", "=MEMBER_TARGET(10, -2)");
    const name = wb.ss.getSheets()[0].getName();
    for (const cell of ["C1", "D1", "E1"]) {
      expect(wb.ss.getSheets()[0].getRange(cell).getDisplayValue()).toBe("#ERROR!");
      const message = wb.emu.cellError(name, cell) ?? "";
      expect(message).toMatch(/^MEMBER_TARGET: /);
      expect(message).not.toMatch(/TypeError|undefined|null/);
    }
  });

  it("MEMBER_GAP and MEMBER_PROGRESS, single and ranges", () => {
    const { sheet, at } = grid([
      [117, 129, 100],
      [20, 28, 30],
    ]);
    expect(at("D1", "=MEMBER_GAP(B1, C1)").getValue()).toBe(29);
    at("E1", "=MEMBER_GAP(B1:B2, C1:C2)");
    expect(sheet.getRange("E1:E2").getValues()).toEqual([[29], [0]]);
    expect(at("F1", "=MEMBER_PROGRESS(A1, C1, B1)").getValue()).toBeCloseTo(-17 / 12);
    at("G1", "=MEMBER_PROGRESS(A1:A2, C1:C2, B1:B2)");
    expect(sheet.getRange("G2").getValue()).toBeCloseTo(10 / 8);
  });

  it("GOAL_PACE gives status and expected value; for a range, one row each", () => {
    const { sheet, at } = grid([
      [0, 10, 5, new Date(2026, 0, 1), new Date(2026, 11, 31)],
      [0, 10, 1, new Date(2026, 0, 1), "2026"],
      [0, 10, 10, new Date(2026, 0, 1), "HT 2026"],
    ]);
    sheet.getRange("H1").setValue(new Date(2026, 6, 2));
    at("F1", "=GOAL_PACE(A1, B1, C1, D1, E1, H1)");
    expect(sheet.getRange("F1").getValue()).toBe("On track");
    expect(sheet.getRange("G1").getValue()).toBeCloseTo(5, 0);
    at("F2", "=GOAL_PACE(A2:A3, B2:B3, C2:C3, D2:D3, E2:E3, H1)");
    expect(sheet.getRange("F2:F3").getValues()).toEqual([["Behind"], ["Done"]]);
  });

  // A Date returned by a custom function shows as a date: https://developers.google.com/apps-script/guides/sheets/functions#data_types
  it("TERM_OF, TERM_START and TERM_END over cells and ranges", () => {
    const { sheet, at } = grid([
      [new Date(2025, 2, 15), "HT 2025"],
      [new Date(2025, 8, 1), "Vårtermin 2026"],
    ]);
    expect(at("C1", "=TERM_OF(A1)").getValue()).toBe("VT 2025");
    at("D1", "=TERM_OF(A1:A2)");
    expect(sheet.getRange("D1:D2").getValues()).toEqual([["VT 2025"], ["HT 2025"]]);
    expect(isoOf(at("E1", "=TERM_START(B1)").getValue())).toBe("2025-07-01");
    expect(isoOf(at("F1", "=TERM_END(B1)").getValue())).toBe("2025-12-31");
    at("G1", "=TERM_END(B1:B2)");
    expect(
      sheet
        .getRange("G1:G2")
        .getValues()
        .map((r) => isoOf(r[0])),
    ).toEqual(["2025-12-31", "2026-06-30"]);
  });

  it("ACTIVITY_COUNT counts matching activities, optionally per term", () => {
    const { at } = grid([
      ["VT 2024", "Ny i C"],
      ["VT 2024", "Styrelseutbildning"],
      ["HT 2024", "ny i c"],
      ["HT 2024", "Ny i C"],
    ]);
    expect(at("C1", '=ACTIVITY_COUNT(A1:A4, B1:B4, "Ny i C")').getValue()).toBe(3);
    expect(at("C2", '=ACTIVITY_COUNT(A1:A4, B1:B4, "Ny i C", "HT 2024")').getValue()).toBe(2);
  });

  it("recalculates when an argument changes, as Sheets does", () => {
    const { sheet, at } = grid([[100, 0.1]]);
    const cell = at("C1", "=MEMBER_TARGET(A1, B1)");
    expect(cell.getValue()).toBe(110);
    sheet.getRange("A1").setValue(200);
    expect(cell.getValue()).toBe(220);
  });
});
