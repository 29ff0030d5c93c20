// The election custom functions (ELECTION_DAY, SEATS, VOTES_FOR_SEATS, SHARE_FOR_SEATS, SEAT_GOAL_NEEDS): thin cells over the core.
import { mapCells } from "../core/cells/range-shape";
import type { ELECTION_FUNCTION_DOCS } from "../core/functions/election-docs";
import { electionDayCell } from "../core/seats/election-cells";
import { seatGoalCells, seatsCells } from "../core/seats/seat-cells";
import { seatGoalNeedsCells } from "../core/seats/seat-goal-cells";
import type { FunctionContext } from "./custom-function-wrapper";

type Handler = (fn: FunctionContext, ...args: unknown[]) => unknown;

/** Each election function's cells, by the name the catalogue gives it. */
export const ELECTION_HANDLERS: Readonly<Record<keyof typeof ELECTION_FUNCTION_DOCS, Handler>> = {
  ELECTION_DAY: (fn, year, kind) =>
    mapCells([year, kind], (y, k) => electionDayCell(fn.language, [], y, k), ["year", "kind"]),
  SEATS: (fn, votes, seats, threshold, firstDivisor) =>
    seatsCells(fn.language, votes, seats, threshold, firstDivisor),
  VOTES_FOR_SEATS: (_fn, votes, partyRow, seatsWanted, seats, threshold, firstDivisor) =>
    seatGoalCells("votes", votes, partyRow, seatsWanted, seats, threshold, firstDivisor),
  SEAT_GOAL_NEEDS: (fn, goals, kinds, targets, resultGoals, votes, ours, seats, thresholds) =>
    seatGoalNeedsCells(fn.language, goals, kinds, targets, {
      goals: resultGoals,
      votes,
      ours,
      seats,
      thresholds,
    }),
  SHARE_FOR_SEATS: (_fn, votes, partyRow, seatsWanted, seats, threshold, firstDivisor) =>
    seatGoalCells("share", votes, partyRow, seatsWanted, seats, threshold, firstDivisor),
};
