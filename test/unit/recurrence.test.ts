// Unit tests for recurrence expansion: spreading N per period, every nth weekday, nth weekday of each month.
import { describe, expect, it } from "vitest";
import { weekday } from "../../src/core/calendar/dates";
import { weekdayFromWord } from "../../src/core/calendar/weekdays";
import {
  countPerUnit,
  everyNthWeekday,
  nthWeekdayOfMonths,
  periodsWithin,
  spreadEvenly,
} from "../../src/core/when/recurrence";
import { readRecurrence } from "../../src/core/when/recurrence-text";

const YEAR_2024 = { start: "2024-01-01", end: "2024-12-31" };
const VT_2024 = { start: "2024-01-01", end: "2024-06-30" };
const HT_2024 = { start: "2024-07-01", end: "2024-12-31" };

describe("spreadEvenly", () => {
  it("puts N ≤ months on the 1st of evenly spaced months", () => {
    expect(spreadEvenly(YEAR_2024, 4)).toEqual(["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"]);
    expect(spreadEvenly(VT_2024, 2)).toEqual(["2024-01-01", "2024-04-01"]);
    expect(spreadEvenly(HT_2024, 2)).toEqual(["2024-07-01", "2024-10-01"]);
    expect(spreadEvenly(VT_2024, 3)).toEqual(["2024-01-01", "2024-03-01", "2024-05-01"]);
    expect(spreadEvenly(YEAR_2024, 5)).toEqual([
      "2024-01-01",
      "2024-03-01",
      "2024-05-01",
      "2024-08-01",
      "2024-10-01",
    ]);
    expect(spreadEvenly(YEAR_2024, 1)).toEqual(["2024-01-01"]);
  });

  it("spreads by days when there are more occurrences than months", () => {
    const dates = spreadEvenly(VT_2024, 12);
    expect(dates).toHaveLength(12);
    expect(dates?.[0]).toBe("2024-01-01");
    expect(dates?.[1]).toBe("2024-01-16");
    expect(new Set(dates).size).toBe(12);
  });

  it("crosses a year end in whole months", () => {
    expect(spreadEvenly({ start: "2024-11-01", end: "2025-02-28" }, 2)).toEqual(["2024-11-01", "2025-01-01"]);
  });

  it("refuses counts that make no sense", () => {
    expect(spreadEvenly(YEAR_2024, 0)).toBeNull();
    expect(spreadEvenly(YEAR_2024, -1)).toBeNull();
    expect(spreadEvenly(YEAR_2024, 1.5)).toBeNull();
    expect(spreadEvenly(YEAR_2024, 367)).toBeNull();
    expect(spreadEvenly({ start: "2024-01-01", end: "2024-01-03" }, 4)).toBeNull();
  });
});

describe("periodsWithin / countPerUnit", () => {
  it("splits a term into months and clipped ISO weeks", () => {
    expect(periodsWithin(VT_2024, "month")).toHaveLength(6);
    const weeks = periodsWithin({ start: "2024-01-03", end: "2024-01-20" }, "week");
    expect(weeks).toEqual([
      { start: "2024-01-03", end: "2024-01-07" },
      { start: "2024-01-08", end: "2024-01-14" },
      { start: "2024-01-15", end: "2024-01-20" },
    ]);
  });

  it("gives one occurrence on the 1st of every month", () => {
    expect(countPerUnit(HT_2024, "month", 1)).toEqual([
      "2024-07-01",
      "2024-08-01",
      "2024-09-01",
      "2024-10-01",
      "2024-11-01",
      "2024-12-01",
    ]);
  });

  it("gives two per month at the start and the middle", () => {
    const dates = countPerUnit({ start: "2024-02-01", end: "2024-03-31" }, "month", 2);
    expect(dates).toEqual(["2024-02-01", "2024-02-15", "2024-03-01", "2024-03-16"]);
  });
});

describe("everyNthWeekday", () => {
  it("every Monday of VT 2024", () => {
    const dates = everyNthWeekday(VT_2024, 1, 1) ?? [];
    expect(dates[0]).toBe("2024-01-01");
    expect(dates).toHaveLength(26);
    expect(dates.every((d) => weekday(d) === 1)).toBe(true);
  });

  it("every fourth Tuesday starts at the first Tuesday", () => {
    const dates = everyNthWeekday(VT_2024, 2, 4) ?? [];
    expect(dates.slice(0, 3)).toEqual(["2024-01-02", "2024-01-30", "2024-02-27"]);
    expect(dates.every((d) => weekday(d) === 2)).toBe(true);
  });

  it("refuses a bad weekday or interval", () => {
    expect(everyNthWeekday(VT_2024, 0, 1)).toBeNull();
    expect(everyNthWeekday(VT_2024, 8, 1)).toBeNull();
    expect(everyNthWeekday(VT_2024, 1, 0)).toBeNull();
  });
});

describe("nthWeekdayOfMonths", () => {
  it("first Tuesday and last Friday of each month", () => {
    expect(nthWeekdayOfMonths({ start: "2024-01-01", end: "2024-03-31" }, 2, 1)).toEqual([
      "2024-01-02",
      "2024-02-06",
      "2024-03-05",
    ]);
    expect(nthWeekdayOfMonths({ start: "2024-01-01", end: "2024-03-31" }, 5, -1)).toEqual([
      "2024-01-26",
      "2024-02-23",
      "2024-03-29",
    ]);
  });

  it("skips months without a fifth such day", () => {
    expect(nthWeekdayOfMonths({ start: "2024-01-01", end: "2024-03-31" }, 1, 5)).toEqual(["2024-01-29"]);
  });
});

describe("weekdayFromWord", () => {
  it.each([
    ["måndag", 1],
    ["Måndagar", 1],
    ["mandagen", 1],
    ["tisdag", 2],
    ["ons", 3],
    ["torsdagarna", 4],
    ["fredag", 5],
    ["lördag", 6],
    ["lordag", 6],
    ["söndag", 7],
    ["Tuesday", 2],
    ["sundays", 7],
  ])("%s → %i", (word, day) => {
    expect(weekdayFromWord(word)).toBe(day);
  });

  it("is null for other words", () => {
    expect(weekdayFromWord("vardag")).toBeNull();
    expect(weekdayFromWord("mars")).toBeNull();
  });
});

describe("readRecurrence", () => {
  const vt = { season: "VT", year: 2024 } as const;

  it("is null for texts that are not recurrences", () => {
    expect(readRecurrence("mars", vt)).toBeNull();
    expect(readRecurrence("en vecka", vt)).toBeNull();
    expect(readRecurrence("mandag", vt)).toBeNull();
  });

  it("needs a year", () => {
    expect(readRecurrence("4 ggr/ar", null)).toEqual({ ok: false, problem: "noYear" });
    expect(readRecurrence("mars", null)).toBeNull();
  });

  it("reads a period suffix", () => {
    const reading = readRecurrence("varje manad hela aret", vt);
    expect(reading?.ok && reading.occurrences).toHaveLength(12);
  });

  it("refuses absurd counts", () => {
    expect(readRecurrence("1000 ggr/ar", vt)).toEqual({ ok: false, problem: "unreadable" });
  });
});
