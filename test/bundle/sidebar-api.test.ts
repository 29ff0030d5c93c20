// The sidebar's server functions through the built bundle: dashboard, add, import (call budgets), links, validate, example.

import { describe, expect, it } from "vitest";
import { SIDEBAR_TEXT_KEYS } from "../../src/core/i18n/sidebar-text-keys";
import { ACTIVITY_TABLE_2024 } from "../support/fixtures";
import { setToday, sheet, type Workbook, workbook } from "../support/workbook";

const EXAMPLE = ACTIVITY_TABLE_2024;

function plan(first = "VT 2024", last = "HT 2026", today = new Date(2024, 2, 5)): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([[first], [last]]);
  setToday(wb, "Inställningar", today);
  return wb;
}

/** Finding one tab by its mark: one metadata search (four calls) and the sheet it sits on (two). */
const FIND_TAB = {
  "Spreadsheet.createDeveloperMetadataFinder": 1,
  "DeveloperMetadataFinder.withKey": 1,
  "DeveloperMetadataFinder.withValue": 1,
  "DeveloperMetadataFinder.find": 1,
  "DeveloperMetadata.getLocation": 1,
  "DeveloperMetadataLocation.getSheet": 1,
};

/** Reading one tab once: its name, values and formulas. */
const READ_TAB = {
  "Sheet.getName": 1,
  "Sheet.getDataRange": 1,
  "Range.getValues": 1,
  "Range.getFormulas": 1,
};

/** Reading Activities also asks for its merged cells (a merged Term covers every row under it). */
const READ_ACTIVITIES = { ...READ_TAB, "Range.getMergedRanges": 1 };

/** The service calls of one read-then-write append under the document lock. */
const APPEND_CALLS = {
  "SpreadsheetApp.getActiveSpreadsheet": 1,
  "Spreadsheet.getSpreadsheetLocale": 1,
  "LockService.getDocumentLock": 1,
  "Lock.tryLock": 1,
  "Lock.releaseLock": 1,
  ...FIND_TAB,
  ...READ_ACTIVITIES,
  // Term and När made plain text, then the row written: one block each.
  "Sheet.getRange": 2,
  "Range.setNumberFormat": 1,
  "Range.setValues": 1,
};

describe("addActivity", () => {
  const wb = plan();
  const activities = sheet(wb, "Aktiviteter");

  it("appends one row after the last used row in one read and one write", () => {
    wb.emu.calls.reset();
    expect(
      wb.ctx.addActivity({
        term: "VT 2024",
        when: "Mars",
        what: "Stämma",
        targetGroup: "Ombud",
        owner: "DSO",
      }),
    ).toEqual({
      row: 2,
      warnings: [],
    });
    expect(wb.emu.calls.snapshot()).toEqual(APPEND_CALLS);
    expect(activities.getRange("A2:H2").getDisplayValues()[0]).toEqual([
      "VT 2024",
      "Mars",
      "2024-03-01",
      "2024-03-31",
      "Stämma",
      "Ombud",
      "DSO",
      "FALSE",
    ]);
  });

  it("keeps formula-like text as text and adds a row it can't date, with a warning", () => {
    const answer = wb.ctx.addActivity({
      term: "VT 2024",
      when: "=1+1",
      what: '=IMPORTXML("x")',
      targetGroup: "+46",
      owner: "@DS",
    }) as {
      row: number;
      warnings: string[];
    };
    expect(answer.row).toBe(3);
    expect(answer.warnings[0]).toContain("”=1+1” går inte att läsa");
    expect(activities.getRange("A3:G3").getValues()[0]).toEqual([
      "VT 2024",
      "=1+1",
      "",
      "",
      '=IMPORTXML("x")',
      "+46",
      "@DS",
    ]);
    expect(
      activities
        .getRange("A3:G3")
        .getFormulas()[0]
        .every((f) => f === ""),
    ).toBe(true);
  });

  it("refuses a row without Vad or with a bad term, in the user's language", () => {
    expect(() =>
      wb.ctx.addActivity({ term: "VT 2024", when: "Mars", what: "", targetGroup: "", owner: "" }),
    ).toThrow("Skriv vad aktiviteten är (Vad).");
    expect(() =>
      wb.ctx.addActivity({ term: "snart", when: "Mars", what: "X", targetGroup: "", owner: "" }),
    ).toThrow(/ingen|termin/);
  });
});

/** Import reads the plan period too, through the Settings tab's named range: two calls more than an add. */
/**
 * An import: the append, plus the Settings tab found and read once for the plan period, and the spreadsheet's
 * time zone asked once because Settings holds a date (the typed today).
 */
const IMPORT_CALLS = Object.fromEntries(
  Object.entries(APPEND_CALLS).map(([call, n]) => [
    call,
    (n as number) +
      ((FIND_TAB as Record<string, number>)[call] ?? 0) +
      ((READ_TAB as Record<string, number>)[call] ?? 0),
  ]),
);
Object.assign(IMPORT_CALLS, { "Spreadsheet.getSpreadsheetTimeZone": 1, "Utilities.formatDate": 1 });

describe("importActivityTable with the real 2024 table", () => {
  const wb = plan();
  const activities = sheet(wb, "Aktiviteter");
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([["VT 2024"], ["HT 2024"]]);

  it("previews without writing: the plan period and the Activities tab read once each", () => {
    wb.emu.calls.reset();
    const preview = wb.ctx.importActivityTable(EXAMPLE, { preview: true }) as {
      rows: unknown[];
      problems: string[];
    };
    expect(preview.rows).toHaveLength(21);
    expect(preview.problems).toEqual([]);
    expect(wb.emu.calls.count("Range.setValues")).toBe(0);
    expect(wb.emu.calls.count("Range.getValues")).toBe(2);
    expect(activities.getRange("E2").getValue()).toBe("");
  });

  it("imports every row in one read and one write, and never twice", () => {
    wb.emu.calls.reset();
    expect(wb.ctx.importActivityTable(EXAMPLE)).toEqual({ imported: 21, duplicates: 0, problems: [] });
    expect(wb.emu.calls.snapshot()).toEqual(IMPORT_CALLS);
    expect(activities.getRange("A2:E2").getDisplayValues()[0]).toEqual([
      "VT 2024",
      "Jan",
      "2024-01-01",
      "2024-01-31",
      "Ledarkonferens",
    ]);
    expect(activities.getRange("E22").getValue()).toBe("Ny i C");
    const again = wb.ctx.importActivityTable(EXAMPLE) as {
      imported: number;
      duplicates: number;
      problems: unknown[];
    };
    expect(again).toMatchObject({ imported: 0, duplicates: 21 });
    expect(again.problems).toHaveLength(21);
    expect(again.problems[0]).toEqual({
      message: "Rad 4 i texten: ”Ledarkonferens” (Jan) finns redan på rad 2 och importerades inte igen.",
      severity: "warning",
      link: { tab: "activities", row: 2, column: 5 },
    });
    expect(activities.getRange("E23").getValue()).toBe("");
  });

  it("imports rows outside the plan period too, each with a warning", () => {
    const other = plan();
    sheet(other, "Inställningar")
      .getRange("B3:B4")
      .setValues([["VT 2025"], ["HT 2026"]]);
    const result = other.ctx.importActivityTable(EXAMPLE) as {
      imported: number;
      problems: Array<{ message: string; link: unknown }>;
    };
    expect(result.imported).toBe(21);
    expect(result.problems).toHaveLength(21);
    // Each names the sheet row it was written to, as Validate does, with a link to it (issue 12, item 8).
    expect(result.problems[0].message).toBe(
      "Aktiviteter, rad 2: VT 2024 ligger utanför planperioden VT 2025–HT 2026.",
    );
    expect(result.problems[0].link).toEqual({ tab: "activities", row: 2, column: 5 });
    expect(result.problems[20].message).toMatch(/^Aktiviteter, rad 22: /);
  });

  it("shows the imported rows on the dashboard, with all sidebar texts", () => {
    const dash = wb.ctx.getDashboard() as {
      texts: Record<string, string>;
      terms: string[];
      currentTerm: string;
      dueThisMonth: Array<{ what: string }>;
      overdue: Array<{ what: string }>;
    };
    expect(Object.keys(dash.texts).sort()).toEqual([...SIDEBAR_TEXT_KEYS].sort());
    expect(dash.texts.sidebarTabOverview).toBe("Översikt");
    expect(dash.terms).toEqual(["VT 2024", "HT 2024"]);
    expect(dash.currentTerm).toBe("VT 2024");
    expect(dash.dueThisMonth.map((a) => a.what)).toContain("Distriktsstämma");
    expect(dash.overdue.map((a) => a.what)).toEqual(["Ledarkonferens", "Ny i C"]);
  });

  it("selects a linked cell on its tab, whatever the tab is called now", () => {
    wb.ctx.selectCell({ tab: "activities", row: 5, column: 5 });
    expect(wb.ss.getActiveRange()?.getA1Notation()).toBe("E5");
    sheet(wb, "Aktiviteter").setName("Att göra");
    wb.ctx.selectCell({ tab: "activities", row: 6, column: 5 });
    expect(wb.ss.getActiveRange()?.getSheet().getName()).toBe("Att göra");
    wb.ss.getSheetByName("Att göra")!.setName("Aktiviteter");
  });

  it("says a stale link's row is gone, and a malformed link is the sidebar's mistake, in one clear sentence", () => {
    expect(() => wb.ctx.selectCell({ tab: "activities", row: 5000, column: 5 })).toThrow(
      "Rad 5000 finns inte längre på fliken Aktiviteter: raderna har ändrats sedan listan visades. Tryck på Uppdatera.",
    );
    expect(() => wb.ctx.selectCell({ sheetName: "Aktiviteter", row: 5, column: 5 })).toThrow(
      "Sidopanelen skickade något som inte gick att läsa (link). Ladda om sidopanelen och försök igen.",
    );
    expect(() => wb.ctx.addActivity("VT 2024")).toThrow(
      /Sidopanelen skickade något som inte gick att läsa \(activity\)/,
    );
  });
});

describe("validatePlan and insertExamplePlan", () => {
  it("inserts the example into an empty plan, in the locale's tab names and kinds", () => {
    const wb = workbook({ locale: "en_US" });
    wb.ctx.insertExamplePlan();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toBe(
      "The example plan is in place: 32 activities, 7 membership rows and 9 goals.",
    );
    expect(sheet(wb, "Activities").getRange("E2").getValue()).toBe("Ledarkonferens");
    expect(sheet(wb, "Membership").getRange("A2").getValue()).toBe("Total");
    expect(sheet(wb, "Membership").getRange("A3").getValue()).toBe("Nord");
    expect(sheet(wb, "Goals").getRange("B2").getValue()).toBe("seats");
    // "Ny i C 2 gånger per termin" counts per term: Actual reads today's term from the hidden list of terms (T).
    expect(sheet(wb, "Goals").getRange("T6").getFormula()).toMatch(/^=ACTIVITY_PERIODS\(/);
    expect(sheet(wb, "Goals").getRange("E6").getFormula()).toMatch(/^=IFERROR\(.*PlanToday/);
    expect(sheet(wb, "Goals").getRange("E7").getFormula()).toMatch(/^=ACTIVITY_COUNT\(.*, TRUE\)$/);
    expect(sheet(wb, "Settings").getRange("B2:B4").getValues()).toEqual([
      ["Distriktet Exempellän"],
      ["VT 2025"],
      ["HT 2026"],
    ]);
  });

  it("refuses to insert the example over typed data, changing nothing", () => {
    const wb = plan();
    wb.ctx.addActivity({ term: "VT 2024", when: "Mars", what: "Stämma", targetGroup: "", owner: "" });
    wb.load().insertExamplePlan();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toBe(
      "Planen innehåller redan data på Aktiviteter. Exempelplanen läggs bara in i en tom plan, så inget ändrades.",
    );
    expect(sheet(wb, "Aktiviteter").getRange("E2:E3").getValues()).toEqual([["Stämma"], [""]]);
    expect(sheet(wb, "Mål").getRange("A2").getValue()).toBe("");
  });

  it("the example plan validates clean and fills the dashboard", () => {
    const wb = workbook({ locale: "en_US" });
    wb.ctx.insertExamplePlan();
    expect(wb.ctx.getPlanProblems()).toEqual([]);
    const dash = wb.ctx.getDashboard() as { organisation: string; goals: unknown[]; membership: unknown[] };
    expect(dash.organisation).toBe("Distriktet Exempellän");
    // Eight goals and, since issue 14, the seat goal for Exempelkommun.
    expect(dash.goals).toHaveLength(9);
    expect(dash.membership).toHaveLength(7);
  });

  it("validatePlan summarises the problems, opens the sidebar and asks it for the Problems view once", () => {
    const wb = plan();
    sheet(wb, "Aktiviteter")
      .getRange("A2:E2")
      .setValues([["VT 2024", "snart", "", "", "Möte"]]);
    const problems = wb.ctx.validatePlan() as unknown[];
    expect(problems).toHaveLength(1);
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toBe(
      "1 fel och 0 varningar. Sidopanelen visar dem under Problem.",
    );
    expect(wb.ctx.takeSidebarView()).toBe("problems");
    expect(wb.ctx.takeSidebarView()).toBe(null);
  });
});
