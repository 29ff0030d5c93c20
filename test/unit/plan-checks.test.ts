// "Validate plan": each check finds its problem, localized and linked to the cell; a clean plan has none.
import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import { checkPlan, growthProblem, growthSeverity, percentText } from "../../src/core/checks/plan-checks";
import { ACTIVITIES_TAB, GOALS_TAB, headers, MEMBERSHIP_TAB, SETTINGS_TAB } from "../../src/core/layout/tabs";
import {
  exampleActivityRows,
  exampleGoalRows,
  exampleMembershipRows,
} from "../../src/core/records/example-plan";
import type { PlanRecords } from "../../src/core/records/plan-records";
import { recordsOf, rowsOf, type TestPlanValues } from "../support/plan-values";

const settings = {
  name: "Inställningar",
  values: [
    headers(SETTINGS_TAB, "sv"),
    ["Organisation", "X", ""],
    ["Första termin", "VT 2025", ""],
    ["Sista termin", "HT 2026", ""],
  ],
};

const act = (term: string, when: string, what: string, start = "", end = "") => [
  term,
  when,
  start ? calendarDate(start) : "",
  end ? calendarDate(end) : "",
  what,
  "",
  "",
  false,
  "",
];

const goalRow = (values: Partial<Record<string, unknown>>) =>
  GOALS_TAB.columns.map((c) => values[c.id] ?? "");

function plan(parts: Partial<TestPlanValues>): PlanRecords {
  return recordsOf({
    goals: { name: "Mål", values: [headers(GOALS_TAB, "sv")] },
    activities: { name: "Aktiviteter", values: [headers(ACTIVITIES_TAB, "sv")] },
    membership: { name: "Medlemmar", values: [headers(MEMBERSHIP_TAB, "sv")] },
    settings,
    ...parts,
  });
}

describe("checkPlan", () => {
  it("finds nothing wrong in the example plan", () => {
    const problems = checkPlan(
      plan({
        goals: {
          name: "Mål",
          values: [headers(GOALS_TAB, "sv"), ...rowsOf(GOALS_TAB, exampleGoalRows("sv"))],
        },
        activities: {
          name: "Aktiviteter",
          values: [headers(ACTIVITIES_TAB, "sv"), ...rowsOf(ACTIVITIES_TAB, exampleActivityRows())],
        },
        membership: {
          name: "Medlemmar",
          values: [headers(MEMBERSHIP_TAB, "sv"), ...rowsOf(MEMBERSHIP_TAB, exampleMembershipRows())],
        },
      }),
      "sv",
    );
    expect(problems).toEqual([]);
  });

  it("reports missing tabs and a missing plan period", () => {
    const problems = checkPlan(
      recordsOf({
        goals: null,
        activities: null,
        membership: { name: "Medlemmar", values: [] },
        settings: { name: "Settings", values: [headers(SETTINGS_TAB, "en"), ["First term", "", ""]] },
      }),
      "en",
    );
    expect(problems.map((p) => [p.severity, p.message, p.link])).toEqual([
      ["error", "The Goals tab is missing. Choose “Set up plan” in the menu.", null],
      ["error", "The Activities tab is missing. Choose “Set up plan” in the menu.", null],
      [
        "warning",
        "Settings, row 2: The plan period is missing: fill in First term and Last term on the Settings tab.",
        { tab: "settings", row: 2, column: 2 },
      ],
    ]);
  });

  it("warns of a plan period past the timeline's ten years at Sista termin, and takes ten years", () => {
    // Issue 11 (bounded work): the typo "HT 2205" is said by Validate before the timeline refuses it.
    const period = (last: string) => ({
      name: "Inställningar",
      values: [headers(SETTINGS_TAB, "sv"), ["Första termin", "VT 2025", ""], ["Sista termin", last, ""]],
    });
    const problems = checkPlan(plan({ settings: period("HT 2205") }), "sv");
    expect(problems.map((p) => [p.message, p.link])).toEqual([
      [
        "Inställningar, rad 3: Planperioden VT 2025–HT 2205 är 181 år lång; tidslinjen visar högst 10 år. Stämmer årtalen?",
        { tab: "settings", row: 3, column: 2 },
      ],
    ]);
    expect(checkPlan(plan({ settings: period("HT 2034") }), "sv")).toEqual([]);
  });

  it("checks activities: no Vad, bad or outside term, unreadable När, End before Start, duplicates", () => {
    const activities = {
      name: "Aktiviteter",
      values: [
        headers(ACTIVITIES_TAB, "sv"),
        act("VT 2025", "Mars", ""),
        act("Våren", "Mars", "Stämma"),
        act("VT 2024", "Mars", "Gammal"),
        act("VT 2025", "snart", "Oklart"),
        act("VT 2025", "snart", "Oklart med datum", "2025-03-01", "2025-03-02"),
        act("VT 2025", "Mars", "Baklänges", "2025-03-10", "2025-03-01"),
        act("VT 2025", "Mars", "Ny i C"),
        act("VT 2025", "mars", "ny i c"),
        act("VT 2025", "sep", "Utanför"),
      ],
    };
    const problems = checkPlan(plan({ activities }), "sv");
    const found = problems.map((p) => [p.severity, p.link?.row, p.link?.column, p.message]);
    expect(found).toEqual([
      ["error", 2, 5, "Aktiviteter, rad 2: Vad är tomt. Skriv vad aktiviteten är."],
      ["error", 3, 1, "Aktiviteter, rad 3: ”Våren” är ingen termin. Skriv t.ex. VT 2025 eller HT 2025."],
      ["warning", 4, 1, "Aktiviteter, rad 4: VT 2024 ligger utanför planperioden VT 2025–HT 2026."],
      ["error", 5, 2, expect.stringContaining("”snart” går inte att läsa som en tidpunkt")],
      ["warning", 6, 2, expect.stringContaining("”snart” går inte att läsa")],
      ["error", 7, 4, "Aktiviteter, rad 7: Slut (2025-03-01) kommer före Start (2025-03-10)."],
      ["warning", 9, 5, "Aktiviteter, rad 9: ”ny i c” (mars) står redan på rad 8."],
      ["warning", 10, 2, expect.stringContaining("”sep” ligger utanför terminen")],
    ]);
  });

  it("lets an undated activity and a term-less recurring meeting be: no När problem for either", () => {
    const activities = {
      name: "Aktiviteter",
      values: [
        headers(ACTIVITIES_TAB, "sv"),
        act("", "", "Värvningskampanj varje termin"),
        act("VT 2025", "", "Live-sändning via Facebook"),
        act("", "den första måndagen varje månad utom juli", "Styrelsen träffas"),
        act("", "mars", "Utan år"),
      ],
    };
    const problems = checkPlan(plan({ activities }), "sv");
    expect(problems.map((p) => [p.severity, p.link?.row, p.message])).toEqual([
      ["error", 5, expect.stringContaining("”mars” säger inte vilket år")],
    ]);
  });

  it("checks membership counts and growth, skipping the total row", () => {
    const membership = {
      name: "Medlemmar",
      values: [
        headers(MEMBERSHIP_TAB, "sv"),
        ["Nord", "", "", 117.5, 0.1, "", -3, "", ""],
        ["Ost", "", "", "117", 1.5, "", 10, "", ""],
        ["Syd", "", "", 10, 12, "", 10, "", ""],
        ["Väst", "", "", 10, "mycket", "", "", "", ""],
        ["Totalt", "", "", 254.5, "", "", 17, "", ""],
      ],
    };
    const problems = checkPlan(plan({ membership }), "sv");
    expect(problems.map((p) => [p.severity, p.link?.row, p.link?.column])).toEqual([
      ["error", 2, 4],
      ["error", 2, 7],
      ["error", 3, 4],
      ["warning", 3, 5],
      ["error", 4, 5],
      ["error", 5, 5],
    ]);
    expect(problems[3].message).toBe(
      "Medlemmar, rad 3: Tillväxten 150 % är ovanligt stor (mer än ±100 %). Stämmer den?",
    );
    expect(problems[4].message).toContain("1200 % ligger utanför −100 % till 1000 %");
  });

  it("checks goals: target without deadline, unreadable cells, reversed dates, activities goal with nothing to count", () => {
    const goals = {
      name: "Goals",
      values: [
        headers(GOALS_TAB, "en"),
        goalRow({ goal: "No deadline", kind: "seats", target: 4 }),
        goalRow({ goal: "Bad deadline", kind: "seats", target: 4, deadline: "soon" }),
        goalRow({ goal: "Reversed", target: 4, start: calendarDate("2026-01-01"), deadline: "2025" }),
        goalRow({ goal: "Count what?", kind: "activities", target: 4, deadline: "HT 2025" }),
        goalRow({ goal: "Bad target", target: "many", deadline: "2025" }),
        goalRow({ goal: "Words only" }),
        goalRow({ goal: "Higher than last year", compareWith: "last year's", actual: 5 }),
      ],
    };
    const problems = checkPlan(plan({ goals }), "en");
    expect(problems.map((p) => [p.severity, p.link?.row, p.link?.column, p.message])).toEqual([
      ["warning", 2, 7, "Goals, row 2: The goal “No deadline” has a target but no Deadline."],
      [
        "error",
        3,
        7,
        'Goals, row 3: Deadline must be a date, a year (2026) or a term (HT 2026), not "soon".',
      ],
      ["error", 4, 6, "Goals, row 4: The start (2026-01-01) must not come after the deadline (2025-12-31)."],
      ["warning", 5, 12, expect.stringContaining("“Count what?” counts activities but does not say which")],
      ["error", 6, 4, 'Goals, row 6: Target must be a number, not "many".'],
      // A comparison goal's "Compare with" is the number Actual is judged against.
      ["error", 8, 16, 'Goals, row 8: Compare with must be a number, not "last year\'s".'],
    ]);
  });
});

describe("growth limits", () => {
  it("is an error outside −100 %…1000 %, a warning beyond ±100 %", () => {
    expect([-1.01, -1, -0.5, 0, 1, 1.01, 10, 10.01].map(growthSeverity)).toEqual([
      "error",
      null,
      null,
      null,
      null,
      "warning",
      "warning",
      "error",
    ]);
    expect(percentText(-0.055, "sv")).toBe("−5,5 %");
    expect(growthProblem(2, "en")?.message).toBe(
      "The growth 200 % is unusually large (beyond ±100 %). Is it right?",
    );
  });
});
