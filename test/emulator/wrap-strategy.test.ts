// Text wrapping against Google's reference: a cell overflows until a strategy is set, then keeps the one set.
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range";

describe("Range wrap strategies", () => {
  it(`setWrapStrategy(CLIP) sets each cell of the range; the rest overflow — ${REF}#setWrapStrategy(WrapStrategy)`, () => {
    const emu = createEmulator();
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    expect(String(sheet.getRange("A1").getWrapStrategy())).toBe("OVERFLOW");
    sheet.getRange("A2:B3").setWrapStrategy(app.WrapStrategy.CLIP);
    expect(
      sheet
        .getRange("A1:C3")
        .getWrapStrategies()
        .map((r) => r.map(String)),
    ).toEqual([
      ["OVERFLOW", "OVERFLOW", "OVERFLOW"],
      ["CLIP", "CLIP", "OVERFLOW"],
      ["CLIP", "CLIP", "OVERFLOW"],
    ]);
  });
});
