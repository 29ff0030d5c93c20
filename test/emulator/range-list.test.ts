// RangeList against Google's reference: one call writes each listed range and no cell between them.
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range-list";

describe("RangeList", () => {
  it(`setValue sets the value of each range of the list, and nothing between them — ${REF}#setValue(Object)`, () => {
    const emu = createEmulator({ locale: "sv_SE", timeZone: "Europe/Stockholm" });
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange("A1:A5").setValues([[false], ["=1>2"], [false], ["ja"], [false]]);
    emu.calls.reset();
    const list = sheet.getRangeList(["A1", "A3", "A5"]);
    list.setValue(true);
    expect(sheet.getRange("A1:A5").getValues()).toEqual([[true], [false], [true], ["ja"], [true]]);
    expect(sheet.getRange("A2").getFormula()).toBe("=1>2");
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(["A1", "A3", "A5"]);
    expect(emu.calls.snapshot()).toMatchObject({ "Sheet.getRangeList": 1, "RangeList.setValue": 1 });
  });
});
