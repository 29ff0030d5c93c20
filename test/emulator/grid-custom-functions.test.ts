// Custom functions of a gas-local bundle evaluated in formulas, user edits firing onEdit, call counting.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const GUIDE = "https://developers.google.com/apps-script/guides/sheets/functions";

function setup() {
  const emu = createEmulator();
  const ctx = loadBundle(emu, BUNDLE);
  const sheet = emu.spreadsheet.getSheets()[0];
  return { emu, ctx, sheet };
}

describe("custom functions", () => {
  it(`computes a cell through the bundle and counts each evaluation — ${GUIDE}`, () => {
    const { emu, sheet } = setup();
    sheet.getRange("A1").setValue(4);
    sheet.getRange("B1").setFormula("=DOUBLE(A1)");
    expect(sheet.getRange("B1").getValue()).toBe(8);
    expect(emu.calls.count("CustomFunction.DOUBLE")).toBe(1);
    sheet.getRange("A1").setValue(5);
    expect(sheet.getRange("B1").getValue()).toBe(10);
    expect(emu.calls.count("CustomFunction.DOUBLE")).toBe(2);
  });

  it(`passes ranges as 2-D arrays, dates as Dates, empty as "", percent as fractions — ${GUIDE}#arguments`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:A3").setValues([[new Date(2025, 2, 15)], ["10%"], [""]]);
    sheet.getRange("B1:B4").setFormulas([["=KIND(A1)"], ["=KIND(A2)"], ["=KIND(A3)"], ["=KIND(A1:A3)"]]);
    expect(sheet.getRange("B1:B4").getValues()).toEqual([
      ["date 2025-3-15"],
      ["number 0.1"],
      ["empty"],
      ["array 3x1"],
    ]);
  });

  it(`spills a returned 2-D array and re-spills when the size changes — ${GUIDE}#return_values`, () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue(3);
    sheet.getRange("B1").setFormula("=SEQ(A1)");
    expect(sheet.getRange("B1:B4").getValues()).toEqual([[1], [2], [3], [""]]);
    sheet.getRange("A1").setValue(4);
    expect(sheet.getRange("B1:B4").getValues()).toEqual([[1], [2], [3], [4]]);
    sheet.getRange("A1").setValue(2);
    expect(sheet.getRange("B1:B4").getValues()).toEqual([[1], [2], [""], [""]]);
    sheet.getRange("C1:C2").setValues([[1], [2]]);
    sheet.getRange("D1").setFormula("=DOUBLE(C1:C2)");
    expect(sheet.getRange("D1:D2").getValues()).toEqual([[2], [4]]);
  });

  it(`a thrown Error shows #ERROR! with its message — ${GUIDE}#troubleshooting`, () => {
    const { emu, sheet } = setup();
    sheet.getRange("A1").setFormula('=FAIL("Fel indata")');
    expect(sheet.getRange("A1").getValue()).toBe("#ERROR!");
    expect(emu.cellError(sheet.getName(), "A1")).toBe("Fel indata");
    expect(emu.cellError(sheet.getName(), "B1")).toBeNull();
  });

  it(`two emulators with their own bundles never cross — ${GUIDE}`, () => {
    const a = setup();
    const other = createEmulator();
    const sheetB = other.spreadsheet.getSheets()[0];
    sheetB.getRange("A1").setFormula("=DOUBLE(2)");
    expect(sheetB.getRange("A1").getValue()).toBe("#NAME?");
    a.sheet.getRange("A1").setFormula("=DOUBLE(2)");
    expect(a.sheet.getRange("A1").getValue()).toBe(4);
  });
});

describe("userEdit and onEdit", () => {
  const TRIGGERS = "https://developers.google.com/apps-script/guides/triggers/events#edit";

  it(`fires onEdit with range, value and oldValue for a typed value — ${TRIGGERS}`, () => {
    const { emu, ctx, sheet } = setup();
    sheet.getRange("A1").setValue("gammalt");
    expect(emu.userEdit(ctx, sheet.getName(), "A1", "123")).toEqual({ accepted: true });
    expect(sheet.getRange("A1").getValue()).toBe(123);
    expect(JSON.parse(String(ctx.editsSoFar()))).toEqual([
      { a1: "A1", value: "123", oldValue: "gammalt", sheet: sheet.getName() },
    ]);
    expect(emu.calls.count("Range.getA1Notation")).toBe(1);
  });

  it(`edits made by scripts do not fire onEdit — ${TRIGGERS}`, () => {
    const { ctx } = setup();
    ctx.writeWithScript();
    expect(ctx.editsSoFar()).toBe("[]");
  });

  it(`rejects input breaking a validation with allowInvalid=false — https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)`, () => {
    const { emu, ctx, sheet } = setup();
    sheet.getRange("A1:A2").insertCheckboxes();
    expect(emu.userEdit(ctx, sheet.getName(), "A1", "TRUE")).toEqual({ accepted: true });
    expect(sheet.getRange("A1").getValue()).toBe(true);
    const res = emu.userEdit(ctx, sheet.getName(), "A2", "kanske");
    expect(res.accepted).toBe(false);
    expect(res.message).toContain("violates the data validation rules");
    expect(sheet.getRange("A2").getValue()).toBe(false);
  });
});
