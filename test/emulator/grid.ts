// Per-sheet cell storage besides contents: formats, notes, validations, merges, column widths and hidden columns.
import type { GridRect } from "./a1";

/** Everything Sheets keeps on a cell apart from its content. All optional: absent means default. */
export interface CellMeta {
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  numberFormat?: string;
  note?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  border?: boolean;
  validation?: GoogleAppsScript.Spreadsheet.DataValidation;
  /** Top-left cell of the range the validation was set on: custom formulas are relative to it. */
  validationAnchor?: [number, number];
}

export type FormatKey = Exclude<keyof CellMeta, "note" | "validation" | "validationAnchor">;
export const FORMAT_KEYS: readonly FormatKey[] = [
  "background",
  "fontWeight",
  "fontColor",
  "fontStyle",
  "fontSize",
  "fontFamily",
  "numberFormat",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
  "wrapStrategy",
  "border",
];

const key = (row: number, col: number): string => `${row},${col}`;

export class Grid {
  /** 1-based row,col → meta. */
  cells = new Map<string, CellMeta>();
  merges: GridRect[] = [];
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();

  get(row: number, col: number): CellMeta | undefined {
    return this.cells.get(key(row, col));
  }

  set<K extends keyof CellMeta>(row: number, col: number, field: K, value: CellMeta[K] | undefined): void {
    const k = key(row, col);
    const meta = this.cells.get(k) ?? {};
    if (value === undefined || value === null) delete meta[field];
    else meta[field] = value;
    if (Object.keys(meta).length === 0) this.cells.delete(k);
    else this.cells.set(k, meta);
  }

  /** Removes fields from every cell of a rectangle. */
  clear(rect: GridRect, fields: readonly (keyof CellMeta)[]): void {
    for (let r = rect.row; r < rect.row + rect.numRows; r++) {
      for (let c = rect.col; c < rect.col + rect.numCols; c++) {
        for (const f of fields) this.set(r, c, f, undefined);
      }
    }
  }

  /** The largest row and column holding any meta (for data-range style queries). */
  entries(): [number, number, CellMeta][] {
    return [...this.cells].map(([k, m]) => {
      const [r, c] = k.split(",").map(Number);
      return [r, c, m];
    });
  }

  /** Shifts rows at or below `at` by `n` (negative deletes rows at..at-n-1), like Sheets' insert/delete rows. */
  shiftRows(at: number, n: number): void {
    const next = new Map<string, CellMeta>();
    for (const [r, c, m] of this.entries()) {
      if (r < at) next.set(key(r, c), m);
      else if (n > 0) next.set(key(r + n, c), m);
      else if (r >= at - n) next.set(key(r + n, c), m);
    }
    this.cells = next;
    this.hiddenRows = new Set(
      [...this.hiddenRows].filter((r) => n > 0 || r < at || r >= at - n).map((r) => (r >= at ? r + n : r)),
    );
    this.merges = this.merges
      .filter((g) => n > 0 || g.row + g.numRows - 1 < at || g.row >= at - n)
      .map((g) => (g.row >= at ? { ...g, row: g.row + n } : g));
  }

  /** Shifts columns at or right of `at` by `n`, with widths and hidden flags. */
  shiftColumns(at: number, n: number): void {
    const next = new Map<string, CellMeta>();
    for (const [r, c, m] of this.entries()) {
      if (c < at) next.set(key(r, c), m);
      else if (n > 0 || c >= at - n) next.set(key(r, c + n), m);
    }
    this.cells = next;
    const move = <V>(m: Map<number, V>): Map<number, V> =>
      new Map(
        [...m]
          .filter(([c]) => n > 0 || c < at || c >= at - n)
          .map(([c, v]): [number, V] => [c >= at ? c + n : c, v]),
      );
    this.columnWidths = move(this.columnWidths);
    this.hiddenColumns = new Set(move(new Map([...this.hiddenColumns].map((c) => [c, true]))).keys());
    this.merges = this.merges
      .filter((g) => n > 0 || g.col + g.numCols - 1 < at || g.col >= at - n)
      .map((g) => (g.col >= at ? { ...g, col: g.col + n } : g));
  }

  /** The merge covering a cell, if any. */
  mergeAt(row: number, col: number): GridRect | undefined {
    return this.merges.find(
      (g) => row >= g.row && row < g.row + g.numRows && col >= g.col && col < g.col + g.numCols,
    );
  }
}
