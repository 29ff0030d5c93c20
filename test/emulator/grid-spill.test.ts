// Spilled results, as in Sheets: writing "" into a spilled cell keeps the spill; overwriting the formula empties it.
// https://support.google.com/docs/answer/6208276 (arrays) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

function spilled() {
  const sheet = createEmulator().spreadsheet.getSheets()[0];
  sheet.getRange("A1").setFormula("={1;2;3}");
  return sheet;
}

describe("spilled results", () => {
  it("spill down from the formula's cell", () => {
    expect(spilled().getRange("A1:A3").getValues()).toEqual([[1], [2], [3]]);
  });

  it("keep spilling when a script writes empty values over them", () => {
    const sheet = spilled();
    sheet.getRange("A2:B3").setValues([
      ["", "x"],
      ["", "y"],
    ]);
    expect(sheet.getRange("A1:B3").getValues()).toEqual([
      [1, ""],
      [2, "x"],
      [3, "y"],
    ]);
  });

  it("disappear with the formula when it is overwritten, leaving nothing that blocks a new spill", () => {
    const sheet = spilled();
    sheet.getRange("A1:A3").setValues([[""], [""], [""]]);
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange("A1").setFormula("={4;5;6}");
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[4], [5], [6]]);
  });
});
