// What a user types, parsed as Sheets parses it in the spreadsheet's locale: formulas in the locale's syntax (scripts
// always write English), numbers, percentages, dates, times, booleans — and text that stays text.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator, englishFormula, localeFormula } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
/** The locale sets the decimal separator, and with it how formulas separate arguments. */
const LOCALE = "https://support.google.com/docs/answer/58515";
const SET_FORMULA =
  "https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String)";
const GET_FORMULA = "https://developers.google.com/apps-script/reference/spreadsheet/range#getFormula()";
const NUMBER_FORMATS = "https://support.google.com/docs/answer/56470";
const TRIGGERS = "https://developers.google.com/apps-script/guides/triggers#onedite";

function setup(locale: "sv_SE" | "en_US") {
  const emu = createEmulator({ locale, timeZone: "Europe/Stockholm" });
  const ctx = loadBundle(emu, BUNDLE);
  const sheet = emu.spreadsheet.getSheets()[0];
  const type = (a1: string, text: string) => emu.userEdit(ctx, sheet.getName(), a1, text);
  return { emu, ctx, sheet, type };
}

describe("formulas a user types follow the spreadsheet's locale", () => {
  it(`sv_SE: ";" between arguments and the decimal comma; getFormula gives English — ${LOCALE}, ${GET_FORMULA}`, () => {
    const { sheet, type } = setup("sv_SE");
    type("A1", "=SUM(1,5;2)");
    type("A2", "=SUM({1\\2;3\\4})");
    type("A3", '=CONCATENATE("a;b";"1,5")');
    expect(sheet.getRange("A1:A3").getFormulas()).toEqual([
      ["=SUM(1.5,2)"],
      ["=SUM({1,2;3,4})"],
      ['=CONCATENATE("a;b","1,5")'],
    ]);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[3.5], [10], ["a;b1,5"]]);
  });

  it(`en_US: "," between arguments and the decimal point — ${LOCALE}, ${GET_FORMULA}`, () => {
    const { sheet, type } = setup("en_US");
    type("A1", "=SUM(1.5,2)");
    type("A2", "=SUM({1,2;3,4})");
    expect(sheet.getRange("A1:A2").getFormulas()).toEqual([["=SUM(1.5,2)"], ["=SUM({1,2;3,4})"]]);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[3.5], [10]]);
    type("A3", "=SUM(1;2)");
    expect(sheet.getRange("A3").getValue()).toMatch(/^#/);
  });

  it.each(["sv_SE", "en_US"] as const)(
    `a script writes English in %s, and reads English back — ${SET_FORMULA}`,
    (locale) => {
      const { sheet } = setup(locale);
      sheet.getRange("A1").setFormula("=ROUND(2.25,1)");
      sheet.getRange("A2").setValue("=SUM(1.5,2)");
      sheet.getRange("A3:A4").setValues([["=A1*2"], ['=IF(A1>2,"ja","nej")']]);
      expect(sheet.getRange("A1:A4").getFormulas()).toEqual([
        ["=ROUND(2.25,1)"],
        ["=SUM(1.5,2)"],
        ["=A1*2"],
        ['=IF(A1>2,"ja","nej")'],
      ]);
      expect(sheet.getRange("A1:A4").getValues()).toEqual([[2.3], [3.5], [4.6], ["ja"]]);
    },
  );

  it(`converts both ways, leaving strings and sheet names alone — ${LOCALE}`, () => {
    const typed = "=SUM('Plan; 2,5'!A1;1,5;{1\\2;3\\4};\"x;y,z\")";
    const english = "=SUM('Plan; 2,5'!A1,1.5,{1,2;3,4},\"x;y,z\")";
    expect(englishFormula(typed, "sv_SE")).toBe(english);
    expect(localeFormula(english, "sv_SE")).toBe(typed);
    expect(englishFormula(english, "en_US")).toBe(english);
    expect(localeFormula(english, "en_US")).toBe(english);
    expect(localeFormula("=NORM.DIST(1.5,0,1,TRUE)", "sv_SE")).toBe("=NORM.DIST(1,5;0;1;TRUE)");
  });
});

describe("typed values are parsed in the spreadsheet's locale", () => {
  it(`sv_SE: decimal comma, space groups, percent, ISO dates, times, SANT — ${NUMBER_FORMATS}`, () => {
    const { sheet, type } = setup("sv_SE");
    const entries = ["3,17", "1 000", "10 %", "10,5%", "2025-03-15", "14:30", "SANT", "falskt", "-5", "3.17"];
    entries.forEach((text, i) => {
      type(`A${i + 1}`, text);
    });
    const values = sheet.getRange(`A1:A${entries.length}`).getValues().flat();
    expect(values.slice(0, 4)).toEqual([3.17, 1000, 0.1, 0.105]);
    expect((values[4] as Date).toISOString()).toBe("2025-03-14T23:00:00.000Z");
    expect(values.slice(6)).toEqual([true, false, -5, "3.17"]);
    expect(sheet.getRange("A1:A6").getDisplayValues().flat()).toEqual([
      "3,17",
      "1\u00a0000",
      "10%",
      "10,5%",
      "2025-03-15",
      "14:30",
    ]);
  });

  it(`en_US: decimal point, comma groups, M/D/YYYY, 12-hour times, TRUE — ${NUMBER_FORMATS}`, () => {
    const { sheet, type } = setup("en_US");
    const entries = ["3.17", "1,000", "3/15/2025", "2:30 PM", "TRUE", "3,17", "10%"];
    entries.forEach((text, i) => {
      type(`A${i + 1}`, text);
    });
    expect(sheet.getRange("A1:A7").getDisplayValues().flat()).toEqual([
      "3.17",
      "1,000",
      "3/15/2025",
      "2:30 PM",
      "TRUE",
      "3,17",
      "10%",
    ]);
    expect(sheet.getRange("A6").getValue()).toBe("3,17");
  });

  it(`"+" and "-" start a formula unless the entry is a number; "'" keeps text — ${NUMBER_FORMATS}`, () => {
    const { sheet, type } = setup("sv_SE");
    type("A1", "+1+2");
    type("A2", "-5+1,5");
    type("A3", "- punkt");
    type("A4", "'- punkt");
    expect(sheet.getRange("A1:A2").getFormulas()).toEqual([["=+1+2"], ["=-5+1.5"]]);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[3], [-3.5]]);
    expect(sheet.getRange("A3").getFormula()).toBe("=- punkt");
    expect(String(sheet.getRange("A3").getValue())).toMatch(/^#/);
    expect(sheet.getRange("A4").getValue()).toBe("- punkt");
  });

  it(`a cell formatted as plain text ("@") keeps what was typed — ${NUMBER_FORMATS}`, () => {
    const { sheet, type } = setup("sv_SE");
    sheet.getRange("A1:A3").setNumberFormat("@");
    ["3,17", "=1+2", "2025-03-15"].forEach((text, i) => {
      type(`A${i + 1}`, text);
    });
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["3,17"], ["=1+2"], ["2025-03-15"]]);
    expect(sheet.getRange("A1:A3").getFormulas()).toEqual([[""], [""], [""]]);
  });
});

describe("typing faster than onEdit runs", () => {
  it(`lands every edit, and onEdit sees only the first two — ${TRIGGERS}`, () => {
    const { emu, ctx, sheet } = setup("sv_SE");
    const name = sheet.getName();
    const results = emu.typeQuickly(ctx, [
      { sheet: name, a1: "A1", value: "ett" },
      { sheet: name, a1: "A2", value: "två" },
      { sheet: name, a1: "A3", value: "tre" },
    ]);
    expect(results.map((r) => r.delivered)).toEqual([true, true, false]);
    expect(sheet.getRange("A1:A3").getValues()).toEqual([["ett"], ["två"], ["tre"]]);
    expect(JSON.parse(String(ctx.editsSoFar())).map((e: { a1: string }) => e.a1)).toEqual(["A1", "A2"]);
  });

  it(`delivers as many as asked, and none for an edit the validation refused — ${TRIGGERS}`, () => {
    const { emu, ctx, sheet } = setup("sv_SE");
    const name = sheet.getName();
    sheet.getRange("B1").insertCheckboxes();
    const results = emu.typeQuickly(
      ctx,
      [
        { sheet: name, a1: "B1", value: "kanske" },
        { sheet: name, a1: "A1", value: "ett" },
      ],
      { delivered: 1 },
    );
    expect(results).toEqual([
      { accepted: false, message: expect.stringContaining("violates"), delivered: false },
      { accepted: true, delivered: true },
    ]);
    expect(JSON.parse(String(ctx.editsSoFar())).map((e: { a1: string }) => e.a1)).toEqual(["A1"]);
  });
});
