// The sidebar's due and overdue lists are lists people can act on: dates with the year, one list per activity, oldest first.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate } from "../../src/core/calendar/dates";
import { buildDashboard } from "../../src/core/dashboard/dashboard";
import { agoText, dayWithYear } from "../../src/core/dashboard/due-text";
import { ACTIVITIES_TAB, GOALS_TAB, headers, MEMBERSHIP_TAB, SETTINGS_TAB } from "../../src/core/layout/tabs";
import type { PlanRecords } from "../../src/core/records/plan-records";
import { activityRow, recordsOf } from "../support/plan-values";

const row = (term: string, when: string, what: string, start = "", end = "") =>
  activityRow(term, when, what, false, start, end);

function plan(rows: readonly (readonly unknown[])[]): PlanRecords {
  return recordsOf({
    goals: { name: "Mål", values: [headers(GOALS_TAB, "sv")] },
    activities: { name: "Aktiviteter", values: [headers(ACTIVITIES_TAB, "sv"), ...rows] },
    membership: { name: "Medlemmar", values: [headers(MEMBERSHIP_TAB, "sv")] },
    settings: {
      name: "Inställningar",
      values: [
        headers(SETTINGS_TAB, "sv"),
        ["Första termin", "VT 2024", ""],
        ["Sista termin", "HT 2025", ""],
      ],
    },
  });
}

describe("due and overdue items (issue 12, item 5)", () => {
  // The case: "Ledarkonferens · Jan · Skulle vara klar 31 jan." twice, once for 2024 and once for 2025.
  const rows = [
    row("VT 2025", "Jan", "Ledarkonferens"),
    row("VT 2024", "Jan", "Ledarkonferens"),
    row("VT 2025", "Mars", "Distriktsstämma"),
    row("VT 2025", "2 mars", "Möte tidigare i månaden"),
  ];

  it("shows each overdue date with its year and how long ago, oldest first", () => {
    const dash = buildDashboard({ plan: plan(rows), today: "2025-03-20", language: "sv" });
    expect(dash.overdue.map((a) => [a.what, a.due, a.link.row])).toEqual([
      ["Ledarkonferens", "Skulle vara klar 31 jan 2024, för 1 år sedan", 3],
      ["Ledarkonferens", "Skulle vara klar 31 jan 2025, för 1 månad sedan", 2],
      ["Möte tidigare i månaden", "Skulle vara klar 2 mars 2025, för 2 veckor sedan", 5],
    ]);
  });

  it("shows a due item's date with its year, in English too", () => {
    const sv = buildDashboard({ plan: plan(rows), today: "2025-03-20", language: "sv" });
    expect(sv.dueThisMonth.map((a) => [a.what, a.due])).toEqual([
      ["Distriktsstämma", "Klart senast 31 mars 2025"],
    ]);
    const en = buildDashboard({ plan: plan(rows), today: "2025-03-20", language: "en" });
    expect(en.dueThisMonth[0].due).toBe("Due 31 Mar 2025");
    expect(en.overdue[0].due).toBe("Due 31 Jan 2024, 1 year ago");
  });

  it("puts an activity that ended earlier this month under overdue only", () => {
    const dash = buildDashboard({ plan: plan(rows), today: "2025-03-20", language: "sv" });
    expect(dash.dueThisMonth.map((a) => a.what)).not.toContain("Möte tidigare i månaden");
    expect(dash.overdue.map((a) => a.what)).toContain("Möte tidigare i månaden");
  });

  it("lists any plan's activities in one list at most, overdue oldest first, every date with its year", () => {
    const day = fc.integer({ min: 0, max: 730 }).map((n) => addDays("2024-01-01", n));
    const span = fc
      .tuple(day, fc.integer({ min: 0, max: 90 }))
      .map(([start, length]) => [start, addDays(start, length)]);
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 25 }),
        day,
        fc.constantFrom("sv" as const, "en" as const),
        (spans, today, language) => {
          const dash = buildDashboard({
            plan: plan(spans.map(([start, end], i) => row("", "", `A${i}`, start, end))),
            today,
            language,
          });
          const dueRows = dash.dueThisMonth.map((a) => a.link.row);
          const overdueRows = dash.overdue.map((a) => a.link.row);
          expect(dueRows.filter((r) => overdueRows.includes(r))).toEqual([]);
          const ends = dash.overdue.map((a) => a.end ?? "");
          expect(ends).toEqual([...ends].sort());
          for (const item of [...dash.dueThisMonth, ...dash.overdue]) {
            expect(item.due).toContain(String(item.end).slice(0, 4));
            expect(item.due).toContain(dayWithYear(item.end as IsoDate, language));
          }
          for (const item of dash.overdue) expect(String(item.end) < today).toBe(true);
          for (const item of dash.dueThisMonth) expect(String(item.end) >= today).toBe(true);
        },
      ),
    );
  });
});

describe("agoText", () => {
  it("says how long ago in the largest whole unit, Swedish and English", () => {
    const cases: Array<[IsoDate, IsoDate, string, string]> = [
      ["2025-03-19", "2025-03-20", "för 1 dag sedan", "1 day ago"],
      ["2025-03-14", "2025-03-20", "för 6 dagar sedan", "6 days ago"],
      ["2025-03-13", "2025-03-20", "för 1 vecka sedan", "1 week ago"],
      ["2025-02-27", "2025-03-20", "för 3 veckor sedan", "3 weeks ago"],
      ["2025-02-20", "2025-03-20", "för 1 månad sedan", "1 month ago"],
      ["2024-12-31", "2025-03-20", "för 2 månader sedan", "2 months ago"],
      ["2024-03-21", "2025-03-20", "för 11 månader sedan", "11 months ago"],
      ["2024-03-20", "2025-03-20", "för 1 år sedan", "1 year ago"],
      ["2021-01-31", "2025-03-20", "för 4 år sedan", "4 years ago"],
    ];
    for (const [date, today, sv, en] of cases) {
      expect([date, agoText(date, today, "sv")]).toEqual([date, sv]);
      expect([date, agoText(date, today, "en")]).toEqual([date, en]);
    }
  });
});
