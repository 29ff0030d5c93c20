// The Goals tab's computed columns: progress and pace formulas over every goal row, and activity counts.
import { cellA1, columnLetter } from "../cells/a1";
import { customFunctionOf, formulaOf } from "../functions/catalogue";
import type { ColumnId } from "./columns";
import type { ACTIVITIES_TAB, GOALS_TAB } from "./tabs";

export type GoalColumnId = ColumnId<typeof GOALS_TAB>;
export type ActivityColumnId = ColumnId<typeof ACTIVITIES_TAB>;

/** Where the Goals tab's columns are, and its first goal row. */
export interface GoalsPlace {
  readonly columns: Readonly<Record<GoalColumnId, number>>;
  readonly firstDataRow: number;
}

const openColumn = (place: GoalsPlace, id: GoalColumnId): string => {
  const letter = columnLetter(place.columns[id]);
  return `${letter}${place.firstDataRow}:${letter}`;
};

/** The first goal row's formulas that spill down every goal row, however many: progress, and status with expected. */
export function goalFormulas(place: GoalsPlace, todayName: string): { progress: string; status: string } {
  const r = (id: GoalColumnId) => openColumn(place, id);
  return {
    progress: formulaOf("MEMBER_PROGRESS", r("baseline"), r("actual"), r("target")),
    status: formulaOf(
      "GOAL_PACE",
      r("baseline"),
      r("target"),
      r("actual"),
      r("start"),
      r("deadline"),
      todayName,
    ),
  };
}

/** Where the Activities tab is for a count: its name quoted for formulas, and its Term and Vad columns. */
export interface ActivitiesRef {
  readonly sheet: string;
  readonly term: number;
  readonly what: number;
}

/** The Actual formula of an "activities" goal: counts activities whose Vad contains the goal's text. */
export function activityCountFormula(
  place: GoalsPlace,
  row: number,
  activities: ActivitiesRef,
  deadlineIsTerm: boolean,
): string {
  // Open-ended ranges ($A$2:$A) reach every activity row, however many the tab grows to.
  const column = (at: number) => {
    const letter = columnLetter(at);
    return `${activities.sheet}!$${letter}$2:$${letter}`;
  };
  const args = [
    column(activities.term),
    column(activities.what),
    cellA1(row, place.columns.countsActivities),
  ];
  if (deadlineIsTerm) args.push(cellA1(row, place.columns.deadline));
  return formulaOf("ACTIVITY_COUNT", ...args);
}

/** True for a formula the add-on writes on the Goals tab (so set-up may rewrite it with a new extent). */
export function isOurGoalFormula(formula: unknown): boolean {
  const name = customFunctionOf(formula);
  return name === "MEMBER_PROGRESS" || name === "GOAL_PACE" || name === "ACTIVITY_COUNT";
}
