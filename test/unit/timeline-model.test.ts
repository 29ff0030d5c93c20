// The timeline's span and groups: it covers every dated activity whatever Settings says, and lists undated ones apart.
import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import { formatTerm } from "../../src/core/calendar/terms";
import { specColumns } from "../../src/core/layout/columns";
import { ACTIVITIES_TAB, headers } from "../../src/core/layout/tabs";
import { type Activity, readActivities } from "../../src/core/records/activity-record";
import { tabGrid } from "../../src/core/records/tab-grid";
import { renderTimeline } from "../../src/core/timeline/grid";
import { COL, helperColumn, ROW, SHAPE_CODE } from "../../src/core/timeline/layout";
import { buildTimeline, groupLabel, periodOf } from "../../src/core/timeline/model";
import { MAX_TIMELINE_TERMS, widthProblem } from "../../src/core/timeline/width";
import { rowsOf } from "../support/plan-values";

const VT25 = { season: "VT", year: 2025 } as const;
const HT26 = { season: "HT", year: 2026 } as const;

/** Activities as the tab holds them: Term, När, Start, End, Vad (Start and End typed when given). */
function activities(rows: ReadonlyArray<readonly [string, string, string, string, string]>): Activity[] {
  const cells = rows.map(([term, when, start, end, what]) => ({
    term,
    when,
    start: start ? calendarDate(start) : "",
    end: end ? calendarDate(end) : "",
    what,
  }));
  const values = [headers(ACTIVITIES_TAB, "sv"), ...rowsOf(ACTIVITIES_TAB, cells)];
  return readActivities(tabGrid(ACTIVITIES_TAB, "Aktiviteter", values), { first: VT25, last: HT26 });
}

const span = (input: Parameters<typeof periodOf>[0]) => {
  const { first, last } = periodOf(input);
  return `${formatTerm(first)}–${formatTerm(last)}`;
};

const input = (list: Activity[], first = VT25 as typeof VT25 | null, last = HT26 as typeof HT26 | null) => ({
  activities: list,
  firstTerm: first,
  lastTerm: last,
  elections: [],
  today: "2025-03-01",
});

describe("the timeline's months", () => {
  it("are the Settings period when every activity lies inside it", () => {
    expect(span(input(activities([["VT 2025", "mars", "", "", "Stämma"]])))).toBe("VT 2025–HT 2026");
  });

  it("widen to a dated activity before or after the period, never narrowing it", () => {
    const list = activities([
      ["HT 2024", "nov", "", "", "Förberedelse"],
      ["", "", "2027-02-01", "2027-02-03", "Typat datum"],
      ["VT 2025", "", "", "", "Utan datum"],
    ]);
    expect(span(input(list))).toBe("HT 2024–VT 2027");
  });

  it("refuse a date past ten years (a typo) by naming the activity's cell, so the timeline stays years, not centuries", () => {
    // Before: such a row was left out of the span silently; a date within twenty years still widened it.
    const list = activities([
      ["VT 2025", "mars", "", "", "Stämma"],
      ["", "1 maj 2205", "", "", "Stavfel"],
      ["", "", "2025-02-01", "2041-02-03", "Typat datum"],
    ]);
    const problem = widthProblem(input(list));
    expect(problem).toMatchObject({ kind: "activity", source: "when", terms: 2205 * 2 - 2025 * 2 + 1 });
    expect(problem?.kind === "activity" && problem.activity.what).toBe("Stavfel");
    const typed = widthProblem(input(list.filter((a) => a.what !== "Stavfel")));
    expect(typed?.kind === "activity" && [typed.source, typed.activity.what]).toEqual(["end", "Typat datum"]);
    expect(() => buildTimeline(input(list))).toThrow(RangeError);
  });

  it("refuse a Settings period past ten years at the end farther from today, and take ten years exactly", () => {
    const HT2205 = { season: "HT", year: 2205 } as const;
    expect(widthProblem(input([], VT25, HT2205 as unknown as typeof HT26))).toMatchObject({
      kind: "settings",
      source: "lastTerm",
      terms: 362,
    });
    const VT1900 = { season: "VT", year: 1900 } as const;
    expect(widthProblem(input([], VT1900 as unknown as typeof VT25, HT26))).toMatchObject({
      kind: "settings",
      source: "firstTerm",
    });
    const HT2034 = { season: "HT", year: 2034 } as const;
    const tenYears = input(
      activities([["HT 2034", "dec", "", "", "Sist"]]),
      VT25,
      HT2034 as unknown as typeof HT26,
    );
    expect(MAX_TIMELINE_TERMS).toBe(20);
    expect(widthProblem(tenYears)).toBeNull();
    expect(buildTimeline(tenYears).months).toHaveLength(120);
  });

  it("follow the activities' terms without a period in Settings, and today's term without activities", () => {
    const list = activities([
      ["HT 2025", "okt", "", "", "A"],
      ["VT 2026", "mars", "", "", "B"],
    ]);
    expect(span(input(list, null, null))).toBe("HT 2025–VT 2026");
    expect(span(input([], null, null))).toBe("VT 2025–VT 2025");
  });
});

describe("undated activities on the timeline", () => {
  const list = activities([
    ["", "", "", "", "Värvningskampanj varje termin"],
    ["VT 2025", "mars", "", "", "Stämma"],
    ["VT 2025", "", "", "", "Live-sändning"],
    ["", "den första måndagen varje månad utom juli", "", "", "Styrelsen träffas"],
    ["", "snart", "", "", "Oklart"],
  ]);
  const model = buildTimeline(input(list));

  it("come last, in a group of their own, and the recurring meeting is dated over the plan period", () => {
    const words = { noTerm: "Utan termin", undated: "Utan datum" };
    expect(model.groups.map((g) => [groupLabel(g, words), g.activities.map((a) => a.what)])).toEqual([
      ["VT 2025", ["Styrelsen träffas", "Stämma"]],
      ["Utan termin", ["Oklart"]],
      ["Utan datum", ["Värvningskampanj varje termin", "Live-sändning"]],
    ]);
  });

  it("get no bar and no mark in their months, only their row under “Utan datum”", () => {
    const grid = renderTimeline(model, {
      language: "sv",
      organisation: "Kretsen",
      activitiesRef: "'Aktiviteter'",
      activitiesTabName: "Aktiviteter",
      generatedOn: "2025-03-01",
      todayName: "PlanToday",
      activityColumns: specColumns(ACTIVITIES_TAB).column,
    });
    const body = grid.values.slice(ROW.firstBody - 1);
    const header = body.findIndex((row) => row[COL.what - 1] === "Utan datum");
    expect(header).toBeGreaterThan(0);
    const months = model.months.length;
    const shape = helperColumn("shape", months) - 1;
    for (const row of body.slice(header + 1)) {
      expect(row.slice(COL.firstMonth - 1, COL.firstMonth - 1 + months).every((v) => v === "")).toBe(true);
      expect(row[shape]).toBe(SHAPE_CODE.none);
    }
    const unreadable = body.find((row) => row[COL.what - 1] === "Oklart");
    expect(unreadable?.[COL.firstMonth - 1]).toMatch(/^⚠ ”snart” går inte att läsa/);
    expect(body.slice(header + 1).map((row) => row[COL.what - 1])).toEqual([
      "Värvningskampanj varje termin",
      "Live-sändning",
    ]);
  });
});
