// Property tests: any input gives a result of the right shape or a localized error; MEMBER_TARGET rounds honestly.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ELECTION_FUNCTION_DOCS } from "../../src/core/functions/election-docs";
import { CUSTOM_FUNCTION_ENTRIES as CUSTOM_FUNCTIONS } from "../../src/entry/custom-functions";
import { type EntryPoint, invokeEntry } from "../../src/entry/entry-point";
import { stubAppsScript } from "../support/apps-script-stubs";
import { rightShapeOrOurMessage } from "../support/custom-function-inputs";

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

function point(name: string): EntryPoint {
  const found = CUSTOM_FUNCTIONS.find((p) => p.name === name);
  if (!found) throw new Error(`No custom function ${name}`);
  return found;
}

type CellCheck = (cell: unknown) => boolean;
const numberOrEmpty: CellCheck = (cell) => cell === "" || (typeof cell === "number" && Number.isFinite(cell));
const termText: CellCheck = (cell) =>
  cell === "" || (typeof cell === "string" && /^(VT|HT) \d{4}$/.test(cell));
const dateOrEmpty: CellCheck = (cell) => cell === "" || isDate(cell);
const paceCell: CellCheck = (cell) =>
  typeof cell === "string" || (typeof cell === "number" && Number.isFinite(cell));

/** Same shape out as in: a single value for single values, else a grid as tall as the input (width × `per`). */
function hasRightShape(
  result: unknown,
  args: readonly unknown[],
  arity: number,
  cell: CellCheck,
  per?: number,
): boolean {
  const used = args.slice(0, arity);
  const ranges = used.filter((arg): arg is unknown[][] => Array.isArray(arg));
  if (per === undefined && ranges.length === 0) return cell(result);
  if (!Array.isArray(result) || result.length === 0) return false;
  const big = ranges.find((r) => r.length * r[0].length > 1);
  const rows = big ? big.length : 1;
  const cols = (big ? big[0].length : 1) * (per ?? 1);
  return (
    result.length === rows &&
    result.every((row) => Array.isArray(row) && row.length === cols && row.every(cell))
  );
}

const EXPECTED: Record<string, (result: unknown, args: readonly unknown[]) => boolean> = {
  MEMBER_TARGET: (r, a) => hasRightShape(r, a, 3, numberOrEmpty),
  MEMBER_GAP: (r, a) => hasRightShape(r, a, 2, numberOrEmpty),
  MEMBER_PROGRESS: (r, a) => hasRightShape(r, a, 3, numberOrEmpty),
  GOAL_PACE: (r, a) => hasRightShape(r, a, 6, paceCell, 2),
  // GOAL_DATES's third argument is one cell (a range there is refused with our message), so only two shape it.
  GOAL_DATES: (r, a) => hasRightShape(r, a, 2, dateOrEmpty, 2),
  TERM_OF: (r, a) => hasRightShape(r, a, 1, termText),
  TERM_START: (r, a) => hasRightShape(r, a, 1, dateOrEmpty),
  TERM_END: (r, a) => hasRightShape(r, a, 1, dateOrEmpty),
  ACTIVITY_COUNT: (r) => typeof r === "number" && Number.isInteger(r) && r >= 0,
  // "" without dates, else "label: done/planned · " per period.
  ACTIVITY_PERIODS: (r) => typeof r === "string" && /^((VT |HT )?\d{4}: \d+\/\d+ · )*$/.test(r),
};

describe("every custom function, for any input", () => {
  // The election functions have their own property tests (seats.property.test.ts).
  for (const entryPoint of CUSTOM_FUNCTIONS.filter((p) => !Object.hasOwn(ELECTION_FUNCTION_DOCS, p.name))) {
    it(`${entryPoint.name} returns the right shape or throws one of our messages`, () => {
      const expectShape = EXPECTED[entryPoint.name];
      expect(expectShape).toBeDefined();
      fc.assert(rightShapeOrOurMessage(entryPoint, expectShape), { numRuns: 400 });
    });
  }
});

describe("MEMBER_TARGET", () => {
  const target = (base: number, growth: number): number =>
    invokeEntry(point("MEMBER_TARGET"), [base, growth]) as number;
  const base = fc.integer({ min: 0, max: 1_000_000 });
  const growth = fc.double({ min: -1, max: 10, noNaN: true });

  it("is monotone in base", () => {
    fc.assert(
      fc.property(base, base, growth, (a, b, g) => target(Math.min(a, b), g) <= target(Math.max(a, b), g)),
    );
  });

  it("is monotone in growth", () => {
    fc.assert(
      fc.property(base, growth, growth, (b, g, h) => target(b, Math.min(g, h)) <= target(b, Math.max(g, h))),
    );
  });

  it("is an integer within 0.5 of base × (1 + growth)", () => {
    fc.assert(
      fc.property(base, growth, (b, g) => {
        const result = target(b, g);
        return Number.isInteger(result) && Math.abs(result - b * (1 + g)) <= 0.5 + 1e-6;
      }),
    );
  });

  it("rounds exact halves up", () => {
    // base × (1 + p/100) for whole percents p: whenever the exact value ends in .5, the result is the next integer.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: -100, max: 1000 }), (b, p) => {
        const hundredths = b * (100 + p);
        const expected = Math.floor(hundredths / 100) + (hundredths % 100 >= 50 ? 1 : 0);
        return target(b, p / 100) === expected;
      }),
    );
  });
});
