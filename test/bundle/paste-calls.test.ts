// Pasting any number of rows into any plan tab costs onEdit the same service calls (issue 11, case 18).
import { describe, expect, it } from "vitest";
import { sheet, type Workbook, workbook } from "../support/workbook";

/** What a volunteer pastes into each tab: `rows` rows from row 2 (row 3 on Membership, under its total). */
const PASTES: Record<string, { top: number; row: (i: number) => unknown[] }> = {
  // Goals of kind "activities", each with its pattern (column L): each gets the add-on's count in Actual.
  Mål: { top: 2, row: (i) => [`Mål ${i}`, "aktiviteter", 0, 10, "", "", "2026", "Anna", "", "", "", "möte"] },
  Aktiviteter: { top: 2, row: (i) => ["HT 2025", "okt", "", "", `Möte ${i}`, "Alla", "Anna"] },
  Medlemmar: { top: 3, row: (i) => [`Krets ${i}`, "", "", 100 + i, 0.1] },
  Inställningar: { top: 20, row: (i) => [`Val ${i}`, ""] },
  Styrelse: { top: 2, row: (i) => [`Roll ${i}`, `Namn ${i}`, ""] },
};

/** The service calls onEdit makes for one paste of `rows` rows into `tab`, by "Class.method". */
function pasteCalls(tab: string, rows: number): Record<string, number> {
  const wb: Workbook = workbook({ now: "2025-10-15" });
  wb.ctx.setUpPlan();
  const target = sheet(wb, tab);
  const { top, row } = PASTES[tab];
  const values = Array.from({ length: rows }, (_, i) => row(i + 1));
  const needed = top + rows - 1 - target.getMaxRows();
  if (needed > 0) target.insertRowsAfter(target.getMaxRows(), needed);
  target.getRange(top, 1, rows, values[0].length).setValues(values);
  const ctx = wb.load();
  const app = ctx.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const source = app.getActiveSpreadsheet();
  const range = source.getSheetByName(tab)!.getRange(top, 1, rows, values[0].length);
  wb.emu.calls.reset();
  ctx.onEdit({ range, source, authMode: "LIMITED" });
  // Sheets computing the cells' custom functions is no call of the trigger's, and runs outside its 30 s.
  return Object.fromEntries(
    Object.entries(wb.emu.calls.snapshot()).filter(([name]) => !name.startsWith("CustomFunction.")),
  );
}

describe("a paste's onEdit", () => {
  it.each(Object.keys(PASTES))("costs the same calls for 10 and for 1,000 rows pasted into %s", (tab) => {
    const ten = pasteCalls(tab, 10);
    expect(pasteCalls(tab, 1000)).toEqual(ten);
  });

  it("on Goals is a fixed budget: the tab and Activities found and read once each, the counts written in one block a column", () => {
    expect(pasteCalls("Mål", 1000)).toEqual({
      // The plan's language and today (the context every call opens with).
      "Spreadsheet.getSpreadsheetLocale": 1,
      "Spreadsheet.getSpreadsheetTimeZone": 1,
      "Utilities.formatDate": 1,
      // Which tab the edit was on: the event range's sheet and its mark.
      "Range.getSheet": 1,
      "Sheet.getDeveloperMetadata": 1,
      "DeveloperMetadata.getKey": 1,
      "DeveloperMetadata.getValue": 1,
      // Goals, then Activities (for the counts' reference), each found by its mark and read once.
      "Spreadsheet.createDeveloperMetadataFinder": 2,
      "DeveloperMetadataFinder.withKey": 2,
      "DeveloperMetadataFinder.withValue": 2,
      "DeveloperMetadataFinder.find": 2,
      "DeveloperMetadata.getLocation": 2,
      "DeveloperMetadataLocation.getSheet": 2,
      "Sheet.getName": 2,
      "Sheet.getDataRange": 2,
      "Range.getValues": 2,
      "Range.getFormulas": 2,
      "Range.getMergedRanges": 1,
      // The 1,000 count formulas in Actual (Utfall) and the 1,000 in Planned (Planerat, issue 12): one block each,
      // since the two columns stand apart.
      "Sheet.getRange": 2,
      "Range.setValues": 2,
    });
  });
});
