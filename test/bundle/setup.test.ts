// "Set up plan" in the emulator: creates the four tabs, repairs them, and never changes what users typed.
import { describe, expect, it } from "vitest";
import { put, sheet, workbook } from "../support/workbook";

const TABS_SV = ["Mål", "Aktiviteter", "Medlemmar", "Inställningar", "Styrelse", "Valresultat"];

describe("setUpPlan on an empty workbook", () => {
  // Set up on 2026-12-02: the default plan period is HT 2026 – HT 2030 (src/core/calendar/default-period.ts).
  const wb = workbook({ locale: "sv_SE", now: "2026-12-02" });
  wb.ctx.setUpPlan();

  it("creates the six Swedish tabs and removes the untouched default sheet", () => {
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual(TABS_SV);
  });

  it("writes bold, frozen headers", () => {
    const activities = sheet(wb, "Aktiviteter");
    expect(activities.getRange(1, 1, 1, 9).getValues()[0]).toEqual([
      "Termin",
      "När",
      "Start",
      "Slut",
      "Vad",
      "Målgrupp",
      "Ansvarig",
      "Klar",
      "Mål",
    ]);
    expect(activities.getFrozenRows()).toBe(1);
    expect(activities.getRange("A1").getFontWeight()).toBe("bold");
    const membership = sheet(wb, "Medlemmar");
    expect(membership.getRange(1, 1, 1, 9).getValues()[0]).toEqual([
      "Valkrets",
      "Krets/avdelning",
      "Basdatum",
      "Medlemmar vid basdatum",
      "Tillväxt %",
      "Mål",
      "Nu",
      "Kvar att värva",
      "Framsteg",
    ]);
    const goals = sheet(wb, "Mål");
    expect(goals.getRange(1, 1, 1, 10).getValues()[0]).toEqual([
      "Mål",
      "Typ",
      "Utgångsläge",
      "Målvärde",
      "Utfall",
      "Start",
      "Klart senast",
      "Ansvarig",
      "Framsteg",
      "Status",
    ]);
  });

  it("sets validation: term dropdown over the plan period, checkbox, whole counts, growth range, dates", () => {
    const activities = sheet(wb, "Aktiviteter");
    const term = activities.getRange("A2").getDataValidation()!;
    expect(String(term.getCriteriaType())).toBe("VALUE_IN_LIST");
    const terms = term.getCriteriaValues()[0] as string[];
    // HT 2026 through HT 2030: nine terms, the last the one of the 2030 general election.
    expect(terms[0]).toBe("HT 2026");
    expect(terms.at(-1)).toBe("HT 2030");
    expect(terms).toHaveLength(9);
    expect(String(activities.getRange("H5").getDataValidation()!.getCriteriaType())).toBe("CHECKBOX");
    expect(String(activities.getRange("C5").getDataValidation()!.getCriteriaType())).toBe(
      "DATE_IS_VALID_DATE",
    );
    const membership = sheet(wb, "Medlemmar");
    expect(String(membership.getRange("D3").getDataValidation()!.getCriteriaType())).toBe("CUSTOM_FORMULA");
    const growth = membership.getRange("E3").getDataValidation()!;
    expect(String(growth.getCriteriaType())).toBe("NUMBER_BETWEEN");
    expect(growth.getCriteriaValues()).toEqual([-1, 10]);
    expect(growth.getAllowInvalid()).toBe(false);
  });

  it("runs the plan period up to the next general election, with the elections around it on Settings", () => {
    const settings = sheet(wb, "Inställningar");
    expect(settings.getRange("A3:B4").getValues()).toEqual([
      ["Första termin", "HT 2026"],
      ["Sista termin", "HT 2030"],
    ]);
    // From two years before the first term to the year after the last: the unverified 2029 EU and church
    // dates are left for the user to add (DOMAIN.md).
    const rows = settings.getRange(8, 1, settings.getLastRow() - 7, 2).getDisplayValues();
    expect(rows).toEqual([
      ["Europaparlamentsval 2024", "2024-06-09"],
      ["Kyrkoval 2025", "2025-09-21"],
      ["Val till riksdag, region och kommun 2026", "2026-09-13"],
      ["Val till riksdag, region och kommun 2030", "2030-09-08"],
    ]);
  });

  it("makes a People tab whose names are the Ansvarig dropdown's suggestions, free text still allowed", () => {
    const people = sheet(wb, "Styrelse");
    expect(people.getRange("A1:C1").getValues()[0]).toEqual(["Roll", "Namn", "Kontakt"]);
    expect(people.getFrozenRows()).toBe(1);
    const owner = sheet(wb, "Aktiviteter").getRange("G2").getDataValidation()!;
    expect(String(owner.getCriteriaType())).toBe("VALUE_IN_RANGE");
    const [range] = owner.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range];
    expect(range.getSheet().getName()).toBe("Styrelse");
    expect(range.getA1Notation()).toMatch(/^B2:B\d+$/);
    expect(owner.getAllowInvalid()).toBe(true);
    people.getRange("A2:B2").setValues([["Ordförande", "Karin Lindqvist"]]);
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "G2", "Karin Lindqvist").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "G3", "Valberedningen").accepted).toBe(true);
    people.getRange("A2:B2").setValues([["", ""]]);
    sheet(wb, "Aktiviteter")
      .getRange("G2:G3")
      .setValues([[""], [""]]);
  });

  it("rejects typed input that breaks a rule, as Sheets does", () => {
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "D3", "-5").accepted).toBe(false);
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "D3", "12.5").accepted).toBe(false);
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "2000%").accepted).toBe(false);
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "150%").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "D3", "117").accepted).toBe(true);
  });

  it("puts the total right under the header, formulas over every row below it, and the chart", () => {
    const membership = sheet(wb, "Medlemmar");
    expect(membership.getRange("A2").getValue()).toBe("Totalt");
    expect(membership.getFrozenRows()).toBe(2);
    expect(membership.getRange("F3").getFormula()).toBe("=MEMBER_TARGET(D3:D, E3:E)");
    expect(membership.getRange("F2").getFormula()).toBe("=SUM(F3:F)");
    expect(membership.getRange("H2").getFormula()).toBe("=MEMBER_GAP(F2, G2)");
    const charts = membership.getCharts();
    expect(charts).toHaveLength(1);
    const rows = membership.getMaxRows();
    expect(charts[0].getRanges().map((r) => r.getA1Notation())).toEqual([
      `A3:A${rows}`,
      `F3:F${rows}`,
      `G3:G${rows}`,
    ]);
  });

  it("marks every plan tab, names the computed today, and keeps no named range for a tab", () => {
    const marks = wb.ss
      .createDeveloperMetadataFinder()
      .withKey("verksamhetsplan.tab")
      .find()
      .map((m) => [m.getValue(), m.getLocation().getSheet()?.getName()]);
    expect(marks).toEqual([
      ["goals", "Mål"],
      ["activities", "Aktiviteter"],
      ["membership", "Medlemmar"],
      ["settings", "Inställningar"],
      ["people", "Styrelse"],
      ["results", "Valresultat"],
    ]);
    expect(wb.ss.getRangeByName("PlanToday")).not.toBeNull();
    expect(wb.ss.getNamedRanges().map((r) => r.getName())).toEqual(["PlanToday"]);
  });
});

describe("setUpPlan in an English spreadsheet", () => {
  it("names tabs and headers in English and reports in English", () => {
    const wb = workbook({ locale: "en_US" });
    const result = wb.ctx.setUpPlan() as { done: string[] };
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual([
      "Goals",
      "Activities",
      "Membership",
      "Settings",
      "People",
      "Election results",
    ]);
    expect(sheet(wb, "People").getRange("A1:C1").getValues()[0]).toEqual(["Role", "Name", "Contact"]);
    expect(sheet(wb, "Activities").getRange(1, 1, 1, 9).getValues()[0]).toEqual([
      "Term",
      "When",
      "Start",
      "End",
      "What",
      "Target group",
      "Responsible",
      "Done",
      "Goal",
    ]);
    expect(sheet(wb, "Membership").getRange("A2").getValue()).toBe("Total");
    expect(result.done[0]).toBe("Created the Goals tab.");
    expect(wb.emu.ui.alerts.at(-1)?.title).toBe("The plan is ready");
  });
});

describe("setUpPlan on a workbook that already holds data", () => {
  function partlyFilled() {
    const wb = workbook({ locale: "sv_SE" });
    // Activities typed before the add-on, without a header row; a Membership tab with the English name.
    put(wb, "Aktiviteter", [["VT 2025", "mars", "", "", "Distriktsstämma", "Ombud", "DSO", true, ""]]);
    put(wb, "Membership", [
      ["Valkrets", "", "", "Medlemmar vid basdatum", "", "Mitt mål", "Nu"],
      ["Nord", "", "", 117, 0.1, "", 100],
      ["Syd", "", "", 80, 0.05, "", 81],
    ]);
    put(wb, "Inställningar", [["Organisation", "Liberalerna Testlän"]]);
    return wb;
  }

  it("keeps every typed cell, inserting a header row above data in row 1", () => {
    const wb = partlyFilled();
    wb.ctx.setUpPlan();
    const activities = sheet(wb, "Aktiviteter");
    expect(activities.getRange(1, 1, 1, 5).getValues()[0]).toEqual(["Termin", "När", "Start", "Slut", "Vad"]);
    const row = activities.getRange(2, 1, 1, 9).getValues()[0];
    // Start and End were empty, so the add-on fills them from När ("mars" under VT 2025).
    expect(row.slice(2, 4).map((d) => (d as Date).toDateString())).toEqual([
      new Date(2025, 2, 1).toDateString(),
      new Date(2025, 2, 31).toDateString(),
    ]);
    expect([...row.slice(0, 2), ...row.slice(4)]).toEqual([
      "VT 2025",
      "mars",
      "Distriktsstämma",
      "Ombud",
      "DSO",
      true,
      "",
    ]);
    const membership = sheet(wb, "Membership");
    expect(wb.ss.getSheetByName("Medlemmar")).toBeNull();
    // "Mitt mål" is the user's own column and stays; the add-on's Mål column goes after the last header.
    expect(membership.getRange("F1").getValue()).toBe("Mitt mål");
    expect(membership.getRange("J1").getValue()).toBe("Mål");
    // The total row goes under the header; the typed rows move down one row, every cell kept.
    expect(membership.getRange("A2").getValue()).toBe("Totalt");
    expect(
      membership
        .getRange(3, 1, 2, 7)
        .getValues()
        .map((r) => [r[0], r[3], r[4], r[6]]),
    ).toEqual([
      ["Nord", 117, 0.1, 100],
      ["Syd", 80, 0.05, 81],
    ]);
    expect(membership.getRange("J3:J4").getValues()).toEqual([[129], [84]]);
    const settings = sheet(wb, "Inställningar");
    expect(settings.getRange("A1:B2").getValues()).toEqual([
      ["Inställning", "Värde"],
      ["Organisation", "Liberalerna Testlän"],
    ]);
  });

  it("reports what it restored and changes nothing when run again", () => {
    const wb = partlyFilled();
    const first = wb.ctx.setUpPlan() as { done: string[]; problems: string[] };
    expect(first.done).toContain("Membership: återställde 6 rubriker.");
    expect(first.problems).toEqual([]);
    const before = wb.ss
      .getSheets()
      .map((s) => s.getDataRange().getFormulas().toString() + s.getDataRange().getValues().toString());
    const second = wb.ctx.setUpPlan() as { done: string[]; problems: string[] };
    const after = wb.ss
      .getSheets()
      .map((s) => s.getDataRange().getFormulas().toString() + s.getDataRange().getValues().toString());
    expect(after).toEqual(before);
    expect(second.done).toEqual([]);
    expect(wb.emu.ui.alerts.length).toBe(2);
  });
});

describe("Membership targets computed by the bundle's custom functions", () => {
  it("shows 129 for 117 members and 10 % growth, and totals the rounded targets", () => {
    const wb = workbook({ locale: "sv_SE" });
    wb.ctx.setUpPlan();
    const rows = [
      ["Nord", "", "", 117, 0.1, "", 100],
      ["Nordost", "", "", 25, 0.1, "", 20],
      ["Ost", "", "", 15, 0.1, "", 15],
    ];
    for (const [i, row] of rows.entries()) {
      const m = sheet(wb, "Medlemmar");
      m.getRange(3 + i, 1, 1, 5).setValues([row.slice(0, 5)]);
      m.getRange(3 + i, 7).setValue(row[6]);
    }
    const m = sheet(wb, "Medlemmar");
    expect(m.getRange("F3").getValue()).toBe(129);
    expect(m.getRange("F3").getDisplayValue()).toBe("129");
    // 27.5 → 28 and 16.5 → 17: the total adds rounded rows (174), not the rounded raw sum (128.7+27.5+16.5=172.7 → 173).
    expect(m.getRange("F4").getValue()).toBe(28);
    expect(m.getRange("F5").getValue()).toBe(17);
    expect(m.getRange("F2").getValue()).toBe(174);
    expect(m.getRange("H3").getValue()).toBe(29);
    expect(m.getRange("I3").getValue()).toBeCloseTo((100 - 117) / (129 - 117));
    expect(m.getRange("F6").getValue()).toBe("");
  });
});

describe("the new file's first sheet", () => {
  it.each([
    ["a note", (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange("C3").setNote("Viktigt")],
    ["a colour", (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange("B2").setBackground("#ffcc00")],
    [
      "a dropdown",
      (s: GoogleAppsScript.Spreadsheet.Sheet) =>
        s.getRange("A5").setDataValidation(SpreadsheetAppOf(s).newDataValidation().requireCheckbox().build()),
    ],
    ["a frozen row", (s: GoogleAppsScript.Spreadsheet.Sheet) => s.setFrozenRows(1)],
  ])("is kept when it holds %s, though no value", (_what, touch) => {
    const wb = workbook({ locale: "sv_SE" });
    touch(wb.ss.getSheetByName("Blad1")!);
    wb.ctx.setUpPlan();
    expect(wb.ss.getSheetByName("Blad1")).not.toBeNull();
  });

  it("goes when truly untouched", () => {
    const wb = workbook({ locale: "sv_SE" });
    wb.ctx.setUpPlan();
    expect(wb.ss.getSheetByName("Blad1")).toBeNull();
  });
});

/** SpreadsheetApp as the test's own (uncounted) handle, for building a rule. */
function SpreadsheetAppOf(
  _sheet: GoogleAppsScript.Spreadsheet.Sheet,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return workbook().emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
