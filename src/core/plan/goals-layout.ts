// The Goals tab's computed columns: progress and pace formulas, and activity counts for "activities" goals.

import { parseTerm } from "../calendar/terms";
import { cellA1, columnLetter, columnRangeA1 } from "../cells/a1";
import { MESSAGES } from "../i18n/messages";
import { ACTIVITIES_TAB, columnNumber, GOALS_TAB } from "./tabs";

/** Goal rows the spilling formulas cover (2 … GOAL_LAST_ROW); "Set up plan" widens it when goals reach it. */
export const GOAL_ROWS = 200;

const G = (id: string) => columnNumber(GOALS_TAB, id);
export const GOAL_COLUMNS = {
  goal: G("goal"),
  kind: G("kind"),
  baseline: G("baseline"),
  target: G("target"),
  actual: G("actual"),
  start: G("start"),
  deadline: G("deadline"),
  progress: G("progress"),
  status: G("status"),
  countsActivities: G("countsActivities"),
} as const;

/** The last goal row the formulas reach, given the last row holding a typed goal: 200, or more with room to grow. */
export function goalLastRow(lastTypedRow: number): number {
  return lastTypedRow + 50 <= GOAL_ROWS ? GOAL_ROWS : Math.ceil((lastTypedRow + 50) / 100) * 100;
}

/** Row-2 formulas that spill down the goal rows: progress, and status with the value expected today. */
export function goalFormulas(lastRow: number, todayName: string): { progress: string; status: string } {
  const r = (id: keyof typeof GOAL_COLUMNS) => columnRangeA1(GOAL_COLUMNS[id], 2, lastRow);
  return {
    progress: `=MEMBER_PROGRESS(${r("baseline")}, ${r("actual")}, ${r("target")})`,
    status: `=GOAL_PACE(${r("baseline")}, ${r("target")}, ${r("actual")}, ${r("start")}, ${r("deadline")}, ${todayName})`,
  };
}

export function isActivitiesKind(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const v = value.trim().toLowerCase();
  return v === MESSAGES.kindActivities.sv || v === MESSAGES.kindActivities.en;
}

/** The Actual formula of an "activities" goal: counts activities whose Vad contains the goal's text. */
export function activityCountFormula(row: number, activitiesSheet: string, deadline: unknown): string {
  // Open-ended ranges ($A$2:$A) reach every activity row, however many the tab grows to.
  const abs = (id: string) => {
    const letter = columnLetter(columnNumber(ACTIVITIES_TAB, id));
    return `${activitiesSheet}!$${letter}$2:$${letter}`;
  };
  const pattern = cellA1(row, GOAL_COLUMNS.countsActivities);
  const term =
    typeof deadline === "string" && parseTerm(deadline) ? `, ${cellA1(row, GOAL_COLUMNS.deadline)}` : "";
  return `=ACTIVITY_COUNT(${abs("term")}, ${abs("what")}, ${pattern}${term})`;
}
