// Keeps Start and End following När: fills them where they are empty or still the add-on's own, never where typed.

import { parseTerm } from "../core/calendar/terms";
import { cellString } from "../core/cells/cell-text";
import { whenText } from "../core/records/activity-record";
import { datesForRow, isWhenNote } from "../core/records/edit-dates";
import { isFilledCell } from "../core/records/plan-records";
import { settingsPeriod } from "../core/records/settings-record";
import { bodyRows, cellAt, formulaAt } from "../core/records/tab-grid";
import type { TermRange } from "../core/when/when";
import { type PlacedWrite, writeCells, writeNotes } from "./document/cell-writes";
import type { PlanContext } from "./document/plan-context";
import { dateFormula, isDateFormula } from "./document/sheet-zone";

/**
 * Brings every row's Start and End up to date with its Term and När, and the note on När that says why it
 * could not be read. A date cell is the add-on's while it is empty or holds the =DATE() the add-on wrote; a
 * typed date or a user's formula is never touched, nor is a note the user wrote. Rows whose När changed with
 * no onEdit (Sheets drops events when edits come fast) are caught up by the next call. Returns cells written.
 */
export function syncActivityDates(ctx: PlanContext): number {
  const sheet = ctx.document.sheet("activities");
  const grid = ctx.document.grid("activities");
  if (!sheet || !grid) return 0;
  const { term, when, start, end } = grid.columns.column;
  if (term === null || when === null || start === null || end === null) return 0;
  const rows = bodyRows(grid);
  if (rows.length === 0) return 0;
  const first = rows[0];
  const notes = sheet.getRange(first, when, rows.length, 1).getNotes();
  // A När under no term (a recurring meeting) is read over the plan period: Settings is read only for such a row.
  const termless = rows.some(
    (row) =>
      parseTerm(cellString(cellAt(grid, row, "term"))) === null && whenText(cellAt(grid, row, "when")) !== "",
  );
  const settings = termless ? ctx.document.settings()?.settings : undefined;
  const period: TermRange | null = settings ? settingsPeriod(settings) : null;
  const values: PlacedWrite[] = [];
  const noteWrites: PlacedWrite[] = [];
  for (const row of rows) {
    const wanted = datesForRow(cellAt(grid, row, "term"), cellAt(grid, row, "when"), ctx.language, period);
    for (const [id, column, date] of [
      ["start", start, wanted.start],
      ["end", end, wanted.end],
    ] as const) {
      const formula = formulaAt(grid, row, id);
      const owned = formula === "" ? !isFilledCell(cellAt(grid, row, id)) : isDateFormula(formula);
      if (!owned) continue;
      const next = date === null ? "" : dateFormula(date);
      if (formula !== next)
        values.push({ row, column, write: next === "" ? { value: "" } : { formula: next } });
    }
    const note = notes[row - first][0];
    if ((note === "" || isWhenNote(note)) && note !== wanted.note)
      noteWrites.push({ row, column: when, write: { text: wanted.note } });
  }
  writeCells(sheet, values);
  writeNotes(sheet, noteWrites);
  if (values.length > 0) ctx.document.changed("activities");
  return values.length + noteWrites.length;
}
