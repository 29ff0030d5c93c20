// A custom function's Dates show as dates in the cells they spill into; a value that later stands there is itself.
// https://developers.google.com/apps-script/guides/sheets/functions#data_types
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

const DATA_TYPES = "https://developers.google.com/apps-script/guides/sheets/functions#data_types";

/** A sheet whose B1 holds =TWO_DATES(), spilling two Dates over B1:C1, and a 10 typed in D1. */
function setup() {
  const emu = createEmulator({ timeZone: "Europe/Stockholm" });
  const context = { TWO_DATES: () => [[new Date(2025, 0, 1), new Date(2025, 11, 31)]] };
  emu.bindCustomFunctions(context, ["TWO_DATES"]);
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange("B1").setFormula("=TWO_DATES()");
  sheet.getRange("D1").setValue(10);
  return sheet;
}

describe(`a custom function's Dates — ${DATA_TYPES}`, () => {
  it("read as Dates where they spill", () => {
    const sheet = setup();
    const [b, c, d] = sheet.getRange("B1:D1").getValues()[0];
    expect([b, c].map((v) => Object.prototype.toString.call(v))).toEqual(["[object Date]", "[object Date]"]);
    expect(d).toBe(10);
  });

  it("move with their formula when a column is deleted, and a number moved into their old place stays a number", () => {
    const sheet = setup();
    sheet.deleteColumns(1, 1);
    const [a, b, c] = sheet.getRange("A1:C1").getValues()[0];
    expect([a, b].map((v) => Object.prototype.toString.call(v))).toEqual(["[object Date]", "[object Date]"]);
    expect(c).toBe(10);
  });

  it("move down with inserted rows, leaving no date behind", () => {
    const sheet = setup();
    sheet.insertRowsBefore(1, 1);
    sheet.getRange("C1").setValue(7);
    expect(sheet.getRange("C1").getValue()).toBe(7);
    expect(Object.prototype.toString.call(sheet.getRange("C2").getValue())).toBe("[object Date]");
  });

  it("give way to a value a user types over the spill: it reads as that value", () => {
    const sheet = setup();
    sheet.getRange("C1").setValue(3);
    expect(sheet.getRange("C1").getValue()).toBe(3);
  });
});
