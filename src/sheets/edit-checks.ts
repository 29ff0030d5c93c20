// Checks on edit: a growth typed on the Membership tab beyond ±100 % (or outside −100 %…1000 %) gets a toast.
import { percentOrNull } from "../core/cells/cell-values";
import { growthProblem } from "../core/checks/plan-checks";
import { t } from "../core/i18n/messages";
import type { PlanContext } from "./document/plan-context";

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/**
 * When the edit touched Membership growth cells below the header, warns with a toast about the first value
 * beyond ±100 %. The growth column is found by its header. Never throws: a check must not break editing.
 */
export function checkGrowthEdit(ctx: PlanContext, e: EditEvent): void {
  try {
    const grid = ctx.document.grid("membership");
    const growth = grid?.columns.column.growth ?? null;
    if (!grid || growth === null) return;
    const range = e.range;
    const [row, column] = [range.getRow(), range.getColumn()];
    const [rows, columns] = [range.getNumRows(), range.getNumColumns()];
    const top = Math.max(row, grid.columns.headerRow + 1);
    if (column > growth || column + columns - 1 < growth || row + rows - 1 < top) return;
    for (let r = top; r < row + rows; r++) {
      const value = grid.values[r - 1]?.[growth - 1];
      const fraction = percentOrNull(value);
      const problem = fraction === null ? null : growthProblem(fraction, ctx.language);
      if (problem) {
        e.source.toast(problem.message, t(ctx.language, "editCheckTitle"), 10);
        return;
      }
    }
  } catch (error) {
    console.error(error);
  }
}
