// The sidebar's overview from plain tab values: goals, members per constituency, due and overdue activities.
import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import { buildDashboard, planTerms } from "../../src/core/dashboard/dashboard";
import { ACTIVITIES_TAB, GOALS_TAB, headers, MEMBERSHIP_TAB, SETTINGS_TAB } from "../../src/core/layout/tabs";
import {
  exampleActivityRows,
  exampleGoalRows,
  exampleMembershipRows,
} from "../../src/core/records/example-plan";
import type { PlanRecords } from "../../src/core/records/plan-records";
import { NO_SETTINGS } from "../../src/core/records/settings-record";
import { activityRow, recordsOf, rowsOf, type TestPlanValues } from "../support/plan-values";

const settings = (first = "VT 2025", last = "HT 2026", today: unknown = "") => ({
  name: "Inställningar",
  values: [
    headers(SETTINGS_TAB, "sv"),
    ["Organisation", "Distriktet Exempellän", ""],
    ["Första termin", first, ""],
    ["Sista termin", last, ""],
    ["I dag", today, ""],
  ],
});

const activity = activityRow;

function plan(parts: Partial<TestPlanValues>): PlanRecords {
  return recordsOf({
    goals: { name: "Mål", values: [headers(GOALS_TAB, "sv")] },
    activities: { name: "Aktiviteter", values: [headers(ACTIVITIES_TAB, "sv")] },
    membership: { name: "Medlemmar", values: [headers(MEMBERSHIP_TAB, "sv")] },
    settings: settings(),
    ...parts,
  });
}

describe("buildDashboard: activities", () => {
  const activities = {
    name: "Aktiviteter",
    values: [
      headers(ACTIVITIES_TAB, "sv"),
      activity("VT 2025", "Jan", "Ledarkonferens"),
      activity("VT 2025", "Mars", "Distriktsstämma"),
      activity("VT 2025", "1 mars", "Kick-off", true),
      activity("VT 2025", "feb–april", "Medlemsvärvning"),
      activity("VT 2025", "Maj", "Ny i C"),
      activity("VT 2025", "2 mars", "Möte tidigare i månaden"),
      activity("VT 2025", "oläsligt", "Okänt datum"),
      activity("VT 2025", "oläsligt", "Datum i cellerna", false, "2025-03-10", "2025-03-12"),
    ],
  };
  const dash = buildDashboard({ plan: plan({ activities }), today: "2025-03-05", language: "sv" });

  it("lists open activities overlapping today's month that have not ended, by end date", () => {
    expect(dash.dueThisMonth.map((a) => a.what)).toEqual([
      "Datum i cellerna",
      "Distriktsstämma",
      "Medlemsvärvning",
    ]);
    expect(dash.dueThisMonth[1]).toMatchObject({
      when: "Mars",
      term: "VT 2025",
      owner: "Ombudsman",
      end: "2025-03-31",
      link: { tab: "activities", row: 3, column: 5 },
    });
  });

  it("lists open activities that ended before today as overdue (not also as due), never done ones", () => {
    expect(dash.overdue.map((a) => a.what)).toEqual(["Ledarkonferens", "Möte tidigare i månaden"]);
  });
});

describe("buildDashboard: membership", () => {
  const rows = [
    headers(MEMBERSHIP_TAB, "sv"),
    ["Totalt", "", "", 323, "", 350, 330, "", ""],
    ["Nord", "", "", 117, 0.1, "", 124, "", ""],
    ["Ost", "Krets A", "", 100, 0.1, "", 90, "", ""],
    ["Ost", "Krets B", "", 51, 0.1, "", 60, "", ""],
    ["", "Seniornätverket", "", 45, 0, "", 46, "", ""],
    ["Stad", "", "", 10, 0, "", 10, "", ""],
  ];
  const dash = buildDashboard({
    plan: plan({ membership: { name: "Medlemmar", values: rows } }),
    today: "2025-03-05",
    language: "sv",
  });

  it("rolls branches up into their constituency, sums rounded row targets and skips the total row", () => {
    expect(dash.membership).toEqual([
      {
        constituency: "Nord",
        current: 124,
        target: 129,
        link: { tab: "membership", row: 3, column: 1 },
      },
      {
        constituency: "Ost",
        current: 150,
        target: 110 + 56,
        link: { tab: "membership", row: 4, column: 1 },
      },
      {
        constituency: "Seniornätverket",
        current: 46,
        target: 45,
        link: { tab: "membership", row: 6, column: 1 },
      },
      {
        constituency: "Stad",
        current: 10,
        target: 10,
        link: { tab: "membership", row: 7, column: 1 },
      },
    ]);
  });
});

/** A Goals row from values by column id, blank elsewhere. */
const goalRow = (values: Partial<Record<string, unknown>>) =>
  GOALS_TAB.columns.map((column) => values[column.id] ?? "");

describe("buildDashboard: goals", () => {
  const goals = {
    name: "Mål",
    values: [
      headers(GOALS_TAB, "sv"),
      goalRow({
        goal: "Fler medlemmar",
        kind: "medlemmar",
        baseline: 100,
        target: 200,
        actual: 120,
        start: calendarDate("2025-01-01"),
        deadline: "2025-12-31",
      }),
      goalRow({
        goal: "Minst två Ny i C",
        kind: "aktiviteter",
        target: 2,
        deadline: "VT 2025",
        countsActivities: "Ny i C",
      }),
      goalRow({ goal: "Vara bäst", kind: "övrigt" }),
      goalRow({ goal: "Klart mål", kind: "mandat", baseline: 3, target: 4, actual: 4, deadline: "fel" }),
      goalRow({ kind: "mandat", target: 4 }),
    ],
  };
  const activities = {
    name: "Aktiviteter",
    values: [
      headers(ACTIVITIES_TAB, "sv"),
      activity("VT 2025", "Feb", "Ny i C", true),
      activity("HT 2025", "Sep", "Ny i C"),
      activity("VT 2025", "Jun", "ny i c (digitalt)"),
    ],
  };
  const dash = buildDashboard({ plan: plan({ goals, activities }), today: "2025-07-02", language: "sv" });

  it("computes progress and pace from the typed values, not formula results", () => {
    expect(dash.goals[0]).toMatchObject({
      name: "Fler medlemmar",
      kind: "medlemmar",
      progress: 0.2,
      statusCode: "behind",
      status: "Efter",
    });
    expect(dash.goals[0].link).toEqual({ tab: "goals", row: 2, column: 1 });
  });

  it("counts the ticked activities as done and every one as planned, the deadline term no filter", () => {
    // Before: the three planned rows, limited to the deadline's term VT 2025, counted 2 of 2: "Klar 100 %".
    expect(dash.goals[1]).toMatchObject({
      progress: 0.5,
      statusCode: "behind",
      status: "Efter",
      counts: { done: 1, planned: 3, target: 2, period: null, earlier: "" },
    });
  });

  it("leaves progress and status unknown when they can't be computed, and skips rows without a goal", () => {
    expect(dash.goals[2]).toMatchObject({ progress: null, statusCode: "unknown", status: "" });
    expect(dash.goals[3]).toMatchObject({ progress: 1, statusCode: "unknown" });
    expect(dash.goals).toHaveLength(4);
  });
});

describe("buildDashboard: goals without a number", () => {
  const goals = {
    name: "Mål",
    values: [
      headers(GOALS_TAB, "sv"),
      goalRow({
        goal: "Högre stöd i SCB:s mätning december 2020 än december 2019",
        compareWith: 5.1,
        actual: 5.6,
      }),
      goalRow({ goal: "Andelen nöjda medlemmar ska öka", compareWith: 72, actual: 70 }),
      goalRow({ goal: "Fler välfungerande föreningar", compareWith: 12 }),
      goalRow({
        goal: "Sveriges största Centerdistrikt 2026",
        manualStatus: "I fas",
        comment: "Näst störst i dag",
      }),
      goalRow({ goal: "Fler aktiva", manualStatus: "Behind" }),
      goalRow({ goal: "Vara det självklara valet" }),
    ],
  };
  const dash = buildDashboard({ plan: plan({ goals }), today: "2026-06-15", language: "sv" });

  it("judges a comparison goal on its two numbers: done above the value compared with, else behind", () => {
    // Before: no target, so no status at all for the whole term.
    expect(dash.goals.slice(0, 3).map((g) => [g.statusCode, g.status])).toEqual([
      ["done", "Klar"],
      ["behind", "Efter"],
      ["notStarted", "Ej påbörjad"],
    ]);
  });

  it("shows the status picked by hand, in either language, and none when none is picked", () => {
    expect(dash.goals.slice(3).map((g) => [g.statusCode, g.status, g.progress])).toEqual([
      ["onTrack", "I fas", null],
      ["behind", "Efter", null],
      ["unknown", "", null],
    ]);
  });
});

describe("buildDashboard: period and settings", () => {
  it("takes terms, current term and organisation from Settings", () => {
    const dash = buildDashboard({ plan: plan({}), today: "2025-09-01", language: "en" });
    expect(dash).toMatchObject({
      language: "en",
      organisation: "Distriktet Exempellän",
      today: "2025-09-01",
      terms: ["VT 2025", "HT 2025", "VT 2026", "HT 2026"],
      currentTerm: "HT 2025",
    });
  });

  it("preselects the first or last term when today is outside the plan, and works with no tabs at all", () => {
    expect(buildDashboard({ plan: plan({}), today: "2024-03-01", language: "sv" }).currentTerm).toBe(
      "VT 2025",
    );
    expect(buildDashboard({ plan: plan({}), today: "2027-03-01", language: "sv" }).currentTerm).toBe(
      "HT 2026",
    );
    const empty = buildDashboard({
      plan: { goals: null, activities: null, membership: null, settings: null },
      today: "2025-03-05",
      language: "sv",
    });
    expect(empty).toMatchObject({
      goals: [],
      membership: [],
      dueThisMonth: [],
      overdue: [],
      organisation: "",
    });
    expect(empty.terms).toEqual(["HT 2024", "VT 2025", "HT 2025", "VT 2026"]);
    expect(empty.currentTerm).toBe("VT 2025");
  });

  it("reads the date typed in Settings as the plan's today, and has four terms around today without a period", () => {
    const typed = plan({ settings: settings("VT 2025", "HT 2026", calendarDate("2025-05-01")) });
    expect(typed.settings?.settings.today).toBe("2025-05-01");
    expect(plan({}).settings?.settings.today).toBeNull();
    expect(planTerms(NO_SETTINGS, "2025-01-10")).toHaveLength(4);
  });
});

describe("buildDashboard on the example plan", () => {
  it("reads every goal, constituency and activity of the example", () => {
    const dash = buildDashboard({
      plan: plan({
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
      today: "2026-03-15",
      language: "sv",
    });
    // Eight goals and, since issue 14, the seat goal for Exempelkommun.
    expect(dash.goals).toHaveLength(9);
    // "2 gånger per termin", judged per term: in March 2026 both of VT 2026 are planned, not done; the terms of
    // 2025 were met. Before: every planned row counted as done, over the whole plan.
    expect(dash.goals.find((g) => g.name === "Ny i C 2 gånger per termin")).toMatchObject({
      progress: 0,
      statusCode: "behind",
      counts: { done: 0, planned: 2, target: 2, period: "VT 2026", earlier: "VT 2025: 2/2 · HT 2025: 2/2" },
    });
    expect(dash.membership).toHaveLength(7);
    expect(dash.membership[0]).toMatchObject({ constituency: "Nord", current: 124, target: 129 });
    expect(dash.dueThisMonth.map((a) => a.what)).toContain("Distriktsstämma med valmanifest");
    expect(dash.overdue.map((a) => a.what)).toContain("Styrelseutbildning");
  });
});
