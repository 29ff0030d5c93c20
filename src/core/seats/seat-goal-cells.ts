// SEAT_GOAL_NEEDS: each seat goal's votes and share still needed, from its rows of the last election's result.
import { cellString } from "../cells/cell-text";
import { isBlankCell } from "../cells/cell-values";
import { flatMapCells, flattenCells, type Grid } from "../cells/range-shape";
import { PlanError } from "../i18n/errors";
import { foldSwedish } from "../i18n/fold";
import { isLabel } from "../i18n/labels";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { EMPTY } from "../targets/formula-cells";
import { seatGoalCells } from "./seat-cells";

/** The Election results table as columns of equal length: a row per party and goal. */
export interface ResultColumns {
  readonly goals: unknown;
  readonly votes: unknown;
  readonly ours: unknown;
  readonly seats: unknown;
  readonly thresholds: unknown;
}

interface ResultRow {
  readonly votes: unknown;
  readonly ours: boolean;
  readonly seats: unknown;
  readonly threshold: unknown;
}

/** A goal name as rows are matched on: trimmed, any case, with or without å/ä/ö. */
const keyOf = (name: unknown): string => foldSwedish(cellString(name));

/** The result rows grouped by the goal they name, in table order; rows naming no goal are left out. */
function rowsByGoal(results: ResultColumns): Map<string, ResultRow[]> {
  const names = ["result_goals", "result_votes", "result_ours", "result_seats", "result_thresholds"];
  const columns = [results.goals, results.votes, results.ours, results.seats, results.thresholds].map(
    (c, i) => flattenCells(c, names[i]),
  );
  columns.forEach((column, i) => {
    if (column.length !== columns[0].length) {
      throw new PlanError("errorRangeSizesDiffer", {
        first: names[0],
        firstSize: `${columns[0].length}×1`,
        second: names[i],
        secondSize: `${column.length}×1`,
      });
    }
  });
  const [goals, votes, ours, seats, thresholds] = columns;
  const byGoal = new Map<string, ResultRow[]>();
  goals.forEach((goal, i) => {
    const key = keyOf(goal);
    if (key === "") return;
    const row = { votes: votes[i], ours: ours[i] === true, seats: seats[i], threshold: thresholds[i] };
    const rows = byGoal.get(key);
    if (rows) rows.push(row);
    else byGoal.set(key, [row]);
  });
  return byGoal;
}

/** The first filled cell of a column among a goal's rows, or blank. */
const firstFilled = (cells: readonly unknown[]): unknown => cells.find((cell) => !isBlankCell(cell)) ?? "";

/** One goal's [votes, share] still needed, or why they cannot be told (in the first cell, the second empty). */
function needs(rows: readonly ResultRow[], target: unknown, language: Language): [unknown, unknown] {
  const ours = rows.flatMap((row, i) => (row.ours ? [i + 1] : []));
  if (ours.length === 0) return [t(language, "seatGoalNoOurParty"), EMPTY];
  if (ours.length > 1) return [t(language, "seatGoalOurPartyTwice", { count: ours.length }), EMPTY];
  const seats = firstFilled(rows.map((row) => row.seats));
  if (isBlankCell(seats)) return [t(language, "seatGoalNoSeats"), EMPTY];
  const votes = rows.map((row) => [row.votes]);
  const threshold = firstFilled(rows.map((row) => row.threshold));
  const cell = (result: "votes" | "share") =>
    seatGoalCells(result, votes, ours[0], target, seats, threshold, "");
  try {
    return [cell("votes"), cell("share")];
  } catch (error) {
    if (error instanceof PlanError) return [error.describe(language), EMPTY];
    throw error;
  }
}

/**
 * Per goal row (goal name, kind and target seats, columns of the Goals tab): the extra votes its party needs for
 * the target, the other parties' votes held fixed, and the share of all votes it then has. Empty for a goal with
 * no rows in the results or no target; a short sentence in the votes cell when the goal's rows cannot be used,
 * or when the goal is not of kind seats (its target would be read as seats when it is not).
 */
export function seatGoalNeedsCells(
  language: () => Language,
  goals: unknown,
  kinds: unknown,
  targets: unknown,
  results: ResultColumns,
): Grid<unknown> {
  const byGoal = rowsByGoal(results);
  return flatMapCells(
    [goals, kinds, targets],
    (goal, kind, target): unknown[] => {
      const rows = byGoal.get(keyOf(goal));
      if (!rows || isBlankCell(target)) return [EMPTY, EMPTY];
      if (!isLabel(kind, "kindSeats")) return [t(language(), "seatGoalNotSeats"), EMPTY];
      return needs(rows, target, language());
    },
    ["goals", "kinds", "targets"],
  );
}
