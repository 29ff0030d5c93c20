// Checks on edit of Membership growth: 10 typed means 10 % (with a note saying so); a growth out of range is told.
import { percentOrNull } from "../core/cells/cell-values";
import { growthProblem } from "../core/checks/plan-checks";
import { t } from "../core/i18n/messages";
import { formulaAt } from "../core/records/tab-grid";
import { isGrowthNote, typedPercentGrowth, typedPercentNote } from "../core/targets/growth-entry";
import { type PlacedWrite, writeCells, writeNotes } from "./document/cell-writes";
import type { PlanContext } from "./document/plan-context";

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/**
 * When the edit touched Membership growth cells below the header (the column found by its header): a number over
 * 1 and at most 100 was meant as percent, so it is written back as that percentage with a note in the cell saying
 * so; a growth still out of range gets a note and a toast, one beyond ±100 % a toast. Only the cells just typed
 * are written, never a formula, and only notes the add-on wrote are replaced. Never throws: a check must not break
 * editing.
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
    const bottom = row + rows - 1;
    if (column > growth || column + columns - 1 < growth || bottom < top) return;
    const sheet = range.getSheet();
    const notes = sheet.getRange(top, growth, bottom - top + 1, 1).getNotes();
    const values: PlacedWrite[] = [];
    const noteWrites: PlacedWrite[] = [];
    let told = false;
    for (let r = top; r <= bottom; r++) {
      const value = grid.values[r - 1]?.[growth - 1];
      const typed = typeof value === "number" && formulaAt(grid, r, "growth") === "" ? value : null;
      const meant = typed === null ? null : typedPercentGrowth(typed);
      const fraction = meant ?? percentOrNull(value);
      const problem = fraction === null ? null : growthProblem(fraction, ctx.language);
      let note = "";
      if (meant !== null && typed !== null) {
        values.push({ row: r, column: growth, write: { value: meant } });
        note = typedPercentNote(typed, ctx.language);
      } else if (problem?.severity === "error") note = problem.message;
      const old = notes[r - top][0];
      if ((old === "" || isGrowthNote(old)) && old !== note)
        noteWrites.push({ row: r, column: growth, write: { text: note } });
      if (problem && !told) {
        e.source.toast(problem.message, t(ctx.language, "editCheckTitle"), 10);
        told = true;
      }
    }
    writeCells(sheet, values);
    writeNotes(sheet, noteWrites);
    if (values.length > 0) ctx.document.changed("membership");
  } catch (error) {
    console.error(error);
  }
}
