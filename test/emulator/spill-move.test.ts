// Moving a spill's anchor up a row in one write: Sheets applies a whole setValues block at once, so the new spill
// is never blocked by the old anchor the same block empties.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

describe("a block that moves an array formula up a row", () => {
  it("spills from the new anchor over the cell the old anchor held", () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1:A4").setValues([[1], [2], [3], [4]]);
    sheet.getRange("B2").setFormula("=ARRAYFORMULA(A2:A4*10)");
    expect(sheet.getRange("B2:B4").getValues()).toEqual([[20], [30], [40]]);
    sheet.getRange("B1:B2").setValues([["=ARRAYFORMULA(A1:A4*10)"], [""]]);
    expect(sheet.getRange("B1:B4").getValues()).toEqual([[10], [20], [30], [40]]);
    expect(sheet.getRange("B2").getFormula()).toBe("");
  });
});
