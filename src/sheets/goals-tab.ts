// Sets up the Goals tab: progress and pace formulas, and activity counts for goals of kind "activities".
import { columnLetter } from "../core/cells/a1";
import {
  activityCountFormula,
  GOAL_COLUMNS,
  goalFormulas,
  goalLastRow,
  isActivitiesKind,
} from "../core/plan/goals-layout";
import { isOurFormula } from "../core/plan/membership-layout";
import { GOALS_TAB, tabName } from "../core/plan/tabs";
import type { RepairContext } from "./tab-repair";
import { repairTab } from "./tab-repair";
import { TODAY_RANGE_NAME } from "./today";
import { quoteSheetName } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Row-2 spilling formulas; skipped (and reported) where the user typed values into the column. */
function placeComputedColumns(sheet: Sheet, lastRow: number, ctx: RepairContext): void {
  const first = GOAL_COLUMNS.progress;
  const width = GOAL_COLUMNS.status + 1 - first + 1; // progress, status, expected
  const block = sheet.getRange(2, first, lastRow - 1, width);
  const formulas = block.getFormulas();
  const wanted = goalFormulas(lastRow, TODAY_RANGE_NAME);
  const place = (column: number, formula: string, spillWidth: number) => {
    const offset = column - first;
    const top = formulas[0][offset];
    if (!isOurFormula(top)) {
      const values = sheet.getRange(2, column, lastRow - 1, spillWidth).getValues();
      if (values.some((row) => row.some((v) => v !== ""))) {
        ctx.log.couldNot("setupTypedFormulaCells", {
          tab: tabName("goals", ctx.language),
          column: columnLetter(column),
        });
        return;
      }
    }
    if (top !== formula) sheet.getRange(2, column).setFormula(formula);
  };
  place(GOAL_COLUMNS.progress, wanted.progress, 1);
  place(GOAL_COLUMNS.status, wanted.status, 2);
}

/** Actual = a count of matching activities, for "activities" goals that name what to count and have no Actual. */
function placeActivityCounts(
  sheet: Sheet,
  firstRow: number,
  values: unknown[][],
  formulas: string[][],
  activitiesName: string,
): void {
  values.forEach((row, i) => {
    const rowNumber = firstRow + i;
    if (rowNumber === 1) return;
    const pattern = row[GOAL_COLUMNS.countsActivities - 1];
    const actual = row[GOAL_COLUMNS.actual - 1];
    const actualFormula = formulas[i][GOAL_COLUMNS.actual - 1];
    if (!isActivitiesKind(row[GOAL_COLUMNS.kind - 1]) || pattern === "") return;
    if (actual !== "" && !isOurFormula(actualFormula)) return;
    const formula = activityCountFormula(
      rowNumber,
      quoteSheetName(activitiesName),
      row[GOAL_COLUMNS.deadline - 1],
    );
    if (formula !== actualFormula) sheet.getRange(rowNumber, GOAL_COLUMNS.actual).setFormula(formula);
  });
}

/** Creates or repairs the Goals tab. */
export function repairGoalsTab(sheet: Sheet, ctx: RepairContext, activitiesName: string): void {
  repairTab(sheet, GOALS_TAB, ctx);
  const data = sheet.getDataRange();
  const values = data.getValues();
  const typed = (row: unknown[]) => row.slice(0, GOAL_COLUMNS.progress - 1).some((v) => v !== "");
  const lastTyped = values.reduce((last: number, row, i) => (typed(row) ? i + 1 : last), 1);
  const lastRow = goalLastRow(lastTyped);
  placeComputedColumns(sheet, lastRow, ctx);
  placeActivityCounts(sheet, 1, values, data.getFormulas(), activitiesName);
}

/** Called on edit of a goal row: adds the count formula when the row became an "activities" goal. */
export function refreshActivityCount(sheet: Sheet, row: number, activitiesName: string): void {
  const width = GOALS_TAB.columns.length;
  const range = sheet.getRange(row, 1, 1, width);
  placeActivityCounts(sheet, row, range.getValues(), range.getFormulas(), activitiesName);
}
