// Planning a whole pasted plan's import: every section previewed, new rows per tab, nothing twice, conflicts, the period.
import { describe, expect, it } from "vitest";
import type { Term } from "../../src/core/calendar/terms";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import type { Language } from "../../src/core/i18n/language";
import type { PlanImportItem } from "../../src/core/import/import-contract";
import { type PlanOnTabs, planPastedImport } from "../../src/core/import/pasted-import";
import {
  ACTIVITIES_TAB,
  GOALS_TAB,
  headers,
  MEMBERSHIP_TAB,
  PEOPLE_TAB,
  type TabSpec,
} from "../../src/core/layout/tabs";
import { readActivities } from "../../src/core/records/activity-record";
import { readGoals } from "../../src/core/records/goal-record";
import { readMembership } from "../../src/core/records/membership-record";
import { readPeople } from "../../src/core/records/people-record";
import { tabGrid } from "../../src/core/records/tab-grid";
import { PLAN_DOCUMENT_EXAMPLE } from "../support/fixtures";
import { isoOfCell, rowsOf } from "../support/plan-values";

const VT = (year: number): Term => ({ season: "VT", year });
const HT = (year: number): Term => ({ season: "HT", year });
const PASTED = parsePlanDocument(PLAN_DOCUMENT_EXAMPLE);

const EMPTY: PlanOnTabs = {
  goals: [],
  activities: [],
  membership: [],
  people: [],
  // What Set up plan writes on a new sheet in 2024: four years from this year's VT, still the add-on's own.
  period: { first: VT(2024), last: HT(2027) },
  periodOwned: true,
  tabNames: { goals: "Mål", membership: "Medlemmar" },
};

/** A tab holding these new rows under its header row, as the adapter would read it back. */
function tab<T extends TabSpec>(spec: T, rows: readonly Partial<Record<string, unknown>>[]) {
  return tabGrid(spec, "tab", [headers(spec, "sv"), ...rowsOf(spec, rows)]);
}

/** The plan after the import's rows were written into an empty plan, with `period` in Settings. */
function after(rows: ReturnType<typeof planPastedImport>["rows"], period = EMPTY.period): PlanOnTabs {
  return {
    ...EMPTY,
    goals: readGoals(tab(GOALS_TAB, rows.goals)),
    activities: readActivities(tab(ACTIVITIES_TAB, rows.activities), period),
    // The total row stands under the header; the constituencies below it.
    membership: readMembership(tab(MEMBERSHIP_TAB, [{ constituency: "Totalt" }, ...rows.membership])),
    people: readPeople(tab(PEOPLE_TAB, rows.people)),
    period,
    periodOwned: true,
  };
}

const statuses = (items: readonly PlanImportItem[]) => items.map((i) => i.status);
const plan = (on: PlanOnTabs, widenPeriod = false, language: Language = "sv") =>
  planPastedImport(PASTED, on, language, { widenPeriod });

describe("importing the example plan into an empty plan", () => {
  const work = plan(EMPTY);
  const { preview, rows } = work;

  it("previews every section, each item with its line, all new", () => {
    expect(preview.title).toBe("Verksamhetsplan för Exempelkretsen 2025–2026");
    expect(preview.goals.map((g) => [g.line, g.status])).toHaveLength(8);
    expect(preview.goals[2]).toEqual({
      line: 14,
      text: "Minst 9 mandat i kommunfullmäktige i valet 2026 (idag 7)",
      detail: "mandat · från 7 · mål 9 · senast 2026-09-13",
      status: "new",
      problems: [],
    });
    expect(preview.activities.map((g) => [g.term, g.undated, g.items.length])).toEqual([
      ["VT 2025", false, 7],
      ["HT 2025", false, 6],
      ["VT 2026", false, 4],
      ["HT 2026", false, 4],
      ["", true, 4],
    ]);
    expect(preview.meetings.map((m) => m.text)).toEqual([
      ...new Array(9).fill("Kretsmöte"),
      "Styrelsen träffas",
    ]);
    expect(preview.meetings[9].detail).toBe(
      "den första måndagen varje månad utom juli · 2025-01-01–2026-12-31",
    );
    expect(preview.membership.map((m) => [m.line, m.text, m.detail])).toEqual([
      [30, "Centrum", "212 medlemmar (2024-12-31) · ökning 15 % · mål 244"],
      [31, "Norra", "88 medlemmar (2024-12-31) · ökning 15 % · mål 101"],
      [32, "Södra", "131 medlemmar (2024-12-31) · ökning 15 % · mål 151"],
      [33, "Västra", "47 medlemmar (2024-12-31) · ökning 20 % · mål 56"],
      [34, "Ungdomsförbundet", "36 medlemmar (2024-12-31) · ökning 0 % · mål 36"],
    ]);
    expect(preview.board.map((b) => b.text)[0]).toBe("Ordförande: Karin Lindqvist");
    expect(preview.board).toHaveLength(9);
    const all = [
      ...preview.goals,
      ...preview.activities.flatMap((g) => g.items),
      ...preview.meetings,
      ...preview.membership,
      ...preview.board,
    ];
    expect(new Set(statuses(all))).toEqual(new Set(["new"]));
    expect(all.every((item) => item.line > 0 && item.problems.length === 0)).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview.toWrite).toBe(8 + 35 + 5 + 9);
  });

  it("sets the add-on's own period from the paste, VT 2025–HT 2026", () => {
    expect(preview.period).toEqual({
      pasted: { first: "VT 2025", last: "HT 2026" },
      current: { first: "VT 2024", last: "HT 2027" },
      change: "set",
      next: { first: "VT 2025", last: "HT 2026" },
    });
    expect(work.period).toEqual({ first: VT(2025), last: HT(2026) });
  });

  it("gives the Goals tab each goal with its kind, numbers, start and deadline", () => {
    expect(
      rows.goals.map((g) => [
        g.goal,
        g.kind,
        g.baseline,
        g.target,
        isoOfCell(g.start),
        isoOfCell(g.deadline),
      ]),
    ).toEqual([
      ["Vara det parti i kommunen som flest unga väljare litar på i klimatfrågan", "", "", "", "", ""],
      ["Synas i alla kommundelar, inte bara i centralorten", "", "", "", "", ""],
      [
        "Minst 9 mandat i kommunfullmäktige i valet 2026 (idag 7)",
        "mandat",
        7,
        9,
        "2025-01-01",
        "2026-09-13",
      ],
      ["Ett väljarstöd på minst 12 % i kommunvalet 2026", "väljarstöd", "", 12, "2025-01-01", "2026-09-13"],
      [
        "Öka antalet medlemmar med 15 % jämfört med den 31 december 2024",
        "medlemmar",
        514,
        591,
        "2024-12-31",
        "2026",
      ],
      ["Minst 6 öppna medlemsmöten per år", "aktiviteter", "", 6, "2025-01-01", "per år"],
      [
        "Dörrknackning i varje valdistrikt minst 2 gånger under valåret",
        "aktiviteter",
        "",
        2,
        "2025-01-01",
        "2026",
      ],
      ["Andelen aktiva medlemmar ska öka", "övrigt", "", "", "", "2026"],
    ]);
  });

  it("gives the Activities tab 35 rows: dates from När, the recurring meeting without a term, undated ones linked to their goal", () => {
    expect(rows.activities).toHaveLength(35);
    const row = (what: string) => {
      const found = rows.activities.find((a) => a.what === what);
      return (
        found && [
          found.term,
          found.when,
          isoOfCell(found.start),
          isoOfCell(found.end),
          found.owner,
          found.goal,
        ]
      );
    };
    expect(row("Årsmöte med val av styrelse")).toEqual([
      "VT 2025",
      "Januari",
      "2025-01-01",
      "2025-01-31",
      "Ordförande",
      "",
    ]);
    expect(row("Styrelsen träffas")).toEqual([
      "",
      "den första måndagen varje månad utom juli",
      "2025-01-01",
      "2026-12-31",
      "",
      "",
    ]);
    expect(row("Värvningskampanj varje termin")).toEqual([
      "",
      "",
      "",
      "",
      "",
      "Öka antalet medlemmar med 15 % jämfört med den 31 december 2024",
    ]);
    expect(rows.activities.filter((a) => a.what === "Kretsmöte")).toHaveLength(9);
  });

  it("gives Membership its rows (targets are the tab's formulas) and People the board", () => {
    expect(
      rows.membership.map((m) => [m.constituency, isoOfCell(m.baselineDate), m.baseline, m.growth]),
    ).toEqual([
      ["Centrum", "2024-12-31", 212, 0.15],
      ["Norra", "2024-12-31", 88, 0.15],
      ["Södra", "2024-12-31", 131, 0.15],
      ["Västra", "2024-12-31", 47, 0.2],
      ["Ungdomsförbundet", "2024-12-31", 36, 0],
    ]);
    expect(rows.people[8]).toEqual({ role: "Kommunikationsansvarig", name: "Lena Sjöberg", contact: "" });
  });

  it("says the goal kinds in the sheet's language", () => {
    const english = plan(EMPTY, false, "en");
    expect(english.rows.goals.map((g) => g.kind).slice(2)).toEqual([
      "seats",
      "vote share",
      "members",
      "activities",
      "activities",
      "other",
    ]);
    expect(english.rows.goals[5].deadline).toBe("per year");
  });
});

describe("importing the same plan again", () => {
  const first = plan(EMPTY);
  const again = plan(after(first.rows, first.period ?? undefined));

  it("writes nothing: every item is already in the plan, and the period stays", () => {
    expect(again.rows).toEqual({ goals: [], activities: [], membership: [], people: [] });
    // Each activity already there links to its sheet row (issue 12, item 8): the rows as the first import wrote them.
    const rows = again.preview.activities.flatMap((g) => g.items).map((item) => item.at?.row);
    expect(rows.every((row) => typeof row === "number" && row >= 2)).toBe(true);
    expect(new Set(rows).size).toBe(rows.length);
    expect(again.preview.toWrite).toBe(0);
    expect(again.present).toBe(8 + 35 + 5 + 9);
    expect(again.conflicts).toEqual([]);
    expect(again.period).toBeNull();
    expect(again.preview.period.change).toBe("keep");
  });
});

describe("conflicts and repeats", () => {
  it("lists a constituency or goal already there with other numbers, writing neither", () => {
    const first = plan(EMPTY);
    const on = after(first.rows, first.period ?? undefined);
    const membership = readMembership(
      tab(MEMBERSHIP_TAB, [
        { constituency: "Totalt" },
        { constituency: "centrum", baseline: 200, growth: 0.1 },
        { constituency: "Norra", baseline: 88, growth: 0.15 },
      ]),
    );
    const goals = readGoals(
      tab(GOALS_TAB, [{ goal: "Minst 9 mandat i kommunfullmäktige i valet 2026 (idag 7).", target: 8 }]),
    );
    const work = plan({ ...on, membership, goals });
    expect(statuses(work.preview.membership)).toEqual(["conflict", "present", "new", "new", "new"]);
    expect(work.rows.membership.map((m) => m.constituency)).toEqual(["Södra", "Västra", "Ungdomsförbundet"]);
    expect(work.preview.goals[2].status).toBe("conflict");
    expect(work.rows.goals.map((g) => g.goal)).not.toContain(
      "Minst 9 mandat i kommunfullmäktige i valet 2026 (idag 7)",
    );
    expect(work.conflicts.map((c) => c.message)).toEqual([
      "Mål, rad 2: Målet finns redan på rad 2 med målvärde 8; planen säger målvärde 9. Inget ändrades: rätta raden själv om planen ska gälla.",
      "Medlemmar, rad 3: Centrum finns redan på rad 3 med medlemmar vid basdatum 200, tillväxt % 10 %; planen säger medlemmar vid basdatum 212, tillväxt % 15 %. Inget ändrades: rätta raden själv om planen ska gälla.",
    ]);
    // Each links to the row it names (issue 12, item 8).
    expect(work.conflicts.map((c) => c.link)).toEqual([
      { tab: "goals", row: 2, column: 1 },
      { tab: "membership", row: 3, column: 1 },
    ]);
    expect(work.preview.membership[0].problems[0]).toMatch(/^Centrum finns redan på rad 3/);
    // The preview links each to the sheet row that holds it (issue 12, item 8), a new one to none.
    expect(work.preview.membership.slice(0, 3).map((m) => m.at)).toEqual([
      { tab: "membership", row: 3, column: 1 },
      { tab: "membership", row: 4, column: 1 },
      undefined,
    ]);
    expect(work.preview.goals[2].at).toEqual({ tab: "goals", row: 2, column: 1 });
  });

  it("writes an activity the paste repeats once, and says where it stood first", () => {
    const text = "Vårtermin 2025\nNär?\tVad?\nmars\tStämma\nmars\tStämma\n";
    const work = planPastedImport(parsePlanDocument(text), EMPTY, "sv", { widenPeriod: false });
    expect(statuses(work.preview.activities[0].items)).toEqual(["new", "repeated"]);
    expect(work.preview.activities[0].items[1].problems[0]).toBe(
      "”Stämma” (mars) står redan på rad 3 i texten och importeras bara en gång.",
    );
    expect(work.rows.activities).toHaveLength(1);
  });

  it("tells lines it did not understand, with their line, apart from the items", () => {
    const text = "xq zz 12 ## ??\n\nVårtermin 2025\nNär?\tVad?\nmars\tStämma\n";
    const work = planPastedImport(parsePlanDocument(text), EMPTY, "sv", { widenPeriod: false });
    // A line of the pasted text, never to be taken for a sheet row (issue 12, item 8).
    expect(work.preview.problems).toEqual([
      "Rad 1 i texten: ”xq zz 12 ## ??” förstods inte och kom inte med.",
    ]);
    expect(work.preview.activities[0].items.map((i) => i.text)).toEqual(["Stämma"]);
  });
});

describe("the plan period", () => {
  /** A plan with one activity already typed and the period typed by a volunteer. */
  const typed = (first: Term, last: Term): PlanOnTabs => ({
    ...EMPTY,
    activities: readActivities(tab(ACTIVITIES_TAB, [{ term: "VT 2025", when: "jan", what: "Nyår" }])),
    period: { first, last },
    periodOwned: false,
  });

  it("offers to widen a typed period the paste's rows fall outside, and widens it only when asked", () => {
    const on = typed(VT(2025), HT(2025));
    const asked = plan(on);
    expect(asked.preview.period).toEqual({
      pasted: { first: "VT 2025", last: "HT 2026" },
      current: { first: "VT 2025", last: "HT 2025" },
      change: "widen",
      next: { first: "VT 2025", last: "HT 2026" },
    });
    expect(asked.period).toBeNull();
    // Rows outside the period are imported all the same, each told so.
    expect(asked.preview.activities[2].items[0].problems).toEqual([
      "VT 2026 ligger utanför planperioden VT 2025–HT 2025.",
    ]);
    const widened = plan(on, true);
    expect(widened.period).toEqual({ first: VT(2025), last: HT(2026) });
    expect(widened.preview.activities[2].items[0].problems).toEqual([]);
  });

  it("never narrows a period: a wider typed period is kept", () => {
    const work = plan(typed(VT(2024), HT(2027)), true);
    expect(work.preview.period.change).toBe("keep");
    expect(work.period).toBeNull();
  });

  it("keeps a plan with rows in it from being narrowed to the paste, even while its period is the add-on's", () => {
    const old = readActivities(tab(ACTIVITIES_TAB, [{ term: "VT 2023", when: "mars", what: "Gammal" }]));
    const work = plan({ ...EMPTY, activities: old, period: null });
    expect(work.preview.period.change).toBe("set");
    expect(work.period).toEqual({ first: VT(2023), last: HT(2026) });
  });
});
