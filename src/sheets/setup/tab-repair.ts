// Restores a tab's headers, frozen rows, widths, number formats and validation, writing no cell a user typed.
import { cellA1 } from "../../core/cells/a1";
import { type RuleContext, ruleFor } from "../../core/checks/validation-rules";
import type { Language } from "../../core/i18n/language";
import { t } from "../../core/i18n/messages";
import type { ColumnId } from "../../core/layout/columns";
import type { ColumnSpec, TabSpec } from "../../core/layout/tabs";
import { isFilledCell } from "../../core/records/plan-records";
import type { TabGrid } from "../../core/records/tab-grid";
import { type PlacedWrite, writeCells } from "../document/cell-writes";
import { growingRange } from "../document/grow-range";
import type { RepairLog } from "./repair-log";
import { buildValidation } from "./validation";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RepairContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly language: Language;
  /** Terms over the plan period for the term dropdowns, e.g. ["VT 2024", …]. */
  readonly terms: readonly string[];
  /** A1 of the goal names with their sheet, for the goal dropdown. */
  readonly goalNamesA1: string;
  /** A1 of the People tab's names with their sheet, for the Ansvarig suggestions; null without the tab. */
  readonly peopleNamesA1: string | null;
  readonly log: RepairLog;
}

export const HEADER_BACKGROUND = "#e8eaed";

/** Where the tab's columns are after repair: each spec column at a 1-based column. */
export type RepairedColumns<T extends TabSpec> = Readonly<Record<ColumnId<T>, number>>;

/**
 * The header row: a row is inserted above when the first row holds data but no headers; a missing header is
 * written into its usual column when that header cell is empty (no value, no formula), else after the last one. Only the missing
 * header cells are written. Returns where every column is.
 */
function repairHeaders<T extends TabSpec>(
  sheet: Sheet,
  grid: TabGrid<T>,
  ctx: RepairContext,
): RepairedColumns<T> {
  const spec = grid.spec;
  const name = grid.name;
  const located = grid.columns.column as Record<string, number | null>;
  const found = Object.values(located).filter((c) => c !== null).length;
  let headerCells: readonly unknown[] = grid.values[grid.columns.headerRow - 1] ?? [];
  // A user's formula in the header row may show nothing, and is theirs all the same.
  let headerFormulas: readonly string[] = grid.formulas?.[grid.columns.headerRow - 1] ?? [];
  if (found === 0 && headerCells.some(isFilledCell)) {
    sheet.insertRowBefore(1);
    headerCells = [];
    headerFormulas = [];
    ctx.log.did("setupInsertedHeaderRow", { tab: name });
  }
  const row = found === 0 ? 1 : grid.columns.headerRow;
  const taken = new Set(Object.values(located).filter((c): c is number => c !== null));
  const columns: Record<string, number> = {};
  const writes: PlacedWrite[] = [];
  let next = Math.max(headerCells.length, spec.columns.length, ...taken) + 1;
  spec.columns.forEach((column, index) => {
    const at = located[column.id];
    if (at !== null && at !== undefined) {
      columns[column.id] = at;
      return;
    }
    const usual = index + 1;
    const place =
      !taken.has(usual) && !isFilledCell(headerCells[usual - 1]) && !headerFormulas[usual - 1]
        ? usual
        : next++;
    taken.add(place);
    columns[column.id] = place;
    writes.push({ row, column: place, write: { text: t(ctx.language, column.header) } });
  });
  // A header restored after the last column (a user deleted columns) needs the sheet to grow first.
  const width = Math.max(...Object.values(columns));
  growingRange(sheet, row, 1, 1, width).setFontWeight("bold").setBackground(HEADER_BACKGROUND);
  writeCells(sheet, writes);
  if (writes.length > 0 && writes.length < spec.columns.length) {
    ctx.log.did("setupRestoredHeaders", { tab: name, count: writes.length });
  }
  return columns as RepairedColumns<T>;
}

/** Column widths, one call per run of neighbouring columns of equal width. */
function repairWidths<T extends TabSpec>(sheet: Sheet, spec: T, columns: RepairedColumns<T>): void {
  const placed = spec.columns
    .map((c) => ({ at: columns[c.id as ColumnId<T>], width: c.width }))
    .sort((a, b) => a.at - b.at);
  for (let i = 0; i < placed.length; ) {
    let j = i + 1;
    while (j < placed.length && placed[j].at === placed[j - 1].at + 1 && placed[j].width === placed[i].width)
      j++;
    sheet.setColumnWidths(placed[i].at, j - i, placed[i].width);
    i = j;
  }
}

/** Number formats and validation from `firstRow` down to the sheet's last row, on each column that has them. */
function repairColumns<T extends TabSpec>(
  sheet: Sheet,
  spec: T,
  columns: RepairedColumns<T>,
  firstRow: number,
  ctx: RepairContext,
): void {
  const rows = Math.max(sheet.getMaxRows() - firstRow + 1, 1);
  spec.columns.forEach((column: ColumnSpec) => {
    const at = columns[column.id as ColumnId<T>];
    const range = sheet.getRange(firstRow, at, rows, 1);
    if (column.numberFormat) range.setNumberFormat(column.numberFormat);
    const ruleContext: RuleContext = {
      language: ctx.language,
      terms: ctx.terms,
      goalNamesA1: ctx.goalNamesA1,
      peopleNamesA1: ctx.peopleNamesA1,
      firstCellA1: cellA1(firstRow, at),
    };
    const rule = ruleFor(column, ruleContext);
    if (rule) range.setDataValidation(buildValidation(ctx.ss, rule));
  });
}

export interface RepairOptions {
  /** Rows of the add-on's own right under the header (a total row): frozen with it, and not validated. */
  readonly rowsUnderHeader?: number;
}

/** Everything a tab needs to look and behave right, over the user's data. Returns where its columns are. */
export function repairTab<T extends TabSpec>(
  sheet: Sheet,
  grid: TabGrid<T>,
  ctx: RepairContext,
  options: RepairOptions = {},
): { columns: RepairedColumns<T>; headerRow: number } {
  const columns = repairHeaders(sheet, grid, ctx);
  const found = Object.values(grid.columns.column).some((c) => c !== null);
  const headerRow = found ? grid.columns.headerRow : 1;
  const under = options.rowsUnderHeader ?? 0;
  sheet.setFrozenRows(headerRow + under);
  repairWidths(sheet, grid.spec, columns);
  for (const column of grid.spec.columns) {
    if (column.hidden) sheet.hideColumns(columns[column.id as ColumnId<T>]);
  }
  repairColumns(sheet, grid.spec, columns, headerRow + under + 1, ctx);
  return { columns, headerRow };
}
