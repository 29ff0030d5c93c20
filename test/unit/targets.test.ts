// Membership targets: rounding half up without float noise, validation, gap, progress and the printed total.
import { describe, expect, it } from "vitest";
import { PlanError } from "../../src/core/i18n/errors";
import {
  cleanFloat,
  DEFAULT_ROUNDING,
  memberGap,
  memberProgress,
  memberTarget,
  parseRounding,
  roundTo,
  totalTarget,
} from "../../src/core/targets/targets";

function keyOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof PlanError ? error.key : `not a PlanError: ${String(error)}`;
  }
  return "no error";
}

describe("memberTarget", () => {
  it("rounds 117 × 1.1 = 128.70000000000002 to 129", () => {
    expect(117 * 1.1).not.toBe(128.7);
    expect(memberTarget(117, 0.1)).toBe(129);
  });

  it("rounds exact halves up", () => {
    expect(memberTarget(5, 0.1)).toBe(6); // 5.5
    expect(memberTarget(25, 0.1)).toBe(28); // 27.5
    expect(memberTarget(15, 0.5)).toBe(23); // 22.5
    expect(memberTarget(45, 0.1)).toBe(50); // 49.50000000000001 and 49.5 alike
  });

  it("rounds halves up even when the product lands just below .5 in binary", () => {
    // 110 × 1.15 = 126.49999999999999 in floating point; the real value is 126.5.
    expect(110 * 1.15).toBeLessThan(126.5);
    expect(memberTarget(110, 0.15)).toBe(127);
    expect(memberTarget(50, 0.13)).toBe(57); // 56.49999999999999
    expect(memberTarget(25, 0.82)).toBe(46); // 45.49999999999999
  });

  it("keeps 0 % rows (sister organisations) and reaches 0 at −100 %", () => {
    expect(memberTarget(42, 0)).toBe(42);
    expect(memberTarget(42, -1)).toBe(0);
    expect(memberTarget(0, 0.1)).toBe(0);
  });

  it("rejects bases that are not whole counts ≥ 0 and growth outside −100 %…1000 %", () => {
    expect(keyOf(() => memberTarget(-1, 0.1))).toBe("errorBaseNotWholeCount");
    expect(keyOf(() => memberTarget(10.5, 0.1))).toBe("errorBaseNotWholeCount");
    expect(keyOf(() => memberTarget(Number.NaN, 0.1))).toBe("errorBaseNotWholeCount");
    expect(keyOf(() => memberTarget(10, -1.01))).toBe("errorGrowthOutOfRange");
    expect(keyOf(() => memberTarget(10, 10.5))).toBe("errorGrowthOutOfRange");
    expect(keyOf(() => memberTarget(10, Number.POSITIVE_INFINITY))).toBe("errorGrowthOutOfRange");
    expect(memberTarget(10, 10)).toBe(110);
  });

  it("rounds up, down or to a step when asked", () => {
    expect(memberTarget(117, 0.1, { mode: "up", step: 1 })).toBe(129);
    expect(memberTarget(117, 0.1, { mode: "down", step: 1 })).toBe(128);
    expect(memberTarget(117, 0.1, { mode: "nearest", step: 10 })).toBe(130);
    expect(memberTarget(110, 0.1, { mode: "down", step: 10 })).toBe(120); // 121 → 120
    expect(memberTarget(110, 0.0, { mode: "up", step: 10 })).toBe(110); // already a multiple
  });
});

describe("roundTo and cleanFloat", () => {
  it("removes float noise, keeps real decimals", () => {
    expect(cleanFloat(128.70000000000002)).toBe(128.7);
    expect(cleanFloat(0.1 + 0.2)).toBe(0.3);
    expect(cleanFloat(-0)).toBe(0);
    expect(Object.is(cleanFloat(-0), 0)).toBe(true);
  });

  it("rounds to a fractional step without noise", () => {
    expect(roundTo(0.34, { mode: "nearest", step: 0.1 })).toBe(0.3);
    expect(roundTo(0.35, { mode: "nearest", step: 0.1 })).toBe(0.4);
    expect(roundTo(2.5, DEFAULT_ROUNDING)).toBe(3);
  });
});

describe("parseRounding", () => {
  it("reads blank, modes in both languages, steps and combinations", () => {
    expect(parseRounding("")).toEqual(DEFAULT_ROUNDING);
    expect(parseRounding(undefined)).toEqual(DEFAULT_ROUNDING);
    expect(parseRounding("up")).toEqual({ mode: "up", step: 1 });
    expect(parseRounding("Uppåt")).toEqual({ mode: "up", step: 1 });
    expect(parseRounding("nedåt")).toEqual({ mode: "down", step: 1 });
    expect(parseRounding("närmast")).toEqual({ mode: "nearest", step: 1 });
    expect(parseRounding(10)).toEqual({ mode: "nearest", step: 10 });
    expect(parseRounding("up 10")).toEqual({ mode: "up", step: 10 });
    expect(parseRounding("5 ned")).toEqual({ mode: "down", step: 5 });
    expect(parseRounding("0,5")).toEqual({ mode: "nearest", step: 0.5 });
  });

  it("rejects anything else", () => {
    for (const bad of ["sideways", "up down", "0", -10, 0, true, "10 20", Number.NaN, [[1]]]) {
      expect(keyOf(() => parseRounding(bad))).toBe("errorRoundingUnknown");
    }
  });
});

describe("memberGap", () => {
  it("is target − current, never below 0", () => {
    expect(memberGap(129, 120)).toBe(9);
    expect(memberGap(129, 140)).toBe(0);
    expect(memberGap(0.3, 0.1)).toBe(0.2);
  });
});

describe("memberProgress", () => {
  it("is the share of the distance covered, for rising and falling goals", () => {
    expect(memberProgress(100, 105, 110)).toBe(0.5);
    expect(memberProgress(100, 100, 110)).toBe(0);
    expect(memberProgress(50, 45, 40)).toBe(0.5);
  });

  it("is not clamped: past the target above 1, losses below 0", () => {
    expect(memberProgress(100, 120, 110)).toBe(2);
    expect(memberProgress(100, 90, 110)).toBe(-1);
  });

  it("is 1 or 0 when target equals baseline", () => {
    expect(memberProgress(100, 100, 100)).toBe(1);
    expect(memberProgress(100, 101, 100)).toBe(1);
    expect(memberProgress(100, 99, 100)).toBe(0);
  });
});

describe("totalTarget", () => {
  it("sums the rounded row targets, as plans print it", () => {
    // Each row: 5 × 1.1 = 5.5 → 6. Three rows: 18; the rounded raw total would be round(16.5) = 17.
    const rows = [
      { base: 5, growth: 0.1 },
      { base: 5, growth: 0.1 },
      { base: 5, growth: 0.1 },
    ];
    expect(totalTarget(rows)).toBe(18);
    expect(Math.round(rows.reduce((sum, row) => sum + row.base * (1 + row.growth), 0))).toBe(17);
  });

  it("includes 0 % rows and is 0 for no rows", () => {
    expect(
      totalTarget([
        { base: 117, growth: 0.1 },
        { base: 30, growth: 0 },
      ]),
    ).toBe(159);
    expect(totalTarget([])).toBe(0);
  });
});
