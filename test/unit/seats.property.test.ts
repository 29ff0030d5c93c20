// Property tests of the seat math: every seat allocated, monotone in votes, matching a float reference, exact minimums.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Allocation, allocate } from "../../src/core/seats/allocation";
import { fractionOf } from "../../src/core/seats/exact";
import { extraVotesFor } from "../../src/core/seats/votes-needed";
import { stubAppsScript } from "../support/apps-script-stubs";
import { rightShapeOrOurMessage } from "../support/custom-function-inputs";
import { electionEntries } from "../support/entry-calls";

const ELECTION_FUNCTIONS = electionEntries();

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** An election: votes per party (small numbers make ties common), seats, threshold in whole percent, first divisor. */
const election = fc.record({
  votes: fc.oneof(
    fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 8 }),
  ),
  seats: fc.integer({ min: 0, max: 60 }),
  percent: fc.oneof(fc.constantFrom(0, 2, 3, 4, 12), fc.integer({ min: 0, max: 60 })),
  firstDivisor: fc.constantFrom(1, 1.2, 1.4, 2.5),
});
type Election = { votes: number[]; seats: number; percent: number; firstDivisor: number };

const rulesOf = (e: Election) => ({
  threshold: fractionOf(e.percent / 100),
  firstDivisor: fractionOf(e.firstDivisor),
});
const run = (e: Election): Allocation | null => allocate(e.votes.map(BigInt), e.seats, rulesOf(e));

/** Who passes, told independently of the code under test: votes, and votes × 100 ≥ percent × total. */
function passing(e: Election): boolean[] {
  const total = e.votes.reduce((a, b) => a + b, 0);
  return e.votes.map((v) => v > 0 && v * 100 >= e.percent * total);
}

/** The most seats a party may end with: its certain seats, plus one if it is in the lot. */
const most = (a: Allocation, i: number) => a.seats[i] + (a.tied[i] ? 1 : 0);

describe("allocate", () => {
  it("allocates every seat (some by lot) whenever a party passes the threshold, and none otherwise", () => {
    fc.assert(
      fc.property(election, (e) => {
        const result = run(e);
        const passes = passing(e);
        if (!passes.some(Boolean)) return result === null;
        if (!result) return false;
        const certain = result.seats.reduce((a, b) => a + b, 0);
        const tied = result.tied.filter(Boolean).length;
        return (
          certain + result.byLot === e.seats &&
          (result.byLot === 0 ? tied === 0 : tied > result.byLot) &&
          result.seats.every((s, i) => passes[i] || (s === 0 && !result.tied[i]))
        );
      }),
    );
  });

  it("never takes a seat from a party that gains votes, the others' votes unchanged", () => {
    fc.assert(
      fc.property(election, fc.nat(), fc.integer({ min: 1, max: 100_000 }), (e, pick, gain) => {
        const i = pick % e.votes.length;
        const before = run(e);
        const after = run({ ...e, votes: e.votes.map((v, j) => (j === i ? v + gain : v)) });
        // No allocation (nobody passes the threshold) is no seat for anyone.
        const certain = (a: Allocation | null) => (a ? a.seats[i] : 0);
        const atMost = (a: Allocation | null) => (a ? most(a, i) : 0);
        return certain(after) >= certain(before) && atMost(after) >= atMost(before);
      }),
      {
        // Seed 773583339: A's gain lifts the total so B and C fall below 45 %, and A is still below it too.
        examples: [[{ votes: [8589, 472504, 472504], seats: 3, percent: 45, firstDivisor: 1 }, 0, 96412]],
      },
    );
  });

  it("depends only on the proportions: multiplying every vote count changes nothing", () => {
    fc.assert(
      fc.property(election, fc.integer({ min: 2, max: 1000 }), (e, k) => {
        const scaled = run({ ...e, votes: e.votes.map((v) => v * k) });
        expect(scaled).toEqual(run(e));
      }),
    );
  });

  it("agrees with a float reference, the top comparison numbers taken from one sorted list, when no tie is near", () => {
    fc.assert(
      fc.property(election, (e) => {
        const passes = passing(e);
        const numbers = e.votes.flatMap((v, party) =>
          passes[party]
            ? Array.from({ length: e.seats + 1 }, (_, s) => ({
                party,
                value: v / (s === 0 ? e.firstDivisor : 2 * s + 1),
              }))
            : [],
        );
        numbers.sort((a, b) => b.value - a.value);
        const [last, next] = [numbers[e.seats - 1], numbers[e.seats]];
        if (!last || e.seats === 0 || (next && last.value - next.value < 1e-9 * last.value)) return true;
        const expected = e.votes.map((_, party) =>
          numbers.slice(0, e.seats).reduce((n, x) => n + (x.party === party ? 1 : 0), 0),
        );
        const result = run(e);
        return result !== null && result.byLot === 0 && result.seats.every((s, i) => s === expected[i]);
      }),
    );
  });
});

describe("extraVotesFor", () => {
  it("is the exact least: with it the party wins the seats for certain, with one vote fewer it does not", () => {
    fc.assert(
      fc.property(election, fc.nat(), fc.nat(), (e, pick, want) => {
        fc.pre(e.seats > 0 && e.percent < 100);
        const party = pick % e.votes.length;
        const wanted = 1 + (want % e.seats);
        const votes = e.votes.map(BigInt);
        const extra = extraVotesFor(votes, party, wanted, e.seats, rulesOf(e));
        const seatsWith = (x: bigint) =>
          allocate(
            votes.map((v, i) => (i === party ? v + x : v)),
            e.seats,
            rulesOf(e),
          )?.seats[party] ?? 0;
        return seatsWith(extra) >= wanted && (extra === BigInt(0) || seatsWith(extra - BigInt(1)) < wanted);
      }),
    );
  });
});

/** Values the election functions take, added to the shared junk. */
const ELECTION_CELLS = [
  "EU",
  "kyrkoval",
  "allmänna",
  "riksdag",
  101,
  16,
  4,
  0.04,
  "4 %",
  1.2,
  1.4,
  2024,
  2026,
];

/** Same shape out as `shapeFrom` came in: a single value for single values, else a grid of that shape. */
function shaped(result: unknown, shapeFrom: readonly unknown[], cell: (value: unknown) => boolean): boolean {
  const big = shapeFrom.find((a): a is unknown[][] => Array.isArray(a) && a.length * a[0].length > 1);
  const anyRange = shapeFrom.some(Array.isArray);
  if (!anyRange) return cell(result);
  if (!Array.isArray(result)) return false;
  const [rows, cols] = big ? [big.length, big[0].length] : [1, 1];
  return (
    result.length === rows &&
    result.every((row) => Array.isArray(row) && row.length === cols && row.every((value) => cell(value)))
  );
}

const isNumberOrEmpty = (v: unknown) => v === "" || (typeof v === "number" && Number.isFinite(v) && v >= 0);
const EXPECTED: Record<string, (result: unknown, args: readonly unknown[]) => boolean> = {
  ELECTION_DAY: (r, a) => shaped(r, a.slice(0, 2), (v) => v === "" || v instanceof Date),
  SEATS: (r, a) =>
    shaped(r, [a[0]], (v) => isNumberOrEmpty(v) || (typeof v === "string" && / \(by lot\)$/.test(v))),
  VOTES_FOR_SEATS: (r, a) => shaped(r, a.slice(1, 3), isNumberOrEmpty),
  SHARE_FOR_SEATS: (r, a) =>
    shaped(r, a.slice(1, 3), (v) => v === "" || (isNumberOrEmpty(v) && Number(v) <= 1)),
  // Two cells a goal (votes, share) side by side, always a grid; a goal's row may say in words what is missing.
  SEAT_GOAL_NEEDS: (r, a) => {
    const big = a.slice(0, 3).find((x): x is unknown[][] => Array.isArray(x) && x.length * x[0].length > 1);
    const [rows, cols] = big ? [big.length, big[0].length] : [1, 1];
    return (
      Array.isArray(r) &&
      r.length === rows &&
      r.every(
        (row) =>
          Array.isArray(row) &&
          row.length === 2 * cols &&
          row.every((v) => isNumberOrEmpty(v) || (typeof v === "string" && v.endsWith("."))),
      )
    );
  },
};

describe("every election function, for any input", () => {
  for (const point of ELECTION_FUNCTIONS) {
    it(`${point.name} returns the right shape or throws one of our messages, never a TypeError`, () => {
      const expectShape = EXPECTED[point.name];
      expect(expectShape).toBeDefined();
      fc.assert(rightShapeOrOurMessage(point, expectShape, ELECTION_CELLS), { numRuns: 400 });
    });
  }
});
