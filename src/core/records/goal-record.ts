// One goal as read from the Goals tab (columns found by header): its words, kind, numbers and dates as typed.
import { cellString } from "../cells/cell-text";
import { labelKeyOf } from "../i18n/labels";
import type { ColumnId } from "../layout/columns";
import type { GOALS_TAB } from "../layout/tabs";
import { bodyRows, cellAt, formulaAt, type TabGrid } from "./tab-grid";

export type GoalsGrid = TabGrid<typeof GOALS_TAB>;
export type GoalColumn = ColumnId<typeof GOALS_TAB>;

/** What a goal measures, as the kind dropdown offers it. */
export const GOAL_KINDS = [
  "kindSeats",
  "kindMembers",
  "kindActivities",
  "kindVoteShare",
  "kindOther",
] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export interface Goal {
  /** 1-based row on the Goals tab. */
  readonly row: number;
  readonly name: string;
  readonly kindText: string;
  /** The kind the dropdown text names, in either language; null when blank or another word. */
  readonly kind: GoalKind | null;
  readonly owner: string;
  /** The text whose activities an "activities" goal counts, or "". */
  readonly countsActivities: string;
  /** Each cell as read (numbers and dates are read, and their problems told, by whoever needs them). */
  readonly cells: Readonly<Record<GoalColumn, unknown>>;
  /** The formula in Actual ("" for a typed or empty Actual). */
  readonly actualFormula: string;
}

/** Every row with a goal name, in row order. */
export function readGoals(grid: GoalsGrid): Goal[] {
  const goals: Goal[] = [];
  for (const row of bodyRows(grid)) {
    const name = cellString(cellAt(grid, row, "goal"));
    if (name === "") continue;
    const cells = Object.fromEntries(grid.spec.columns.map((c) => [c.id, cellAt(grid, row, c.id)])) as Record<
      GoalColumn,
      unknown
    >;
    goals.push({
      row,
      name,
      kindText: cellString(cells.kind),
      kind: labelKeyOf(cells.kind, GOAL_KINDS),
      owner: cellString(cells.owner),
      countsActivities: cellString(cells.countsActivities),
      cells,
      actualFormula: formulaAt(grid, row, "actual"),
    });
  }
  return goals;
}
