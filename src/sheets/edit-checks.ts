// Checks on edit: a growth typed on the Membership tab beyond ±100 % (or outside −100 %…1000 %) gets a toast.
import { readPercent } from "../core/cells/cell-values";
import { growthProblem } from "../core/checks/plan-checks";
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";
import { columnNumber, MEMBERSHIP_TAB, tabNames } from "../core/plan/tabs";

const GROWTH_COLUMN = columnNumber(MEMBERSHIP_TAB, "growth");

/** The growth fraction a cell value stands for, or null when blank or unreadable. */
function growthOf(value: unknown): number | null {
  try {
    const cell = readPercent(value, "");
    return cell.kind === "number" ? cell.value : null;
  } catch {
    return null;
  }
}

/**
 * For the onEdit dispatcher: when the edit touched Membership growth cells (below the header), warns
 * with a toast about the first value beyond ±100 %. Reads only the edited growth cells (none for a
 * single-cell edit, whose value is in the event). Never throws: a check must not break editing.
 */
export function checkEdit(e: GoogleAppsScript.Events.SheetsOnEdit, language: Language): void {
  try {
    const range = e.range;
    const sheet = range.getSheet();
    if (!tabNames("membership", language).includes(sheet.getName())) return;
    const [row, column] = [range.getRow(), range.getColumn()];
    const [rows, columns] = [range.getNumRows(), range.getNumColumns()];
    if (column > GROWTH_COLUMN || column + columns - 1 < GROWTH_COLUMN || row + rows - 1 < 2) return;
    const single = rows === 1 && columns === 1;
    const top = Math.max(row, 2);
    const values: unknown[] = single
      ? [e.value === undefined ? range.getValue() : e.value]
      : sheet
          .getRange(top, GROWTH_COLUMN, row + rows - top, 1)
          .getValues()
          .map((r) => r[0]);
    for (const value of values) {
      const growth = growthOf(value);
      const problem = growth === null ? null : growthProblem(growth, language);
      if (problem) {
        e.source.toast(problem.message, t(language, "editCheckTitle"), 10);
        return;
      }
    }
  } catch (error) {
    console.error(error);
  }
}
