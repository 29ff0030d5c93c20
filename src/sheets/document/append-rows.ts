// Appends rows after the last typed row of a tab, placing each cell by its column's header and keeping user formulas.
import { PlanError } from "../../core/i18n/errors";
import type { ColumnId } from "../../core/layout/columns";
import type { TabSpec } from "../../core/layout/tabs";
import type { NewRow } from "../../core/records/new-activity";
import { isFilledCell } from "../../core/records/plan-records";
import type { TabGrid } from "../../core/records/tab-grid";
import { type CellWrite, cellValue, type PlacedWrite, writeCells, writeOf } from "./cell-writes";
import { growingRange } from "./grow-range";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The last 1-based row holding a typed value (a formula's result does not count), at least `floor`. */
export function lastTypedRow(grid: TabGrid, floor: number): number {
  for (let row = grid.values.length; row > floor; row--) {
    const values = grid.values[row - 1];
    const formulas = grid.formulas?.[row - 1] ?? [];
    if (values.some((value, i) => isFilledCell(value) && !formulas[i])) return row;
  }
  return floor;
}

/** Refuses, in one clear sentence, to write rows into a tab with none of its headers left (a user deleted them). */
export function requireHeaders(grid: TabGrid): void {
  if (Object.values(grid.columns.column).every((at) => at === null))
    throw new PlanError("checkNoHeaders", { tab: grid.name });
}

/**
 * Writes `rows` on the rows after the last typed one (never above `floor` + 1). A formula a user filled down
 * into those rows stays: its cell is left out. With no such formula the rows go in one block (two calls);
 * otherwise a call per run of cells. Grows the sheet first when it is too short. Returns the first row written.
 */
export function appendRows<T extends TabSpec>(
  sheet: Sheet,
  grid: TabGrid<T>,
  rows: readonly NewRow<ColumnId<T>>[],
  floor = grid.columns.headerRow,
): number {
  const first = lastTypedRow(grid, floor) + 1;
  if (rows.length === 0) return first;
  requireHeaders(grid);
  // Only the columns the rows fill: a column the add-on computes (a spill, a formula) is never written.
  const filled = new Set(rows.flatMap((row) => Object.keys(row)));
  const placed = grid.spec.columns.flatMap((c) => {
    const at = grid.columns.column[c.id as ColumnId<T>];
    return at === null || !filled.has(c.id)
      ? []
      : [{ id: c.id as ColumnId<T>, at, plain: c.numberFormat === "@" }];
  });
  const write = (p: (typeof placed)[number], value: unknown): CellWrite =>
    p.plain && typeof value === "string" ? { plain: value } : writeOf(value);
  const left = Math.min(...placed.map((p) => p.at));
  const right = Math.max(...placed.map((p) => p.at));
  // Plain-text columns (Term, När) get their "@" format before the write, so no text there is read as a
  // formula or a date, whatever the tab's formatting was (a tab made by hand, or after Clear formatting).
  const grown = growingRange(sheet, first, left, rows.length, right - left + 1);
  const plain = placed
    .filter((q) => q.plain)
    .map((q) => q.at)
    .sort((a, b) => a - b);
  for (let i = 0; i < plain.length; ) {
    let j = i + 1;
    while (j < plain.length && plain[j] === plain[j - 1] + 1) j++;
    sheet.getRange(first, plain[i], rows.length, j - i).setNumberFormat("@");
    i = j;
  }
  const formulaAt = (row: number, column: number) => grid.formulas?.[row - 1]?.[column - 1] ?? "";
  const blocked = rows.some((_, i) => {
    for (let column = left; column <= right; column++) if (formulaAt(first + i, column) !== "") return true;
    return false;
  });
  if (!blocked) {
    const block: CellWrite[][] = rows.map((row) => {
      const line: CellWrite[] = Array.from({ length: right - left + 1 }, () => ({ value: "" }));
      for (const p of placed) line[p.at - left] = write(p, row[p.id] ?? "");
      return line;
    });
    grown.setValues(block.map((line) => line.map(cellValue)));
    return first;
  }
  const writes: PlacedWrite[] = [];
  rows.forEach((row, i) => {
    for (const p of placed) {
      if (formulaAt(first + i, p.at) === "")
        writes.push({ row: first + i, column: p.at, write: write(p, row[p.id] ?? "") });
    }
  });
  writeCells(sheet, writes);
  return first;
}
