// Spreadsheet and Sheet behaviour: sheets, rows, named ranges, selection, counting and snapshots.
import { describe, expect, it } from "vitest";
import type { CallLog } from "./call-log";
import { createEmulator } from "./index";

const SS = "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet";
const SHEET = "https://developers.google.com/apps-script/reference/spreadsheet/sheet";
const APP = "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function app(emu: { globals(): Record<string, unknown> }): App {
  return emu.globals().SpreadsheetApp as App;
}

describe("Spreadsheet", () => {
  it(`insertSheet/getSheetByName/deleteSheet keep formulas in sync — ${SS}#insertSheet(String)`, () => {
    const emu = createEmulator({ locale: "sv_SE" });
    const ss = emu.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
    const data = ss.insertSheet("Data");
    expect(ss.getActiveSheet().getName()).toBe("Data");
    data.getRange("A1").setValue(2);
    const first = ss.getSheetByName("Blad1")!;
    first.getRange("A1").setFormula("=Data!A1*10");
    expect(first.getRange("A1").getValue()).toBe(20);
    data.setName("Källa");
    expect(first.getRange("A1").getFormula()).toBe("=Källa!A1*10");
    expect(ss.getSheetByName("Data")).toBeNull();
    ss.deleteSheet(ss.getSheetByName("Källa")!);
    expect(first.getRange("A1").getValue()).toBe("#REF!");
    expect(() => ss.insertSheet("Blad1")).toThrow('A sheet with the name "Blad1" already exists.');
  });

  it(`named ranges work in getRangeByName and inside formulas — ${SS}#setNamedRange(String,Range)`, () => {
    const ss = createEmulator().spreadsheet;
    const sheet = ss.insertSheet("Mål");
    sheet.getRange("B2:B3").setValues([[3], [4]]);
    ss.setNamedRange("Medlemmar", sheet.getRange("B2:B3"));
    expect(ss.getRangeByName("Medlemmar")?.getA1Notation()).toBe("B2:B3");
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(["Medlemmar"]);
    sheet.getRange("C1").setFormula("=SUM(Medlemmar)");
    expect(sheet.getRange("C1").getValue()).toBe(7);
    ss.removeNamedRange("Medlemmar");
    expect(ss.getRangeByName("Medlemmar")).toBeNull();
  });

  it(`getRange with a quoted sheet name; setActiveSelection selects cells — ${SS}#setActiveSelection(String)`, () => {
    const ss = createEmulator().spreadsheet;
    ss.insertSheet("Min plan");
    ss.setActiveSheet(ss.getSheets()[0]);
    const r = ss.getRange("'Min plan'!B2:C3");
    expect(r.getSheet().getName()).toBe("Min plan");
    ss.setActiveSelection(r);
    expect(ss.getActiveSheet().getName()).toBe("Min plan");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("B2:C3");
  });

  it(`toast is recorded in the UiLog; locale and time zone as given — ${SS}#toast(String,String,Number)`, () => {
    const emu = createEmulator({ locale: "sv_SE", timeZone: "Europe/Stockholm", title: "Verksamhetsplan" });
    emu.spreadsheet.toast("Klart", "Plan", 3);
    expect(emu.ui.toasts).toEqual([{ message: "Klart", title: "Plan", timeoutSeconds: 3 }]);
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe("sv_SE");
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe("Europe/Stockholm");
    expect(emu.spreadsheet.getName()).toBe("Verksamhetsplan");
    expect(emu.spreadsheet.getSheets()[0].getName()).toBe("Blad1");
  });

  // https://support.google.com/docs/answer/58515 — a new file takes its creator's locale and time zone.
  it(`a new file is an "Untitled spreadsheet" in en_US on the machine's time zone — ${SS}#getName()`, () => {
    const ss = createEmulator().spreadsheet;
    expect(ss.getName()).toBe("Untitled spreadsheet");
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
    expect(ss.getSpreadsheetTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
  });
});

describe("Sheet", () => {
  it(`new sheets are 1000×26; data range and last row/column — ${SHEET}#getDataRange()`, () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([
      1000, 26, 0, 0,
    ]);
    sheet.getRange("C4").setValue("x");
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C4");
    sheet.appendRow(["a", 1]);
    expect(sheet.getRange("A5:B5").getValues()).toEqual([["a", 1]]);
  });

  it(`inserting and deleting rows shifts formulas and formats like Sheets — ${SHEET}#insertRowsAfter(Integer,Integer)`, () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("A3").setBackground("#ff0000");
    sheet.getRange("B1").setFormula("=SUM(A1:A3)");
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(A1:A5)");
    expect(sheet.getRange("A5").getBackground()).toBe("#ff0000");
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(A1:A3)");
    sheet.deleteRow(1);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[2], [3]]);
  });

  it(`frozen rows, column widths and hidden columns — ${SHEET}#setFrozenRows(Integer)`, () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(2, 2, 250);
    sheet.hideRows(3);
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
    sheet.insertRowBefore(1);
    expect(sheet.isRowHiddenByUser(4)).toBe(true);
    sheet.showRows(4);
    expect(sheet.isRowHiddenByUser(4)).toBe(false);
    sheet.hideColumns(4);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(3)]).toEqual([1, 100, 250]);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    sheet.showColumns(4);
    expect(sheet.isColumnHiddenByUser(4)).toBe(false);
  });

  it(`getRange outside the sheet throws Google's message — ${SHEET}#getRange(Integer,Integer,Integer,Integer)`, () => {
    const sheet = createEmulator().spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });
});

describe("SpreadsheetApp and call counting", () => {
  it(`counts calls made through globals, not the emulator's own work — ${APP}#getActiveSpreadsheet()`, () => {
    const emu = createEmulator();
    const App = app(emu);
    const sheet = App.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("A1:B2").getValues();
    const calls: CallLog = emu.calls;
    expect(calls.snapshot()).toEqual({
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.getRange": 2,
      "Spreadsheet.getSheets": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    emu.spreadsheet.getSheets()[0].getRange("A1").getValue();
    expect(calls.total()).toBe(6);
  });

  it(`newDataValidation builds rules that setDataValidation accepts — ${APP}#newDataValidation()`, () => {
    const emu = createEmulator({ locale: "sv_SE" });
    const App = app(emu);
    const rule = App.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build();
    App.getActiveSheet().getRange("A1").setDataValidation(rule);
    expect(String(App.DataValidationCriteria.NUMBER_BETWEEN)).toBe("NUMBER_BETWEEN");
    expect(emu.userEdit(null, "Blad1", "A1", "5").accepted).toBe(true);
    expect(emu.userEdit(null, "Blad1", "A1", "50").accepted).toBe(false);
    expect(emu.spreadsheet.getRange("A1").getValue()).toBe(5);
    expect(emu.calls.count("DataValidationBuilder.requireNumberBetween")).toBe(1);
  });
});

describe("snapshots", () => {
  it("toJSON → createEmulator({snapshot}) restores contents, formats, validations and named ranges", () => {
    const emu = createEmulator({ locale: "sv_SE" });
    const ss = emu.spreadsheet;
    const s = ss.insertSheet("Plan");
    s.getRange("A1:C1").setValues([[new Date(2025, 0, 2), "'=text", "=A1+1"]]);
    s.getRange("C1").setNumberFormat("yyyy-mm-dd"); // the emulator does not infer date formats for =A1+1
    s.getRange("A2").insertCheckboxes();
    s.getRange("B2").setBackground("#00ff00").setNote("not");
    s.setFrozenRows(1);
    ss.setNamedRange("Start", s.getRange("A1"));
    const snap = JSON.parse(JSON.stringify(emu.toJSON()));
    const copy = createEmulator({ snapshot: snap }).spreadsheet;
    const p = copy.getSheetByName("Plan")!;
    expect(p.getRange("A1:C1").getDisplayValues()).toEqual([["2025-01-02", "=text", "2025-01-03"]]);
    expect(p.getRange("A2").getValue()).toBe(false);
    expect(p.getRange("B2").getBackground()).toBe("#00ff00");
    expect(p.getRange("B2").getNote()).toBe("not");
    expect(p.getFrozenRows()).toBe(1);
    expect(copy.getRangeByName("Start")?.getA1Notation()).toBe("A1");
    expect(copy.getActiveSheet().getName()).toBe("Plan");
  });
});

describe("rules through the grid", () => {
  it(`visibleBackgrounds: static fill overridden by the first matching CF rule — ${SHEET}#setConditionalFormatRules(ConditionalFormatRule)`, () => {
    const emu = createEmulator({ locale: "sv_SE" });
    const App = app(emu);
    const sheet = App.getActiveSheet();
    sheet.getRange("A1:A3").setValues([[1], [5], [9]]);
    sheet.getRange("B1:B3").setBackground("#EEEEEE");
    const rule = App.newConditionalFormatRule()
      .whenFormulaSatisfied("=$A1>4")
      .setBackground("#FF0000")
      .setRanges([sheet.getRange("B1:B3")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(emu.visibleBackgrounds("Blad1")).toEqual([
      ["#ffffff", "#eeeeee"],
      ["#ffffff", "#ff0000"],
      ["#ffffff", "#ff0000"],
    ]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
  });

  it(`protect() and getProtections(type) — ${SHEET}#protect()`, () => {
    const emu = createEmulator();
    const App = app(emu);
    const sheet = App.getActiveSheet();
    sheet.protect().setDescription("Låst");
    sheet.getRange("A1").protect();
    expect(sheet.getProtections(App.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(App.ProtectionType.RANGE)).toHaveLength(1);
    sheet.getProtections(App.ProtectionType.RANGE)[0].remove();
    expect(sheet.getProtections(App.ProtectionType.RANGE)).toHaveLength(0);
  });

  it(`newChart/insertChart/getCharts/removeChart — ${SHEET}#newChart()`, () => {
    const emu = createEmulator();
    const sheet = app(emu).getActiveSheet();
    const Charts = emu.globals().Charts as typeof GoogleAppsScript.Charts;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:B3"))
      .setPosition(1, 4, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
