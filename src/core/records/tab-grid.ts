// One plan tab as read in one go: its values (dates as calendar dates), formulas when read, and where its columns are.
import { type ColumnId, type ColumnIndex, locateColumns } from "../layout/columns";
import type { TabSpec } from "../layout/tabs";

export type Values = readonly (readonly unknown[])[];

export interface TabGrid<T extends TabSpec = TabSpec> {
  readonly spec: T;
  /** The sheet's name as the user sees it now (any name: tabs are found by the add-on's mark). */
  readonly name: string;
  /** Every value from A1 to the last used cell; date cells are CalendarDate. */
  readonly values: Values;
  /** Formulas in the same shape ("" for a value cell), or null when they were not read. */
  readonly formulas: readonly (readonly string[])[] | null;
  readonly columns: ColumnIndex<ColumnId<T>>;
}

export function tabGrid<T extends TabSpec>(
  spec: T,
  name: string,
  values: Values,
  formulas: readonly (readonly string[])[] | null = null,
): TabGrid<T> {
  return { spec, name, values, formulas, columns: locateColumns(spec, values) };
}

/** The value of a column in a 1-based sheet row; "" when the row or the column is not there. */
export function cellAt<T extends TabSpec>(grid: TabGrid<T>, row: number, id: ColumnId<T>): unknown {
  const column = grid.columns.column[id];
  return column === null ? "" : (grid.values[row - 1]?.[column - 1] ?? "");
}

/** The formula of a column in a 1-based sheet row; "" for a value, an empty cell or unread formulas. */
export function formulaAt<T extends TabSpec>(grid: TabGrid<T>, row: number, id: ColumnId<T>): string {
  const column = grid.columns.column[id];
  return column === null ? "" : (grid.formulas?.[row - 1]?.[column - 1] ?? "");
}

/** The 1-based sheet rows below the header row that the grid holds. */
export function bodyRows(grid: TabGrid): number[] {
  const rows: number[] = [];
  for (let row = grid.columns.headerRow + 1; row <= grid.values.length; row++) rows.push(row);
  return rows;
}
