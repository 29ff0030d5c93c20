// Custom-function arguments that may be one cell or a whole range: shape checks, broadcasting, flattening.
import { PlanError } from "../i18n/errors";

/** Rows and columns of a range argument. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** A range as Sheets passes it: rows of cells. Array.isArray, not instanceof, so other realms' arrays count. */
export type Grid<T = unknown> = T[][];

/**
 * The shape of a range argument, or null for a single value. Throws unless it is a non-empty
 * rectangle of rows whose cells are not themselves arrays.
 */
export function shapeOf(value: unknown, name: string): Shape | null {
  if (!Array.isArray(value)) return null;
  const rows: unknown[] = value;
  const first: unknown = rows[0];
  if (rows.length === 0 || !Array.isArray(first) || first.length === 0) {
    throw new PlanError("errorNotARange", { name });
  }
  const cols = first.length;
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== cols) throw new PlanError("errorNotARange", { name });
    for (let c = 0; c < cols; c++) {
      if (Array.isArray(row[c])) throw new PlanError("errorNotARange", { name });
    }
  }
  return { rows: rows.length, cols };
}

function isSingle(shape: Shape | null): boolean {
  return shape === null || (shape.rows === 1 && shape.cols === 1);
}

function showShape(shape: Shape): string {
  return `${shape.rows}×${shape.cols}`;
}

/** The common shape of the arguments (1×1 ranges and single values fit any); null when all are single values. */
export function commonShape(args: readonly unknown[], names: readonly string[] = []): Shape | null {
  let common: { shape: Shape; name: string } | null = null;
  let sawRange = false;
  for (let i = 0; i < args.length; i++) {
    const name = names[i] ?? `#${i + 1}`;
    const shape = shapeOf(args[i], name);
    if (!shape) continue;
    sawRange = true;
    if (isSingle(shape)) continue;
    if (!common) common = { shape, name };
    else if (common.shape.rows !== shape.rows || common.shape.cols !== shape.cols) {
      throw new PlanError("errorRangeSizesDiffer", {
        first: common.name,
        firstSize: showShape(common.shape),
        second: name,
        secondSize: showShape(shape),
      });
    }
  }
  return common ? common.shape : sawRange ? { rows: 1, cols: 1 } : null;
}

/** The cell of `arg` at (row, col): a single value or 1×1 range stands for every cell. */
function cellAt(arg: unknown, row: number, col: number): unknown {
  if (!Array.isArray(arg)) return arg;
  const rows: unknown[][] = arg;
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows[row][col];
}

/**
 * Applies `fn` cell by cell. Each argument is a single value or a range; ranges must share a shape
 * (1×1 ranges fit any). All single values → a single value; otherwise a range of the common shape.
 * `names` label the arguments in error messages.
 */
export function mapCells<R>(
  args: readonly unknown[],
  fn: (...cells: unknown[]) => R,
  names: readonly string[] = [],
): R | Grid<R> {
  const shape = commonShape(args, names);
  if (!shape) return fn(...args);
  return gridOf(shape, (r, c) => fn(...args.map((arg) => cellAt(arg, r, c))));
}

/**
 * Like mapCells, but each cell gives a row of values laid out side by side: an n×1 range of inputs
 * with a 2-value `fn` gives n×2; single values give one row (1×k).
 */
export function flatMapCells<R>(
  args: readonly unknown[],
  fn: (...cells: unknown[]) => readonly R[],
  names: readonly string[] = [],
): Grid<R> {
  const shape = commonShape(args, names) ?? { rows: 1, cols: 1 };
  return Array.from({ length: shape.rows }, (_, r) => {
    const row: R[] = [];
    for (let c = 0; c < shape.cols; c++) row.push(...fn(...args.map((arg) => cellAt(arg, r, c))));
    return row;
  });
}

function gridOf<R>(shape: Shape, cell: (row: number, col: number) => R): Grid<R> {
  return Array.from({ length: shape.rows }, (_, r) =>
    Array.from({ length: shape.cols }, (_, c) => cell(r, c)),
  );
}

/** Every cell of a range, row by row; a single value gives a one-element list. */
export function flattenCells(value: unknown, name: string): unknown[] {
  const shape = shapeOf(value, name);
  if (!shape) return [value];
  const cells: unknown[] = [];
  for (const row of value as unknown[][]) for (let c = 0; c < shape.cols; c++) cells.push(row[c]);
  return cells;
}

/** The one value of a single-cell argument (a 1×1 range counts); throws for a bigger range. */
export function singleCell(value: unknown, name: string): unknown {
  const shape = shapeOf(value, name);
  if (!shape) return value;
  if (!isSingle(shape)) throw new PlanError("errorSingleCellExpected", { name });
  return (value as unknown[][])[0][0];
}
