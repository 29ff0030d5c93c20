// Telling a spilled result from a typed value: a spill cell has no formula, so its anchor tells whose it is.

import type { ColumnId } from "../../core/layout/columns";
import type { TabSpec } from "../../core/layout/tabs";
import { isFilledCell } from "../../core/records/plan-records";
import { cellAt, formulaAt, type TabGrid } from "../../core/records/tab-grid";

/** How many rows a spilling formula fills from its anchor: its first range's height, or to the end. */
export function spillHeight(formula: string, anchor: number, lastRow: number): number {
  const range = /\$?[A-Z]+\$?(\d+):\$?[A-Z]+\$?(\d*)/i.exec(formula);
  if (!range) return 1;
  return range[2] === "" ? lastRow - anchor + 1 : Number(range[2]) - Number(range[1]) + 1;
}

/** True for a value Sheets shows for a formula that failed (a blocked spill shows #REF! at its anchor). */
export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && /^#[A-Z0-9/!?]+$/.test(value);
}

/**
 * Rows where a user typed a value into columns the add-on fills by spilling: values no formula fills. A value
 * is the add-on's when it lies in the spill of an anchor of ours (in `anchor`'s column, covering `covered`)
 * that shows no error, or an error below an anchor of ours that errs; a blocked spill shows #REF! at its anchor and
 * nothing below it.
 */
export function typedRows<T extends TabSpec>(
  grid: TabGrid<T>,
  anchor: ColumnId<T>,
  covered: readonly ColumnId<T>[],
  isOurs: (formula: string) => boolean,
  rows: readonly number[],
): number[] {
  const last = grid.values.length;
  const spilled = new Set<number>();
  for (const row of rows) {
    const formula = formulaAt(grid, row, anchor);
    if (formula === "" || !isOurs(formula)) continue;
    if (isErrorValue(cellAt(grid, row, anchor))) {
      // Errors below an erring anchor of ours are its array of errors (a formula left pointing at a deleted
      // column shows #REF! on every row), not typed values; a blocked spill shows nothing below its #REF!.
      for (
        let r = row + 1;
        r <= last && formulaAt(grid, r, anchor) === "" && isErrorValue(cellAt(grid, r, anchor));
        r++
      )
        spilled.add(r);
      continue;
    }
    const height = spillHeight(formula, row, last);
    for (let r = row; r < row + height; r++) spilled.add(r);
  }
  return rows.filter((row) =>
    covered.some(
      (id) => formulaAt(grid, row, id) === "" && !spilled.has(row) && isFilledCell(cellAt(grid, row, id)),
    ),
  );
}
