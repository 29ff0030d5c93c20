// A timeline for people (issue 12, item 7): helpers out of sight, no English words, clipped text, a light span for a count.
import { describe, expect, it } from "vitest";
import { STATUS_COLORS } from "../../src/core/timeline/colors";
import { COL, HELPERS, helperColumn, LEGEND_COLUMNS, ROW } from "../../src/core/timeline/layout";
import { monthColumn } from "../support/timeline-months";
import { put, setToday, sheet, workbook } from "../support/workbook";

const LONG_OWNER = "Valkretsansvarig Nord, Nordost, Nordväst, Ost, Sydost, Sydväst";

function generated(last = "HT 2024") {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([["VT 2024"], [last]]);
  setToday(wb, "Inställningar", new Date(2024, 9, 15));
  put(
    wb,
    "Aktiviteter",
    [
      ["VT 2024", "2 gånger per termin", "", "", "Ny i C", "Nya medlemmar", "Ombudsman", false],
      ["VT 2024", "Maj", "", "", "Träff regionvalkrets", "Representanter", LONG_OWNER, false],
      ["HT 2024", "den första måndagen varje månad", "", "", "Ringkväll", "Medlemmar", "DS", false],
    ],
    2,
  );
  wb.ctx.generateTermTimeline();
  return wb;
}

describe("the generated timeline, as a volunteer sees it", () => {
  const wb = generated();
  const timeline = sheet(wb, "Tidslinje");
  const values = timeline.getDataRange().getDisplayValues();
  const row = (what: string) => values.findIndex((r) => r[COL.what - 1] === what);

  it("hides every helper column, and shows every month and the legend", () => {
    // Before: the helpers showed raw serials (45658), TRUE/FALSE and span / points / term.
    const hidden = (column: number) => timeline.isColumnHiddenByUser(column);
    expect(HELPERS.map((h) => hidden(helperColumn(h, 12)))).toEqual(HELPERS.map(() => true));
    const visible = Array.from({ length: COL.firstMonth - 1 + LEGEND_COLUMNS }, (_, i) => i + 1);
    expect(visible.filter(hidden)).toEqual([]);
    expect(timeline.isRowHiddenByUser(ROW.monthDates)).toBe(true);
  });

  it("has no English word in any cell of a Swedish timeline, hidden or not", () => {
    const english = /\b(span|points|term|none|TRUE|FALSE|helper)\b/;
    const found = values.flatMap((r, i) =>
      r.flatMap((cell, c) => (english.test(cell) ? [`${i + 1}:${c + 1} ${cell}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it("clips Vad, Ansvarig and Klar at their borders from the header down", () => {
    const body = timeline.getRange(ROW.header, COL.what, values.length - ROW.header + 1, COL.done);
    const strategies = body.getWrapStrategies().flat().map(String);
    expect(new Set(strategies)).toEqual(new Set(["CLIP"]));
    expect(values[row("Träff regionvalkrets")][COL.owner - 1]).toBe(LONG_OWNER);
  });

  it("draws “2 gånger per termin” as a light span over the term, with no invented day", () => {
    // Before: marks on 1 January and 1 April, dates the plan never gave.
    const r = row("Ny i C");
    const months = ["jan", "feb", "mars", "apr", "maj", "juni"].map((m) => monthColumn(values, `${m} 2024`));
    const colours = wb.emu.visibleBackgrounds("Tidslinje")[r];
    expect(months.map((c) => colours[c])).toEqual(months.map(() => STATUS_COLORS.late.approximate));
    expect(months.map((c) => values[r][c])).toEqual(months.map(() => ""));
    expect(colours[monthColumn(values, "juli 2024")]).not.toBe(STATUS_COLORS.late.approximate);
  });

  it("still marks the days a recurrence names (the first Monday of each month)", () => {
    const r = row("Ringkväll");
    expect(values[r][monthColumn(values, "nov 2024")]).toBe("4");
  });
});

describe("a timeline generated again over another period", () => {
  it("shows the columns its old helpers stood in, and hides the new ones", () => {
    const wb = generated();
    sheet(wb, "Inställningar").getRange("B4").setValue("HT 2025");
    wb.load().generateTermTimeline();
    const timeline = sheet(wb, "Tidslinje");
    const hidden = (column: number) => timeline.isColumnHiddenByUser(column);
    const months = Array.from({ length: 24 }, (_, i) => COL.firstMonth + i);
    expect(months.filter(hidden)).toEqual([]);
    expect(HELPERS.every((h) => hidden(helperColumn(h, 24)))).toBe(true);
  });
});
