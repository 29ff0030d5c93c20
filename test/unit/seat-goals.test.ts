// SEAT_GOAL_NEEDS worked by hand: a seat goal's votes and share still needed from its rows of an election result.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  EXEMPELKOMMUN_2022,
  EXEMPELKOMMUN_SEATS,
  EXEMPELKOMMUN_THRESHOLD,
  GOAL_KOMMUN_SEATS,
} from "../../src/core/records/example-results";
import { stubAppsScript } from "../support/apps-script-stubs";
import { callerOf, electionEntries, messageOf } from "../support/entry-calls";

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const call = callerOf(electionEntries());
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

/** Goals of kind seats ("mandat", or `kinds`), and the results table as columns: rows of [goal, votes, ours, seats, threshold]. */
function needs(goals: unknown[], targets: unknown[], rows: unknown[][], kinds = goals.map(() => "mandat")) {
  const at = (i: number) => column(...rows.map((row) => row[i]));
  const [g, k, t] = [column(...goals), column(...kinds), column(...targets)];
  return call("SEAT_GOAL_NEEDS", g, k, t, at(0), at(1), at(2), at(3), at(4));
}

/** The example plan's Exempelkommun (invented figures, example-results.ts): 41 seats, 2 % threshold, C ours. */
const EXEMPELKOMMUN = EXEMPELKOMMUN_2022.map(([party, votes], i) => [
  GOAL_KOMMUN_SEATS,
  votes,
  party === "C",
  i === 0 ? EXEMPELKOMMUN_SEATS : "",
  i === 0 ? EXEMPELKOMMUN_THRESHOLD : "",
]);

/*
 * Worked example 3: Exempelkommun, 41 seats, 2 % threshold. Votes: S 9412, M 6873, SD 5205, C 2650, V 1902,
 * KD 1388, L 1120, MP 905, Lokalpartiet 412; 29 867 in all, so the threshold is 597.34 and Lokalpartiet is out.
 * Comparison numbers (votes / 1.2, then / 3, / 5, …). The seats end S 13, M 9, SD 7, C 4, V 3, KD 2, L 2, MP 1.
 * The last winning numbers: S 9412/25 = 376.48, C 2650/7 = 378.57, V 1902/5 = 380.4, L 1120/3 = 373.33 (seat 41,
 * the lowest). The best losing ones: M 6873/19 = 361.74, S 9412/27 = 348.59, SD 5205/15 = 347.
 * C's fifth seat: its next number v / 9 must beat the lowest winner, L's 373.33, so v / 9 > 1120 / 3, v > 3360:
 * 3361 votes, 711 more. With 710 more, 3360 / 9 ties L's 373.33 exactly and the lot decides: not for certain.
 * The threshold then is 2 % of 30 578 = 611.56; every party but Lokalpartiet stays above it.
 * Share: 3361 / (29 867 + 711) = 3361 / 30 578 = 10.99 %.
 * Four seats: C has them already, so 0 more votes, its share 2650 / 29 867 = 8.87 %.
 */
describe("SEAT_GOAL_NEEDS, worked example 3", () => {
  it("C needs 711 more votes for a fifth seat in Exempelkommun, 10.99 % of all votes", () => {
    const [[votes, share]] = needs([GOAL_KOMMUN_SEATS], [5], EXEMPELKOMMUN) as number[][];
    expect(votes).toBe(711);
    expect(share).toBeCloseTo(3361 / 30_578, 12);
  });

  it("gives 0 and today's share when the goal's seats are already won", () => {
    const [[votes, share]] = needs([GOAL_KOMMUN_SEATS], [4], EXEMPELKOMMUN) as number[][];
    expect(votes).toBe(0);
    expect(share).toBeCloseTo(2650 / 29_867, 12);
  });

  it("answers every goal row, leaving goals without result rows or target empty, matching names in any case", () => {
    const goals = [
      "Minst 106 mandat i kommunvalet 2026",
      GOAL_KOMMUN_SEATS.toUpperCase(),
      "",
      GOAL_KOMMUN_SEATS,
    ];
    const result = needs(goals, [106, 5, "", ""], EXEMPELKOMMUN) as unknown[][];
    expect(result).toHaveLength(4);
    expect(result[0]).toEqual(["", ""]);
    expect(result[1][0]).toBe(711);
    expect(result[2]).toEqual(["", ""]);
    expect(result[3]).toEqual(["", ""]);
  });

  it("keeps two goals' results apart: a second kommun's rows in the same table", () => {
    // Kommun B, 3 seats, no threshold: X 300, Y 120 (ours). X 250 wins seat 1, then X 100 and Y 100 tie for seat 2
    // (seats.test.ts): Y needs 1 more vote for certain, 121 / 421 of all votes.
    const rows = [...EXEMPELKOMMUN, ["Kommun B", 300, false, 2, ""], ["Kommun B", 120, true, "", ""]];
    const result = needs([GOAL_KOMMUN_SEATS, "Kommun B"], [5, 1], rows) as number[][];
    expect(result[0][0]).toBe(711);
    expect(result[1][0]).toBe(1);
    expect(result[1][1]).toBeCloseTo(121 / 421, 12);
  });
});

describe("SEAT_GOAL_NEEDS says what is missing, on the goal's row", () => {
  const noOurs = EXEMPELKOMMUN.map((row) => [row[0], row[1], false, row[3], row[4]]);
  it("when no party or two parties are ticked as ours, or the seats to allocate are missing", () => {
    expect(needs([GOAL_KOMMUN_SEATS], [5], noOurs)).toEqual([
      ["Tick Our party on one of the goal's rows in the election results.", ""],
    ]);
    // S ticked as well as C.
    const twice = EXEMPELKOMMUN.map((row, i) => (i === 0 ? [row[0], row[1], true, row[3], row[4]] : row));
    expect(needs([GOAL_KOMMUN_SEATS], [5], twice)).toEqual([
      ["Our party is ticked on 2 of the goal's rows in the election results; tick only one.", ""],
    ]);
    const noSeats = EXEMPELKOMMUN.map((row) => [row[0], row[1], row[2], "", row[4]]);
    expect(needs([GOAL_KOMMUN_SEATS], [5], noSeats)).toEqual([
      ["Write Seats to allocate on one of the goal's rows in the election results.", ""],
    ]);
  });

  it("when the goal is not of kind seats: its target would be read as seats when it is not", () => {
    expect(needs([GOAL_KOMMUN_SEATS], [5], EXEMPELKOMMUN, ["väljarstöd"])).toEqual([
      ["The goal has rows in the election results: choose Kind seats to count the votes needed.", ""],
    ]);
    expect((needs([GOAL_KOMMUN_SEATS], [5], EXEMPELKOMMUN, [""]) as unknown[][])[0][0]).toMatch(
      /^The goal has rows/,
    );
    expect((needs([GOAL_KOMMUN_SEATS], [5], EXEMPELKOMMUN, ["Seats"]) as unknown[][])[0][0]).toBe(711);
  });

  it("when the target or a vote count cannot be used, with the seat functions' own message", () => {
    expect(needs([GOAL_KOMMUN_SEATS], [50], EXEMPELKOMMUN)).toEqual([
      ["seats_wanted (50) is more than the 41 seats to allocate.", ""],
    ]);
    const badVotes = EXEMPELKOMMUN.map((row, i) => (i === 1 ? [row[0], "många", ...row.slice(2)] : row));
    expect((needs([GOAL_KOMMUN_SEATS], [5], badVotes) as unknown[][])[0][0]).toMatch(/cell 2: .*"många"/);
  });

  it("and refuses result columns of different lengths as a whole", () => {
    const at = (i: number) => column(...EXEMPELKOMMUN.map((row) => row[i]));
    expect(
      messageOf(() =>
        call(
          "SEAT_GOAL_NEEDS",
          column(GOAL_KOMMUN_SEATS),
          column("mandat"),
          column(5),
          at(0),
          at(1).slice(1),
          at(2),
          at(3),
          at(4),
        ),
      ),
    ).toMatch(/^SEAT_GOAL_NEEDS: result_goals \(9×1\) and result_votes \(8×1\)/);
  });
});
