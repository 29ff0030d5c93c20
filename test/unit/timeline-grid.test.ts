// renderTimeline names each election in its month and gives the full name in a notes grid shaped like the values.
import { describe, expect, it } from "vitest";
import type { Language } from "../../src/core/i18n/language";
import { specColumns } from "../../src/core/layout/columns";
import { ACTIVITIES_TAB } from "../../src/core/layout/tabs";
import type { Election } from "../../src/core/records/settings-record";
import { renderTimeline } from "../../src/core/timeline/grid";
import { COL, LEGEND_STEP, ROW, WIDTHS } from "../../src/core/timeline/layout";
import { buildTimeline } from "../../src/core/timeline/model";

function grid(elections: Election[], language: Language = "sv") {
  const model = buildTimeline({
    activities: [],
    firstTerm: { season: "VT", year: 2025 },
    lastTerm: { season: "HT", year: 2029 },
    elections,
    today: "2025-03-01",
  });
  return renderTimeline(model, {
    language,
    organisation: "Distriktet",
    activitiesRef: "'Aktiviteter'",
    activitiesTabName: "Aktiviteter",
    generatedOn: "2025-03-01",
    todayName: "PlanToday",
    activityColumns: specColumns(ACTIVITIES_TAB).column,
  });
}

/** The election row's cell for a month, 0-based from January 2025. */
const monthCell = (rows: readonly (readonly unknown[])[], monthsFromJan2025: number) =>
  rows[ROW.elections - 1][COL.firstMonth - 1 + monthsFromJan2025];

describe("election markers on the timeline", () => {
  // The Settings rows as a new plan writes them, one as a user types it, one the calendar cannot know.
  const elections: Election[] = [
    { label: "Kyrkoval 2025", date: "2025-09-21" },
    { label: "Riksdags-, region- och kommunval 2026", date: "2026-09-13" },
    { label: "EU-val 2029", date: "2029-06-10" },
    { label: "Extraval i Gotland", date: "2027-03-14" },
  ];
  const sv = grid(elections);

  it("names each election and its day in its month", () => {
    expect(monthCell(sv.values, 8)).toBe("Kyrkoval 21/9");
    expect(monthCell(sv.values, 20)).toBe("Val till riksdag, region och kommun 13/9");
    expect(monthCell(sv.values, 53)).toBe("Europaparlamentsval 10/6");
    expect(monthCell(sv.values, 26)).toBe("Extraval i Gotland 14/3");
  });

  it("puts the full name and date in the marker cell's note", () => {
    expect(monthCell(sv.notes, 8)).toMatch(/^Kyrkoval i Svenska kyrkan .*, 2025-09-21\.$/);
    expect(monthCell(sv.notes, 20)).toBe(
      "Allmänna val till riksdagen, regionfullmäktige och kommunfullmäktige, 2026-09-13. " +
        "Den nya riksdagen samlas 2026-09-28. Nya region- och kommunfullmäktige tillträder 2026-10-15.",
    );
    expect(monthCell(sv.notes, 53)).toBe("Val till Europaparlamentet, 2029-06-10.");
  });

  it("says it in English in English spreadsheets", () => {
    const en = grid(elections, "en");
    expect(monthCell(en.values, 8)).toBe("Church of Sweden election 21/9");
    expect(monthCell(en.values, 20)).toBe("General election (riksdag, region, kommun) 13/9");
    expect(monthCell(en.notes, 53)).toBe("Election to the European Parliament, 2029-06-10.");
  });

  it("has notes shaped like the values, empty everywhere but the markers", () => {
    expect(sv.notes.length).toBe(sv.values.length);
    sv.notes.forEach((row, r) => {
      expect(row.length).toBe(sv.values[r].length);
    });
    const filled = sv.notes.flatMap((row, r) => row.flatMap((note, c) => (note === "" ? [] : [[r, c]])));
    expect(filled).toHaveLength(4);
    expect(filled.every(([r]) => r === ROW.elections - 1)).toBe(true);
  });

  it("keeps both when two elections fall in one month", () => {
    const both = grid([
      { label: "Kyrkoval", date: "2029-09-16" },
      { label: "Extraval", date: "2029-09-30" },
    ]);
    expect(monthCell(both.values, 56)).toBe("Kyrkoval 16/9; Extraval 30/9");
    expect(String(monthCell(both.notes, 56)).split("\n")).toHaveLength(2);
  });

  it("leaves out elections outside the plan period", () => {
    const outside = grid([{ label: "", date: "2022-09-11" }]);
    expect(outside.values[ROW.elections - 1].filter((v) => v !== "").length).toBe(1); // the row's label only
    expect(outside.notes.flat().every((note) => note === "")).toBe(true);
  });
});

describe("header and legend labels fit their cells", () => {
  // A bold 10 pt character is at most about 8 px wide; a month column is WIDTHS.month px.
  const fits = (text: string, pixels: number) => text.length * 8 <= pixels;

  for (const language of ["sv", "en"] as const) {
    it(`has short month names with the year once per year, and a legend that fits, in ${language}`, () => {
      // Before: "mars 2025" in a 64 px column showed as "mars 202…", and "Approximate (lighter)" ran into the next label.
      const { values } = grid([], language);
      const months = values[ROW.header - 1].slice(COL.firstMonth - 1, COL.firstMonth - 1 + 60);
      expect(months.every((m) => typeof m === "string" && /^[A-Za-zå]{3,4}$/.test(m))).toBe(true);
      expect(months.filter((m) => fits(String(m), WIDTHS.month))).toHaveLength(60);
      const years = values[ROW.years - 1].filter((y) => y !== "");
      expect(years).toEqual([2025, 2026, 2027, 2028, 2029]);
      const legend = values[ROW.title - 1].slice(COL.firstMonth - 1).filter((v) => v !== "");
      expect(legend).toHaveLength(7);
      expect(legend.filter((label) => !fits(String(label), LEGEND_STEP * WIDTHS.month))).toEqual([]);
      const terms = values[ROW.terms - 1].filter((v) => v !== "");
      expect(terms.filter((label) => !fits(String(label), WIDTHS.month))).toEqual([]);
    });
  }
});
