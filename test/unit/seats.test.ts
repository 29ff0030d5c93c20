// Seat math worked by hand: jämkade uddatalsmetoden, thresholds, ties by lot, the 1.4 divisor, votes for a seat goal.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { allocate } from "../../src/core/seats/allocation";
import { fractionOf } from "../../src/core/seats/exact";
import { extraVotesFor } from "../../src/core/seats/votes-needed";
import { stubAppsScript } from "../support/apps-script-stubs";
import { callerOf, electionEntries, messageOf } from "../support/entry-calls";

const ELECTION_FUNCTIONS = electionEntries();

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const call = callerOf(ELECTION_FUNCTIONS);

const column = (...votes: unknown[]) => votes.map((v) => [v]);
const rules = (threshold: number, firstDivisor = 1.2) => ({
  threshold: fractionOf(threshold),
  firstDivisor: fractionOf(firstDivisor),
});
const big = (...votes: number[]) => votes.map(BigInt);

/*
 * Worked example 1: four parties, A 5000, B 3000, C 1610, D 390 votes (10 000 in all).
 * Comparison numbers (jämförelsetal): votes / 1.2 for a party without a seat, then / 3, / 5, / 7, …
 *   A 5000: 4166.67  1666.67  1000  714.29  555.56  454.55  384.62  333.33  294.12
 *   B 3000: 2500     1000     600   428.57  333.33  272.73
 *   C 1610: 1341.67  536.67   322   230
 *   D  390: 325      130
 * Seats in order: 1 A 4166.67, 2 B 2500, 3 A 1666.67, 4 C 1341.67, 5–6 A and B 1000 (equal, and both
 * within the seats: no lot), 7 A 714.29, 8 B 600, 9 A 555.56, 10 C 536.67, 11 A 454.55, 12 B 428.57,
 * 13 A 384.62, 14–15 A and B 333.33 (equal, both within), 16 D 325 (C's 322 is next).
 */
const EXAMPLE = column(5000, 3000, 1610, 390);

describe("SEATS, worked example 1", () => {
  it("16 seats, no threshold: A 8, B 5, C 2, D 1", () => {
    expect(call("SEATS", EXAMPLE, 16)).toEqual(column(8, 5, 2, 1));
  });

  it("16 seats, 4 % threshold: D's 390 is below 400 (4 % of 10 000), so seat 16 goes to C's 322", () => {
    expect(call("SEATS", EXAMPLE, 16, 0.04)).toEqual(column(8, 5, 3, 0));
    expect(call("SEATS", EXAMPLE, 16, "4 %")).toEqual(column(8, 5, 3, 0));
  });

  it("14 seats: A's and B's equal 333.33 compete for the one last seat, and the lot decides", () => {
    // Seats 1–13 as above: A 7, B 4, C 2. A 5000/15 and B 3000/9 are both exactly 1000/3.
    expect(call("SEATS", EXAMPLE, 14)).toEqual(column("7–8 (by lot)", "4–5 (by lot)", 2, 0));
    const result = allocate(big(5000, 3000, 1610, 390), 14, rules(0));
    expect(result).toEqual({ seats: [7, 4, 2, 0], tied: [true, true, false, false], byLot: 1 });
  });

  it("takes a row of votes as well, and leaves blank cells empty", () => {
    expect(call("SEATS", [[5000, 3000, "", 1610, 390]], 16)).toEqual([[8, 5, "", 2, 1]]);
    expect(call("SEATS", column(5000, "", 3000, 1610, 390), 16, 0.04)).toEqual(column(8, "", 5, 3, 0));
  });

  it("reads votes typed as text with Swedish digit grouping", () => {
    expect(call("SEATS", column("5 000", "3 000", "1 610", "390"), 16)).toEqual(column(8, 5, 2, 1));
  });
});

describe("SEATS at the edges", () => {
  /*
   * The first divisor 1.4, used before 2018: A 10 000, B 2600, 3 seats.
   *   With 1.2: A 8333.33 3333.33 2000, B 2166.67 → A, A, then B's 2166.67 beats A's 2000: A 2, B 1.
   *   With 1.4: A 7142.86 3333.33 2000, B 1857.14 → A, A, then A's 2000 beats B's 1857.14: A 3, B 0.
   */
  it("uses 1.2 by default and 1.4 when asked, which keeps a small party out", () => {
    expect(call("SEATS", column(10_000, 2600), 3)).toEqual(column(2, 1));
    expect(call("SEATS", column(10_000, 2600), 3, "", 1.4)).toEqual(column(3, 0));
    expect(call("SEATS", column(10_000, 2600), 3, "", "1,4")).toEqual(column(3, 0));
  });

  /*
   * More seats than parties: A 3, B 2, C 1 votes, 7 seats.
   *   A: 2.5  1  0.6  0.43  0.33      B: 1.67  0.67  0.4      C: 0.83  0.33
   * Order: A 2.5, B 1.67, A 1, C 0.83, B 0.67, A 0.6, A 0.43 → A 4, B 2, C 1.
   * With 9 seats: 8 B 0.4, then A's and C's 0.33 compete for seat 9: a lot.
   */
  it("gives every seat when there are more seats than parties", () => {
    expect(call("SEATS", column(3, 2, 1), 7)).toEqual(column(4, 2, 1));
    expect(call("SEATS", column(3, 2, 1), 9)).toEqual(column("4–5 (by lot)", 3, "1–2 (by lot)"));
    expect(call("SEATS", column(100, 0), 5)).toEqual(column(5, 0));
    expect(call("SEATS", 1234, 5)).toBe(5);
  });

  /*
   * A tie floats get wrong: A 300, B 120, 2 seats. A 300/1.2 = 250 wins seat 1; then A 300/3 = 100 and
   * B 120/1.2 = 100 tie exactly for seat 2, which the lot decides.
   */
  it("flags a tie for the last seat, in the user's language", () => {
    expect(call("SEATS", column(300, 120), 2)).toEqual(column("1–2 (by lot)", "0–1 (by lot)"));
    expect(call("SEATS", column(300, 120), 3)).toEqual(column(2, 1));
  });

  it("counts a party exactly at the threshold in, even where floating point would not (0.07 × 100)", () => {
    // 7 of 100 votes is exactly 7 %; in floating point 0.07 × 100 is 7.000000000000001.
    expect(call("SEATS", column(7, 93), 10, 0.07)).toEqual(column(1, 9));
    expect(call("SEATS", column(6, 94), 10, 0.07)).toEqual(column(0, 10));
  });

  it("says so when no party has votes or every party is below the threshold", () => {
    expect(messageOf(() => call("SEATS", column(0, 0, 0), 5))).toBe(
      "SEATS: No party has any votes, so no seats can be allocated.",
    );
    expect(messageOf(() => call("SEATS", column("", ""), 5))).toMatch(/No party has any votes/);
    expect(messageOf(() => call("SEATS", column(40, 35, 25), 5, 0.5))).toBe(
      "SEATS: No party reaches the threshold, so no seats can be allocated.",
    );
  });

  it("gives 0 seats to everyone when 0 seats are allocated", () => {
    expect(call("SEATS", column(5, 3), 0)).toEqual(column(0, 0));
  });

  it("explains bad input: a block of votes, text, negative votes, fractional seats, odd threshold or divisor", () => {
    expect(
      messageOf(() =>
        call(
          "SEATS",
          [
            [1, 2],
            [3, 4],
          ],
          5,
        ),
      ),
    ).toBe("SEATS: votes must be one column (or one row) with one party a cell, e.g. =SEATS(B2:B9, 101).");
    expect(messageOf(() => call("SEATS", column(10, "många"), 5))).toBe(
      'SEATS: votes, cell 2: votes must be a number, 0 or more, not "många".',
    );
    expect(messageOf(() => call("SEATS", column(10, -1), 5))).toMatch(/cell 2: .* not "-1"/);
    expect(messageOf(() => call("SEATS", column(10, 5), 2.5))).toBe(
      'SEATS: seats must be a whole number of seats from 0 to 1000, not "2.5".',
    );
    expect(messageOf(() => call("SEATS", column(10, 5)))).toBe("SEATS: seats is empty but is needed here.");
    expect(messageOf(() => call("SEATS", column(10, 5), 3, 1))).toMatch(/threshold .* not 100 %\.$/);
    expect(messageOf(() => call("SEATS", column(10, 5), 3, 0, 0.5))).toMatch(/first_divisor .* Not 0\.5\.$/);
    expect(messageOf(() => call("SEATS", column(10, 5), [[3], [4]]))).toBe(
      "SEATS: seats must be a single cell, not a range.",
    );
  });
});

/*
 * Worked example 2, on example 1's votes: what D (row 4, 390 votes) needs.
 * One seat with a 4 % threshold: D must reach 4 % of all votes, v ≥ 0.04 × (v + 9610), so v ≥ 400.42: 401
 * votes, 11 more (4 % of 10 011 is 400.44). Its 401 / 1.2 = 334.17 then beats C's 322 for seat 16.
 * With 10 more (400 votes), 400 is below 4 % of 10 010 (400.4): no seat.
 * Two seats, no threshold: D's second number v / 3 must beat A's and B's 333.33, the others' 14th and 15th
 * numbers, so v > 1000: 1001 votes, 611 more. With 610 more, D's 1000 / 3 = 333.33 ties them: a lot.
 */
describe("VOTES_FOR_SEATS and SHARE_FOR_SEATS, worked example 2", () => {
  it("D needs 11 more votes for one seat at 4 %, and 611 more for two seats with no threshold", () => {
    expect(call("VOTES_FOR_SEATS", EXAMPLE, 4, 1, 16, 0.04)).toBe(11);
    expect(call("VOTES_FOR_SEATS", EXAMPLE, 4, 2, 16)).toBe(611);
  });

  it("and one vote fewer does not do it for certain", () => {
    const votes = big(5000, 3000, 1610, 390);
    const withExtra = (extra: number) => votes.map((v, i) => (i === 3 ? v + BigInt(extra) : v));
    expect(allocate(withExtra(11), 16, rules(0.04))?.seats[3]).toBe(1);
    expect(allocate(withExtra(10), 16, rules(0.04))?.seats[3]).toBe(0);
    expect(allocate(withExtra(611), 16, rules(0))).toMatchObject({ seats: [7, 4, 2, 2], byLot: 1 });
    expect(allocate(withExtra(610), 16, rules(0))).toMatchObject({
      seats: [7, 4, 2, 1],
      tied: [true, true, false, true],
      byLot: 2,
    });
    expect(extraVotesFor(votes, 3, 2, 16, rules(0))).toBe(BigInt(611));
  });

  it("gives 0 when the party already has the seats, and one answer per row for a range", () => {
    expect(call("VOTES_FOR_SEATS", EXAMPLE, 1, 8, 16)).toBe(0);
    expect(call("VOTES_FOR_SEATS", EXAMPLE, column(3, 4, ""), column(3, 1, 1), 16, 0.04)).toEqual(
      column(0, 11, ""),
    );
  });

  it("SHARE_FOR_SEATS is the party's share of all votes once it has them: 401 of 10 011", () => {
    expect(call("SHARE_FOR_SEATS", EXAMPLE, 4, 1, 16, 0.04)).toBeCloseTo(401 / 10_011, 12);
    expect(call("SHARE_FOR_SEATS", EXAMPLE, 4, 2, 16)).toBeCloseTo(1001 / 10_611, 12);
  });

  it("works on shares as well as counts: the same election in fractions needs the same share", () => {
    const shares = column(0.5, 0.3, 0.161, 0.039);
    // Continuous version of example 2: v ≥ 0.04 × (v + 0.961), so v ≥ 0.0400417, 0.0010417 more.
    expect(call("VOTES_FOR_SEATS", shares, 4, 1, 16, 0.04)).toBeCloseTo(0.0010417, 7);
    expect(call("SHARE_FOR_SEATS", shares, 4, 1, 16, 0.04)).toBeCloseTo(0.04, 6);
  });

  it("a new party with no votes yet (a blank row) needs votes for its first seat", () => {
    // 1 seat of 1 against a single party with 10 votes: 10 / 1.2 must be beaten, v > 10.
    expect(call("VOTES_FOR_SEATS", column(10, ""), 2, 1, 1)).toBe(11);
  });

  it("explains what cannot be: more seats than there are, a row outside votes", () => {
    expect(messageOf(() => call("VOTES_FOR_SEATS", EXAMPLE, 4, 17, 16))).toBe(
      "VOTES_FOR_SEATS: seats_wanted (17) is more than the 16 seats to allocate.",
    );
    expect(messageOf(() => call("SHARE_FOR_SEATS", EXAMPLE, 5, 1, 16))).toBe(
      'SHARE_FOR_SEATS: party_row must be the party\'s place in votes, a whole number from 1 to 4, not "5".',
    );
  });
});
