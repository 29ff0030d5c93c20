// Today stays live: moving "today" in Settings moves every goal's status and expected value at once, and no formula
// the add-on writes hands a volatile function (TODAY, NOW, RAND…) to a custom function, directly or through a cell.
import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTION_NAMES } from "../../src/core/functions/catalogue";
import { goalPace } from "../../src/core/targets/goal-pace";
import { setToday, sheet, type Workbook, workbook } from "../support/workbook";

const STATUS_WORDS = { done: "Klar", onTrack: "I fas", behind: "Efter", notStarted: "Ej påbörjad" } as const;
const iso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** Each goal with a target: what the sheet shows, and what goalPace says for that day. */
function statuses(wb: Workbook, today: string) {
  const goals = sheet(wb, "Mål");
  const values = goals.getDataRange().getValues();
  const header = values[0];
  const at = (name: string) => header.indexOf(name);
  return values.slice(1).flatMap((row) => {
    if (row[at("Målvärde")] === "" || row[at("Mål")] === "") return [];
    const start = row[at("Start (datum)")] as Date;
    const end = row[at("Klart senast (datum)")] as Date;
    const actual = row[at("Utfall")];
    const pace = goalPace({
      baseline: Number(row[at("Utgångsläge")] || 0),
      target: Number(row[at("Målvärde")]),
      actual: actual === "" ? null : Number(actual),
      start: iso(start),
      deadline: iso(end),
      today,
    });
    return [
      {
        goal: row[at("Mål")],
        shown: [row[at("Status")], row[at("Förväntat i dag")]],
        expected: [STATUS_WORDS[pace.status], pace.expected ?? ""],
      },
    ];
  });
}

describe("goal statuses follow today", () => {
  it("change when the Settings today moves, each as goalPace says, with no regeneration", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.insertExamplePlan();
    for (const day of ["2025-01-10", "2025-10-15", "2026-06-30", "2027-01-05"]) {
      const [y, m, d] = day.split("-").map(Number);
      setToday(wb, "Inställningar", new Date(y, m - 1, d));
      const rows = statuses(wb, day);
      expect(rows.length).toBeGreaterThanOrEqual(6);
      for (const row of rows) {
        expect(row.shown[0], `${row.goal} on ${day}`).toBe(row.expected[0]);
        if (row.expected[1] === "") expect(row.shown[1]).toBe("");
        else expect(row.shown[1] as number).toBeCloseTo(row.expected[1] as number, 6);
      }
    }
    // Late in the plan, an unreached seat goal is behind; early in it, not started.
    setToday(wb, "Inställningar", new Date(2027, 0, 5));
    const late = statuses(wb, "2027-01-05").map((r) => r.shown[0]);
    expect(late).toContain("Efter");
  });
});

describe("no formula of the add-on gives a custom function a volatile argument", () => {
  it("holds on every tab of the example plan and its timeline", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.insertExamplePlan();
    wb.ctx.generateTermTimeline();
    const named = new Map(wb.ss.getNamedRanges().map((r) => [r.getName(), r.getRange()]));
    const volatileCells = new Set<string>();
    for (const s of wb.ss.getSheets()) {
      s.getDataRange()
        .getFormulas()
        .forEach((row, r) => {
          row.forEach((f, c) => {
            if (/\b(TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY)\(/.test(f))
              volatileCells.add(`${s.getName()}!${r + 1}:${c + 1}`);
          });
        });
    }
    const calls = new RegExp(`\\b(${CUSTOM_FUNCTION_NAMES.join("|")})\\(`);
    let checked = 0;
    for (const s of wb.ss.getSheets()) {
      s.getDataRange()
        .getFormulas()
        .forEach((row) => {
          row.forEach((f) => {
            if (!calls.test(f)) return;
            checked++;
            expect(f).not.toMatch(/\b(TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY)\(/);
            for (const [name, range] of named) {
              if (!f.includes(name)) continue;
              const cell = `${range.getSheet().getName()}!${range.getRow()}:${range.getColumn()}`;
              expect(volatileCells.has(cell), `${f} reads ${name}`).toBe(false);
            }
          });
        });
    }
    // Membership: target, gap, progress and the total's gap and progress; Goals: progress, dates, two counts, and
    // (since issue 14) the seat goals' SEAT_GOAL_NEEDS.
    expect(checked).toBe(10);
  });
});
