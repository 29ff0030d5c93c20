// Finds a tab's columns by their headers, never by position: users insert, move and delete columns.
import { isLabel } from "../i18n/labels";
import type { TabSpec } from "./tabs";

/** The column ids a tab spec declares. */
export type ColumnId<T extends TabSpec> = T["columns"][number]["id"];

export interface ColumnIndex<Id extends string = string> {
  /** 1-based row holding the headers (1 for a new or empty tab). */
  readonly headerRow: number;
  /** 1-based column of each id; null when its header is not on the tab. */
  readonly column: Readonly<Record<Id, number | null>>;
}

/** How many rows from the top may hold the header row (a user may have inserted a row or two above it). */
const HEADER_SEARCH_ROWS = 5;

/** The ids found in one row: each column id at the first cell reading as its header, left to right. */
function matchRow<T extends TabSpec>(spec: T, row: readonly unknown[]): Map<ColumnId<T>, number> {
  const found = new Map<ColumnId<T>, number>();
  const taken = new Set<number>();
  for (const column of spec.columns) {
    const index = row.findIndex((cell, i) => !taken.has(i) && isLabel(cell, column.header));
    if (index >= 0) {
      found.set(column.id as ColumnId<T>, index + 1);
      taken.add(index);
    }
  }
  return found;
}

/**
 * Locates a tab's columns from its values (row 1 first). The header row is the one of the first few rows
 * that names the most of the tab's columns (at least two, or one for a tab of fewer than three columns);
 * without one, row 1 with every column missing.
 */
export function locateColumns<T extends TabSpec>(
  spec: T,
  values: readonly (readonly unknown[])[],
): ColumnIndex<ColumnId<T>> {
  const needed = spec.columns.length < 3 ? 1 : 2;
  let best: { row: number; found: Map<ColumnId<T>, number> } = { row: 1, found: new Map() };
  const rows = Math.min(HEADER_SEARCH_ROWS, values.length);
  for (let r = 0; r < rows; r++) {
    const found = matchRow(spec, values[r]);
    if (found.size >= needed && found.size > best.found.size) best = { row: r + 1, found };
  }
  const column = Object.fromEntries(
    spec.columns.map((c) => [c.id, best.found.get(c.id as ColumnId<T>) ?? null]),
  ) as Record<ColumnId<T>, number | null>;
  return { headerRow: best.row, column };
}

/** The index of a tab laid out exactly as its spec, header in row 1 (for a tab the add-on has just written). */
export function specColumns<T extends TabSpec>(
  spec: T,
): { readonly headerRow: 1; readonly column: Readonly<Record<ColumnId<T>, number>> } {
  const column = Object.fromEntries(spec.columns.map((c, i) => [c.id, i + 1])) as Record<ColumnId<T>, number>;
  return { headerRow: 1, column };
}
