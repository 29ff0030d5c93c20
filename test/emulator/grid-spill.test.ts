// Spilled results, as in Sheets: writing "" into a spilled cell keeps the spill; overwriting the formula empties it;
// only the formula's cell is stored, so loading again recomputes the spill; a value in the way shows #REF!.
// https://support.google.com/docs/answer/6208276 (arrays) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");

function spilled() {
  const sheet = createEmulator().spreadsheet.getSheets()[0];
  sheet.getRange("A1").setFormula("={1;2;3}");
  return sheet;
}

/** A sheet whose A1 spills a custom function's column 1..3. */
function customSpill() {
  const emu = createEmulator();
  loadBundle(emu, BUNDLE);
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange("A1").setFormula("=SEQ(3)");
  return { emu, sheet };
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

  it("hold a formula only in the formula's own cell", () => {
    const { sheet } = customSpill();
    expect(sheet.getRange("A1:A3").getFormulas()).toEqual([["=SEQ(3)"], [""], [""]]);
  });

  it("keep spilling when the bundle is loaded again (a new execution)", () => {
    const { emu, sheet } = customSpill();
    loadBundle(emu, BUNDLE);
    loadBundle(emu, BUNDLE);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[1], [2], [3]]);
    expect(emu.cellError(sheet.getName(), "A1")).toBeNull();
  });

  it("are never stored in a snapshot; loading it recomputes them", () => {
    const { emu } = customSpill();
    const snapshot = JSON.parse(JSON.stringify(emu.toJSON()));
    expect(snapshot.sheets[0].contents.flat().filter((c: unknown) => c !== null)).toEqual(["=SEQ(3)"]);
    const back = createEmulator({ snapshot });
    loadBundle(back, BUNDLE);
    const sheet = back.spreadsheet.getSheets()[0];
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[1], [2], [3]]);
    expect(back.spilledCells(sheet.getName())).toEqual(["A2", "A3"]);
  });

  it("are blocked by a value typed in the way: #REF! naming the first cell in the way", () => {
    const { emu, sheet } = customSpill();
    sheet.getRange("A3").setValue("typed");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("#REF!");
    expect(emu.cellError(sheet.getName(), "A1")).toBe(
      "Array result was not expanded because it would overwrite data in A3.",
    );
    sheet.getRange("A3").setValue("");
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[1], [2], [3]]);
  });

  it("of a built-in array are blocked the same way", () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("B2").setValue(7);
    sheet.getRange("A1").setFormula("={1,2;3,4}");
    expect(emu.cellError(sheet.getName(), "A1")).toBe(
      "Array result was not expanded because it would overwrite data in B2.",
    );
  });
});
