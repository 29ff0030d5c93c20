// Round trip of an emulator snapshot through JSON: contents, conditional formats, protections, charts, hidden rows.
import { describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "./index";
import { chartSpec } from "./rules/chart";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function app(emu: Emulator): App {
  return emu.globals().SpreadsheetApp as App;
}

/** A small document using everything a snapshot must keep. */
function sample(): Emulator {
  const emu = createEmulator({ locale: "sv_SE" });
  const ss = emu.spreadsheet;
  const sheet = ss.getSheets()[0];
  sheet.setName("Plan");
  sheet.getRange("A1:B3").setValues([
    ["Vad", "Klar"],
    ["Kongress", true],
    ["Valstuga", false],
  ]);
  sheet.getRange("B2:B3").insertCheckboxes();
  sheet.hideRows(3);
  const other = ss.insertSheet("Tidslinje");
  other.getRange("A1").setValue(new Date(2024, 9, 15));
  const sa = app(emu);
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
  const done = sa
    .newConditionalFormatRule()
    .whenFormulaSatisfied("=$B2")
    .setBackground("#b7e1cd")
    .setBold(true)
    .setRanges([sheet.getRange("A2:B3")])
    .build();
  const before = sa
    .newConditionalFormatRule()
    .whenDateBefore(new Date(2025, 0, 1))
    .setBackground("#f4cccc")
    .setRanges([other.getRange("A1:A5")])
    .build();
  sheet.setConditionalFormatRules([done]);
  other.setConditionalFormatRules([before]);
  // https://developers.google.com/apps-script/reference/spreadsheet/protection
  const whole = other.protect().setDescription("Skapad av tillägget").setWarningOnly(true);
  whole.setUnprotectedRanges([other.getRange("B1:B2")]);
  sheet.getRange("A1:B1").protect().setDescription("Rubriker").addEditor("anna@example.com");
  // https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
  const chart = sheet
    .newChart()
    .asColumnChart()
    .addRange(sheet.getRange("A1:B3"))
    .setPosition(5, 2, 0, 0)
    .setOption("title", "Klart")
    .build();
  sheet.insertChart(chart);
  return emu;
}

function roundTrip(emu: Emulator): Emulator {
  return createEmulator({ snapshot: JSON.parse(JSON.stringify(emu.toJSON())) });
}

describe("emulator snapshots", () => {
  it("give back the same snapshot after a JSON round trip", () => {
    const emu = sample();
    expect(roundTrip(emu).toJSON()).toEqual(JSON.parse(JSON.stringify(emu.toJSON())));
  });

  it("keep conditional-format rules, so the visible colours are the same", () => {
    const emu = sample();
    const back = roundTrip(emu);
    expect(back.visibleBackgrounds("Plan")).toEqual(emu.visibleBackgrounds("Plan"));
    expect(back.visibleBackgrounds("Plan")[1][0]).toBe("#b7e1cd");
    expect(back.visibleBackgrounds("Tidslinje")[0][0]).toBe("#f4cccc");
    const rule = back.spreadsheet.getSheetByName("Plan")!.getConditionalFormatRules()[0];
    expect(rule.getBooleanCondition()?.getBold()).toBe(true);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:B3"]);
  });

  it("keep protections with their settings", () => {
    const back = roundTrip(sample()).spreadsheet;
    const SHEET = "SHEET" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
    const RANGE = "RANGE" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
    const [whole] = back.getSheetByName("Tidslinje")!.getProtections(SHEET);
    expect(whole.isWarningOnly()).toBe(true);
    expect(whole.getDescription()).toBe("Skapad av tillägget");
    expect(whole.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(["B1:B2"]);
    const [header] = back.getSheetByName("Plan")!.getProtections(RANGE);
    expect(header.getRange().getA1Notation()).toBe("A1:B1");
    expect(header.getEditors().map((u) => u.getEmail())).toEqual(["anna@example.com"]);
  });

  it("keep charts, hidden rows and checkboxes", () => {
    const emu = sample();
    const back = roundTrip(emu).spreadsheet.getSheetByName("Plan")!;
    const original = emu.spreadsheet.getSheetByName("Plan")!;
    expect(back.getCharts().map(chartSpec)).toEqual(original.getCharts().map(chartSpec));
    expect(back.getCharts()[0].getChartId()).toBe(original.getCharts()[0].getChartId());
    expect(back.isRowHiddenByUser(3)).toBe(true);
    expect(back.getRange("B2:B3").getValues()).toEqual([[true], [false]]);
    expect(back.getRange("B2").getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
  });
});
