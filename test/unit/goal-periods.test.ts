// "Per termin" and "per år" goals: the period a goal's name gives, and counts per period.
import { describe, expect, it } from "vitest";
import { countActivities, countedUnits } from "../../src/core/targets/activity-count";
import { countPerPeriod, goalPeriodUnit, periodText } from "../../src/core/targets/goal-periods";

describe("goalPeriodUnit", () => {
  it("reads per term and per year from the goal's name, as plans write it", () => {
    expect(goalPeriodUnit("Ny i C 2 gånger per termin")).toBe("term");
    expect(goalPeriodUnit("En värvningskampanj varje termin")).toBe("term");
    expect(goalPeriodUnit("Ny i C fyra gånger per år")).toBe("year");
    expect(goalPeriodUnit("Två medlemsmöten om året")).toBe("year");
    expect(goalPeriodUnit("Ny i C fyra ganger per ar")).toBe("year"); // a PDF lost the å
    expect(goalPeriodUnit("Two meetings per term")).toBe("term");
  });

  it("gives null for a goal counted over its whole period", () => {
    for (const name of ["Minst 10 medlemsaktiviteter", "Minst två kampanjer", "Arbetsgrupp per arbetsområde"])
      expect(goalPeriodUnit(name)).toBeNull();
  });
});

describe("countPerPeriod", () => {
  const terms = ["VT 2025", "VT 2025", "HT 2025", "HT 2026", "HT 2026"];
  const whats = ["Ny i C", "Ny i C", "Ny i C", "Ny i C", "Ny i C"];
  const whens = ["Feb", "Maj", "2 gånger per termin", "Sep", "Nov"];
  const dones = [true, true, true, false, false];
  const units = countedUnits(terms, whats, "Ny i C", { whens, dones });

  it("counts done and planned occurrences per term, every term of the period, empty ones too", () => {
    // Before: "Klart senast HT 2026" limited the count to that one term, 2 of the year's 6.
    expect(countActivities(terms, whats, "Ny i C", null, { whens })).toBe(6);
    expect(periodText(countPerPeriod(units, "term", "2025-01-01", "2026-12-31"))).toBe(
      "VT 2025: 2/2 · HT 2025: 2/2 · VT 2026: 0/0 · HT 2026: 0/2 · ",
    );
  });

  it("counts per year, by the date each occurrence falls on", () => {
    expect(periodText(countPerPeriod(units, "year", "2025-01-01", "2026-12-31"))).toBe(
      "2025: 4/4 · 2026: 0/2 · ",
    );
  });

  it("counts nothing outside the period, and no period when it ends before it starts", () => {
    expect(periodText(countPerPeriod(units, "term", "2026-01-01", "2026-06-30"))).toBe("VT 2026: 0/0 · ");
    expect(countPerPeriod(units, "year", "2026-01-01", "2025-01-01")).toEqual([]);
  });
});
