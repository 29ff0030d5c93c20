// "Importera plan" through the built bundle: a whole pasted plan into every tab, nothing twice, conflicts, the period.
import { describe, expect, it } from "vitest";
import { PLAN_DOCUMENT_EXAMPLE } from "../support/fixtures";
import { monthLabels } from "../support/timeline-months";
import { sheet, type Workbook, workbook } from "../support/workbook";

interface Result {
  written: { goals: number; activities: number; membership: number; board: number };
  present: number;
  conflicts: unknown[];
  period: { first: string; last: string } | null;
  problems: string[];
}

interface Preview {
  period: { change: string; next: { first: string; last: string } | null };
  goals: unknown[];
  activities: Array<{ term: string; undated: boolean; items: unknown[] }>;
  meetings: unknown[];
  membership: Array<{ status: string; problems: string[] }>;
  board: unknown[];
  toWrite: number;
}

function planned(): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  return wb;
}

const importPlan = (wb: Workbook, text = PLAN_DOCUMENT_EXAMPLE, options: object = {}) =>
  wb.load().importPlanDocument(text, options) as Result;

/** A tab's values as a volunteer sees them, without the empty rows below. */
function shown(wb: Workbook, name: string): string[][] {
  const values = sheet(wb, name).getDataRange().getDisplayValues();
  return values.filter((row) => row.some((cell) => cell !== ""));
}

const iso = (value: unknown) => {
  const d = value as Date;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

describe("importing the example plan into an empty plan", () => {
  const wb = planned();
  const result = importPlan(wb);

  it("says what it wrote: 8 goals, 35 activities, 5 membership rows, 9 board roles and the period", () => {
    expect(result).toEqual({
      written: { goals: 8, activities: 35, membership: 5, board: 9 },
      present: 0,
      conflicts: [],
      period: { first: "VT 2025", last: "HT 2026" },
      problems: [],
    });
  });

  it("writes 8 goals: 2 overarching, 6 measurable with their kinds and numbers", () => {
    // Rows with a goal: the Status column's spill reaches further down.
    const goals = shown(wb, "Mål")
      .slice(1)
      .filter((row) => row[0] !== "")
      .map((row) => row.slice(0, 7));
    expect(goals).toHaveLength(8);
    expect(goals.filter((row) => row[1] === "")).toHaveLength(2);
    expect(goals.slice(2).map((row) => row.slice(1))).toEqual([
      ["mandat", "7", "9", "", "2025-01-01", "2026-09-13"],
      ["väljarstöd", "", "12", "", "2025-01-01", "2026-09-13"],
      ["medlemmar", "514", "591", "", "2024-12-31", "2026"],
      ["aktiviteter", "", "6", "", "2025-01-01", "per år"],
      ["aktiviteter", "", "2", "", "2025-01-01", "2026"],
      ["övrigt", "", "", "", "", "2026"],
    ]);
  });

  it("writes 35 activities: 21 from the term tables, 9 meeting dates, 1 recurring meeting, 4 undated", () => {
    const activities = shown(wb, "Aktiviteter").slice(1);
    expect(activities).toHaveLength(35);
    const what = (name: string) => activities.filter((row) => row[4] === name);
    expect(what("Kretsmöte")).toHaveLength(9);
    expect(what("Styrelsen träffas")[0].slice(0, 4)).toEqual([
      "",
      "den första måndagen varje månad utom juli",
      "2025-01-01",
      "2026-12-31",
    ]);
    const undated = activities.filter((row) => row[1] === "");
    expect(undated.map((row) => [row[0], row[2], row[3], row[4], row[8]])).toEqual([
      [
        "",
        "",
        "",
        "Kretsmöten roterar mellan kommundelarna",
        "Synas i alla kommundelar, inte bara i centralorten",
      ],
      [
        "",
        "",
        "",
        "Minst en valstuga utanför centralorten",
        "Synas i alla kommundelar, inte bara i centralorten",
      ],
      [
        "",
        "",
        "",
        "Värvningskampanj varje termin",
        "Öka antalet medlemmar med 15 % jämfört med den 31 december 2024",
      ],
      [
        "",
        "",
        "",
        "Personligt välkomstsamtal till varje ny medlem",
        "Öka antalet medlemmar med 15 % jämfört med den 31 december 2024",
      ],
    ]);
    const tables = activities.filter((row) => row[5] !== "");
    expect(tables).toHaveLength(21);
    expect(tables[0].slice(0, 7)).toEqual([
      "VT 2025",
      "Januari",
      "2025-01-01",
      "2025-01-31",
      "Årsmöte med val av styrelse",
      "Alla medlemmar",
      "Ordförande",
    ]);
  });

  it("writes 5 membership rows below the total, their targets 244, 101, 151, 56 and 36, totalling 588", () => {
    const membership = sheet(wb, "Medlemmar");
    expect(membership.getRange("A2").getValue()).toBe("Totalt");
    expect(membership.getRange("A3:A7").getValues().flat()).toEqual([
      "Centrum",
      "Norra",
      "Södra",
      "Västra",
      "Ungdomsförbundet",
    ]);
    expect(membership.getRange("F3:F7").getValues().flat()).toEqual([244, 101, 151, 56, 36]);
    expect(membership.getRange("F2").getValue()).toBe(588);
    expect(membership.getRange("D2").getValue()).toBe(514);
    expect(iso(membership.getRange("C3").getValue())).toBe("2024-12-31");
  });

  it("writes the 9 board roles on the People tab, whose names the Ansvarig dropdown suggests", () => {
    const people = shown(wb, "Styrelse");
    expect(people[0]).toEqual(["Roll", "Namn", "Kontakt"]);
    expect(people.slice(1).map((row) => row[0])).toEqual([
      "Ordförande",
      "Vice ordförande",
      "Sekreterare",
      "Kassör",
      "Medlemsansvarig",
      "Utbildningsansvarig",
      "Kampanjansvarig",
      "Valansvarig",
      "Kommunikationsansvarig",
    ]);
    expect(people[1][1]).toBe("Karin Lindqvist");
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "G12", "Karin Lindqvist").accepted).toBe(true);
  });

  it("sets the period VT 2025–HT 2026 in Settings, and the Term dropdown follows it", () => {
    expect(sheet(wb, "Inställningar").getRange("B3:B4").getValues()).toEqual([["VT 2025"], ["HT 2026"]]);
    const rule = sheet(wb, "Aktiviteter").getRange("A2").getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(["VT 2025", "HT 2025", "VT 2026", "HT 2026"]);
  });

  it("draws a timeline from January 2025 to December 2026, the undated activities listed under Utan datum", () => {
    wb.load().generateTermTimeline();
    const values = sheet(wb, "Tidslinje").getDataRange().getDisplayValues();
    const months = [...monthLabels(values).keys()];
    expect(months).toHaveLength(24);
    expect([months[0], months.at(-1)]).toEqual(["jan 2025", "dec 2026"]);
    const first = values.map((row) => row[0]);
    const undated = first.indexOf("Utan datum");
    expect(first.slice(undated + 1, undated + 5)).toEqual([
      "Kretsmöten roterar mellan kommundelarna",
      "Minst en valstuga utanför centralorten",
      "Värvningskampanj varje termin",
      "Personligt välkomstsamtal till varje ny medlem",
    ]);
    expect(first.slice(undated + 5).filter((cell) => cell !== "")).toEqual([]);
  });

  it("calls none of the activities an error, and leaves the undated ones out of due and overdue", () => {
    const problems = wb.load().getPlanProblems() as Array<{ message: string; severity: string }>;
    const activityProblems = problems.filter((p) => p.message.startsWith("Aktiviteter"));
    expect(activityProblems).toEqual([]);
    const dash = wb.load().getDashboard() as {
      dueThisMonth: Array<{ what: string }>;
      overdue: Array<{ what: string }>;
    };
    const listed = [...dash.dueThisMonth, ...dash.overdue].map((a) => a.what);
    expect(listed).not.toContain("Värvningskampanj varje termin");
    expect(listed.length).toBeGreaterThan(0);
  });

  it("adds nothing when the same plan is pasted again", () => {
    const before = ["Mål", "Aktiviteter", "Medlemmar", "Styrelse", "Inställningar"].map((name) =>
      shown(wb, name),
    );
    const again = importPlan(wb);
    expect(again).toEqual({
      written: { goals: 0, activities: 0, membership: 0, board: 0 },
      present: 57,
      conflicts: [],
      period: null,
      problems: [],
    });
    const after = ["Mål", "Aktiviteter", "Medlemmar", "Styrelse", "Inställningar"].map((name) =>
      shown(wb, name),
    );
    expect(after).toEqual(before);
  });
});

describe("the preview", () => {
  it("writes nothing and returns every section with the period it would set", () => {
    const wb = planned();
    wb.emu.calls.reset();
    const preview = wb.load().importPlanDocument(PLAN_DOCUMENT_EXAMPLE, { preview: true }) as Preview;
    const snapshot = wb.emu.calls.snapshot();
    const writes = Object.keys(snapshot).filter((call) => /\.(set|insert|add|delete|clear)/.test(call));
    expect(writes).toEqual([]);
    expect(shown(wb, "Aktiviteter")).toHaveLength(1);
    expect([
      preview.goals.length,
      preview.meetings.length,
      preview.membership.length,
      preview.board.length,
    ]).toEqual([8, 10, 5, 9]);
    expect(preview.activities.map((g) => [g.term, g.items.length])).toEqual([
      ["VT 2025", 7],
      ["HT 2025", 6],
      ["VT 2026", 4],
      ["HT 2026", 4],
      ["", 4],
    ]);
    expect(preview.period).toMatchObject({ change: "set", next: { first: "VT 2025", last: "HT 2026" } });
    expect(preview.toWrite).toBe(57);
  });
});

describe("a plan that already holds rows", () => {
  function typedPlan(): Workbook {
    const wb = planned();
    const settings = sheet(wb, "Inställningar");
    settings.getRange("B3:B4").setValues([["VT 2025"], ["HT 2025"]]);
    sheet(wb, "Aktiviteter")
      .getRange("A2:E2")
      .setValues([["VT 2025", "jan", "", "", "Nyårsmingel"]]);
    sheet(wb, "Medlemmar")
      .getRange("A3:E3")
      .setValues([["centrum", "", "", 200, 0.1]]);
    return wb;
  }

  it("lists a constituency with other numbers as a conflict and never changes its typed cells", () => {
    const wb = typedPlan();
    const result = importPlan(wb);
    expect(result.conflicts).toEqual([
      {
        message:
          "Medlemmar, rad 3: Centrum finns redan på rad 3 med medlemmar vid basdatum 200, tillväxt % 10 %; planen säger medlemmar vid basdatum 212, tillväxt % 15 %. Inget ändrades: rätta raden själv om planen ska gälla.",
        severity: "warning",
        link: { tab: "membership", row: 3, column: 1 },
      },
    ]);
    expect(result.written.membership).toBe(4);
    const membership = sheet(wb, "Medlemmar");
    expect(membership.getRange("A3:E3").getValues()[0]).toEqual(["centrum", "", "", 200, 0.1]);
    expect(membership.getRange("A4:A8").getValues().flat()).toEqual([
      "Norra",
      "Södra",
      "Västra",
      "Ungdomsförbundet",
      "",
    ]);
    expect(sheet(wb, "Aktiviteter").getRange("E2").getValue()).toBe("Nyårsmingel");
    expect(sheet(wb, "Aktiviteter").getRange("E3").getValue()).toBe("Kretsmöte");
  });

  it("offers to widen a typed period and widens it only when the volunteer agrees, never narrowing it", () => {
    const wb = typedPlan();
    const preview = wb.load().importPlanDocument(PLAN_DOCUMENT_EXAMPLE, { preview: true }) as Preview;
    expect(preview.period).toMatchObject({ change: "widen", next: { first: "VT 2025", last: "HT 2026" } });
    const kept = importPlan(wb);
    expect(kept.period).toBeNull();
    expect(sheet(wb, "Inställningar").getRange("B3:B4").getValues()).toEqual([["VT 2025"], ["HT 2025"]]);

    const other = typedPlan();
    const widened = importPlan(other, PLAN_DOCUMENT_EXAMPLE, { widenPeriod: true });
    expect(widened.period).toEqual({ first: "VT 2025", last: "HT 2026" });
    expect(sheet(other, "Inställningar").getRange("B3:B4").getValues()).toEqual([["VT 2025"], ["HT 2026"]]);
    const rule = sheet(other, "Aktiviteter").getRange("A30").getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(["VT 2025", "HT 2025", "VT 2026", "HT 2026"]);
  });
});

describe("importing into a workbook not yet set up", () => {
  it("previews the period it will set, then sets the plan up first and imports into every tab", () => {
    const wb = workbook({ locale: "sv_SE" });
    const preview = wb.load().importPlanDocument(PLAN_DOCUMENT_EXAMPLE, { preview: true }) as Preview;
    expect(preview.period).toMatchObject({ change: "set", next: { first: "VT 2025", last: "HT 2026" } });
    expect(preview.toWrite).toBe(57);
    expect(wb.ss.getSheets()).toHaveLength(1);
    const result = importPlan(wb);
    expect(result.period).toEqual({ first: "VT 2025", last: "HT 2026" });
    expect(result.written).toEqual({ goals: 8, activities: 35, membership: 5, board: 9 });
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual([
      "Mål",
      "Aktiviteter",
      "Medlemmar",
      "Inställningar",
      "Styrelse",
      "Valresultat",
    ]);
    expect(sheet(wb, "Medlemmar").getRange("F2").getValue()).toBe(588);
  });
});

describe("importing into an English spreadsheet", () => {
  it("writes the goal kinds and rates in English, and the board on the People tab", () => {
    const wb = workbook({ locale: "en_US" });
    wb.ctx.setUpPlan();
    expect(importPlan(wb).written).toEqual({ goals: 8, activities: 35, membership: 5, board: 9 });
    expect(sheet(wb, "Goals").getRange("B4:B9").getValues().flat()).toEqual([
      "seats",
      "vote share",
      "members",
      "activities",
      "activities",
      "other",
    ]);
    expect(sheet(wb, "Goals").getRange("G7").getValue()).toBe("per year");
    expect(sheet(wb, "People").getRange("A2:B2").getValues()[0]).toEqual(["Ordförande", "Karin Lindqvist"]);
  });
});

describe("when the import cannot run", () => {
  it("tells a second volunteer to wait while the document is locked, writing nothing", () => {
    const wb = planned();
    const release = wb.emu.holdLock("document");
    expect(() => importPlan(wb)).toThrow(
      "Någon annan importerar eller ändrar planen just nu. Vänta en stund och försök igen.",
    );
    release();
    expect(shown(wb, "Aktiviteter")).toHaveLength(1);
  });

  it("refuses options that are not what the sidebar sends, in one clear sentence", () => {
    const wb = planned();
    expect(() => importPlan(wb, PLAN_DOCUMENT_EXAMPLE, { widenPeriod: "yes" })).toThrow(
      "Sidopanelen skickade något som inte gick att läsa (options.widenPeriod). Ladda om sidopanelen och försök igen.",
    );
    expect(() => wb.load().importPlanDocument(42)).toThrow(/\(text\)/);
  });
});

/** The example plan with `extra` more goals, term-table rows, membership rows and board members. */
function grownPlan(extra: number): string {
  const letters = Array.from(
    { length: extra },
    (_, i) => `${String.fromCharCode(65 + (i % 26))}${"x".repeat(i / 26)}`,
  );
  const goals = letters.map((l) => `- Minst 3 öppna möten i område ${l} per år.`);
  const rows = letters.map((l) => `Dec\tJulfika i område ${l}\tAlla medlemmar\tKassör`);
  const membership = letters.map((l, i) => `Område ${l}\t${20 + i}\t10 %\t`);
  const board = letters.map((l) => `Ledamot\tPerson ${l}`);
  return PLAN_DOCUMENT_EXAMPLE.replace(
    "- Andelen aktiva medlemmar ska öka.",
    ["- Andelen aktiva medlemmar ska öka.", ...goals].join("\n"),
  )
    .replace(
      "Dec\tJulmingel\tAlla medlemmar\tKassör",
      ["Dec\tJulmingel\tAlla medlemmar\tKassör", ...rows].join("\n"),
    )
    .replace("Totalt\t514", [...membership, "Totalt\t514"].join("\n"))
    .replace(
      "Kommunikationsansvarig\tLena Sjöberg",
      ["Kommunikationsansvarig\tLena Sjöberg", ...board].join("\n"),
    );
}

/**
 * One import into a set-up plan. The add-on: the spreadsheet and its locale (2); the lock (3); every tab found by
 * its mark with one search (3, and 3 for each of the 6 marks: the Election results tab's added one in issue 14); the five tabs read once each (4 each: 20, and
 * Activities' merged cells: 1); the
 * Settings period's owner record read and updated (getDeveloperMetadata 2, getKey 4, getValue 2, setValue 1);
 * each tab's rows appended in one block (a range and its values; the formulas anchored in the first rows of
 * Goals and Membership lie in columns the rows don't fill; Activities' Term and När made plain text first), the
 * period's two cells in one block, and the Term dropdown over the new period
 * (getMaxRows, a range, the rule: 8 calls). Sheets then recalculates the formulas whose arguments those writes change (a custom
 * function whose arguments come out the same is not run again): the custom functions below (SEAT_GOAL_NEEDS once, since
 * issue 14: the new goal names are its argument), and what they read (the spreadsheet, its locale and zone: GOAL_DATES asks the zone's offset for
 * each distinct date it returns). Nothing here grows with the paste.
 * Issue 12 (a blank Nu is unknown): the membership total's Kvar att värva is a native sum of the row gaps (MEMBER_GAP
 * 2 → 1), and its progress calls MEMBER_PROGRESS only once some row has Nu, which the imported rows lack (3 → 2).
 */
const IMPORT_CALLS = {
  "CustomFunction.GOAL_DATES": 2,
  "CustomFunction.MEMBER_GAP": 1,
  "CustomFunction.MEMBER_PROGRESS": 2,
  "CustomFunction.MEMBER_TARGET": 1,
  "CustomFunction.SEAT_GOAL_NEEDS": 1,
  "DataValidationBuilder.build": 1,
  "DataValidationBuilder.requireValueInList": 1,
  "DataValidationBuilder.setAllowInvalid": 1,
  "DataValidationBuilder.setHelpText": 1,
  "DeveloperMetadata.getKey": 4,
  "DeveloperMetadata.getLocation": 6,
  "DeveloperMetadata.getValue": 8,
  "DeveloperMetadata.setValue": 1,
  "DeveloperMetadataFinder.find": 1,
  "DeveloperMetadataFinder.withKey": 1,
  "DeveloperMetadataLocation.getSheet": 6,
  "Lock.releaseLock": 1,
  "Lock.tryLock": 1,
  "LockService.getDocumentLock": 1,
  "Range.getFormulas": 5,
  "Range.getMergedRanges": 1,
  "Range.getValues": 5,
  "Range.setDataValidation": 1,
  "Range.setNumberFormat": 1,
  "Range.setValues": 7,
  "Sheet.getDataRange": 5,
  "Sheet.getDeveloperMetadata": 2,
  "Sheet.getMaxRows": 1,
  "Sheet.getName": 5,
  "Sheet.getRange": 10,
  "Spreadsheet.createDeveloperMetadataFinder": 1,
  "Spreadsheet.getSpreadsheetLocale": 1,
  "Spreadsheet.getSpreadsheetTimeZone": 3,
  "SpreadsheetApp.getActiveSpreadsheet": 3,
  "SpreadsheetApp.newDataValidation": 1,
  "Utilities.formatDate": 21,
};

describe("the import's service calls", () => {
  function measured(text: string): { calls: Record<string, number>; result: Result } {
    const wb = planned();
    const ctx = wb.load();
    wb.emu.calls.reset();
    const result = ctx.importPlanDocument(text, {}) as Result;
    return { calls: wb.emu.calls.snapshot(), result };
  }

  it("are the same for the example plan and for one grown by 60 items in every section", () => {
    const small = measured(PLAN_DOCUMENT_EXAMPLE);
    const large = measured(grownPlan(60));
    expect(large.result.written).toEqual({ goals: 68, activities: 95, membership: 65, board: 69 });
    expect(large.calls).toEqual(small.calls);
    expect(small.calls).toEqual(IMPORT_CALLS);
  });
});
