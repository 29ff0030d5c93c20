// Edits typed faster than onEdit runs: Sheets delivers a few events and drops the rest, and the plan stays right.
import { describe, expect, it } from "vitest";
import { setToday, sheet, type Workbook, workbook } from "../support/workbook";

const TRIGGERS = "https://developers.google.com/apps-script/guides/triggers#restrictions";
const ROWS = 10;

/** A plan of ten autumn activities, each typed with När "sep" and its onEdit run. */
function autumnPlan(): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  const type = (tab: string, a1: string, value: string) =>
    expect(wb.emu.userEdit(wb.ctx, tab, a1, value), `${tab}!${a1} ${value}`).toMatchObject({
      accepted: true,
    });
  type("Inställningar", "B3", "VT 2025");
  type("Inställningar", "B4", "HT 2025");
  setToday(wb, "Inställningar", new Date(2025, 9, 15));
  for (let i = 0; i < ROWS; i++) {
    const row = i + 2;
    type("Aktiviteter", `A${row}`, "HT 2025");
    type("Aktiviteter", `E${row}`, `Aktivitet ${i + 1}`);
    type("Aktiviteter", `B${row}`, "sep");
  }
  wb.ctx.generateTermTimeline();
  return wb;
}

const moves = Array.from({ length: ROWS }, (_, i) => ({
  sheet: "Aktiviteter",
  a1: `B${i + 2}`,
  value: "nov",
}));

function startsAndEnds(wb: Workbook): unknown[][] {
  return sheet(wb, "Aktiviteter").getRange(2, 3, ROWS, 2).getDisplayValues();
}

function timeline(wb: Workbook) {
  return {
    shown: sheet(wb, "Tidslinje").getDataRange().getDisplayValues(),
    colours: wb.emu.visibleBackgrounds("Tidslinje"),
  };
}

describe("ten quick edits of När with few onEdit events delivered", () => {
  it(`bring every row's Start and End up to date: each delivered onEdit syncs the whole tab — ${TRIGGERS}`, () => {
    const wb = autumnPlan();
    const results = wb.emu.typeQuickly(wb.ctx, moves, { delivered: 2 });
    expect(results.filter((r) => r.delivered)).toHaveLength(2);
    expect(results.every((r) => r.accepted)).toBe(true);
    expect(startsAndEnds(wb)).toEqual(Array.from({ length: ROWS }, () => ["2025-11-01", "2025-11-30"]));
  });

  it(`with no event delivered, leave Start and End stale until the next command brings them up to date — ${TRIGGERS}`, () => {
    const wb = autumnPlan();
    const results = wb.emu.typeQuickly(wb.ctx, moves, { delivered: 0 });
    expect(results.filter((r) => r.delivered)).toHaveLength(0);
    expect(startsAndEnds(wb)).toEqual(Array.from({ length: ROWS }, () => ["2025-09-01", "2025-09-30"]));

    wb.load().generateTermTimeline();
    expect(startsAndEnds(wb)).toEqual(Array.from({ length: ROWS }, () => ["2025-11-01", "2025-11-30"]));
  });

  it(`give, even with no event delivered, the same timeline as ten edits each delivered: it never draws a stale date — ${TRIGGERS}`, () => {
    const quick = autumnPlan();
    quick.emu.typeQuickly(quick.ctx, moves, { delivered: 0 });
    quick.load().generateTermTimeline();

    const slow = autumnPlan();
    for (const move of moves) slow.emu.userEdit(slow.ctx, move.sheet, move.a1, move.value);
    slow.load().generateTermTimeline();

    expect(timeline(quick)).toEqual(timeline(slow));
    expect(timeline(quick).shown.flat().join(" ")).not.toMatch(/⚠/);
  });
});
