// The example plan: its size, its spread over four terms, and every När in it readable under its term.
import { describe, expect, it } from "vitest";
import { parseTerm } from "../../src/core/calendar/terms";
import {
  EXAMPLE_ACTIVITIES,
  EXAMPLE_GOALS,
  EXAMPLE_MEMBERSHIP,
  exampleActivityRows,
  exampleGoalRows,
  exampleMembershipRows,
} from "../../src/core/records/example-plan";
import { memberTarget } from "../../src/core/targets/targets";
import { parseWhen } from "../../src/core/when/when";
import { isoOfCell } from "../support/plan-values";

describe("the example plan", () => {
  it("has about 30 activities over VT 2025–HT 2026, some done in 2025 and none done later", () => {
    expect(EXAMPLE_ACTIVITIES.length).toBeGreaterThanOrEqual(28);
    expect(EXAMPLE_ACTIVITIES.length).toBeLessThanOrEqual(34);
    expect(new Set(EXAMPLE_ACTIVITIES.map((a) => a.term))).toEqual(
      new Set(["VT 2025", "HT 2025", "VT 2026", "HT 2026"]),
    );
    expect(EXAMPLE_ACTIVITIES.filter((a) => a.done).length).toBeGreaterThan(5);
    expect(EXAMPLE_ACTIVITIES.filter((a) => a.done).every((a) => a.term.endsWith("2025"))).toBe(true);
  });

  it("reads every När with no problem and no warning", () => {
    for (const a of EXAMPLE_ACTIVITIES) {
      const parsed = parseWhen(a.when, parseTerm(a.term));
      expect(parsed, `${a.term} ${a.when}`).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it("shows the forms plans use: Ca. months, a day, a span, a week, a recurrence, election day", () => {
    const whens = EXAMPLE_ACTIVITIES.map((a) => a.when);
    for (const form of ["Ca. feb", "1 maj", "jan–mars", "v. 12", "2 gånger per termin", "13 sep"])
      expect(whens).toContain(form);
    for (const term of ["VT 2025", "HT 2025", "VT 2026", "HT 2026"]) {
      expect(EXAMPLE_ACTIVITIES.filter((a) => a.term === term && a.what === "Ny i C")).toHaveLength(2);
    }
  });

  it("has 6 constituencies and a sister organisation with 0 % growth, baseline 2024-12-31", () => {
    expect(EXAMPLE_MEMBERSHIP).toHaveLength(7);
    expect(EXAMPLE_MEMBERSHIP.filter((m) => m.branch === "")).toHaveLength(6);
    expect(EXAMPLE_MEMBERSHIP.find((m) => m.baseline === 117)).toMatchObject({ growth: 0.1 });
    expect(memberTarget(117, 0.1)).toBe(129);
    expect(EXAMPLE_MEMBERSHIP.at(-1)).toMatchObject({ growth: 0 });
    expect(EXAMPLE_MEMBERSHIP.every((m) => m.baselineDate === "2024-12-31")).toBe(true);
  });

  it("has 9 goals of every kind", () => {
    // The ninth: the seat goal for Exempelkommun with its election result (issue 14).
    expect(EXAMPLE_GOALS).toHaveLength(9);
    expect(new Set(EXAMPLE_GOALS.map((g) => g.kind))).toEqual(
      new Set(["kindSeats", "kindMembers", "kindActivities", "kindVoteShare", "kindOther"]),
    );
    expect(EXAMPLE_GOALS.map((g) => g.goal)).toContain("Minst 106 mandat i kommunvalet 2026");
    expect(EXAMPLE_GOALS.find((g) => g.goal === "Ny i C 2 gånger per termin")?.countsActivities).toBe(
      "Ny i C",
    );
  });

  it("gives rows by column, with calendar dates, kinds in the tab's language and goal links that exist", () => {
    const activities = exampleActivityRows();
    expect([isoOfCell(activities[0].start), isoOfCell(activities[0].end)]).toEqual([
      "2025-01-01",
      "2025-01-31",
    ]);
    const goalNames = new Set(EXAMPLE_GOALS.map((g) => g.goal));
    expect(activities.every((row) => row.goal === "" || goalNames.has(String(row.goal)))).toBe(true);
    expect(exampleMembershipRows().map((row) => isoOfCell(row.baselineDate))).toContain("2024-12-31");
    expect(exampleGoalRows("en").map((row) => row.kind)).toContain("vote share");
    expect(exampleGoalRows("sv").map((row) => row.kind)).toContain("väljarstöd");
  });
});
