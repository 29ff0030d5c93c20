// Restores a tab's headers, frozen header row, widths, number formats and validation without touching user data.
import { cellA1, columnLetter } from "../core/cells/a1";
import { type RuleContext, ruleFor } from "../core/checks/validation-rules";
import type { Language } from "../core/i18n/language";
import { type ColumnSpec, headers, isHeaderFor, type TabSpec, tabName } from "../core/plan/tabs";
import type { RepairLog } from "./repair-log";
import { buildValidation } from "./rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RepairContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly language: Language;
  readonly terms: readonly string[];
  readonly goalNamesA1: string;
  readonly log: RepairLog;
}

export const HEADER_BACKGROUND = "#e8eaed";

/** Restores missing header cells (row 1); inserts a header row when row 1 holds data. Reports mismatches. */
function repairHeaderRow(sheet: Sheet, spec: TabSpec, ctx: RepairContext): void {
  const width = spec.columns.length;
  const range = sheet.getRange(1, 1, 1, width);
  let current: unknown[] = range.getValues()[0];
  const name = tabName(spec.id, ctx.language);
  const isEmpty = current.every((v) => v === "");
  const looksLikeHeader = current.some((v, i) => isHeaderFor(v, spec.columns[i]));
  if (!isEmpty && !looksLikeHeader) {
    sheet.insertRowBefore(1);
    current = current.map(() => "");
    ctx.log.did("setupInsertedHeaderRow", { tab: name });
  }
  const expected = headers(spec, ctx.language);
  let restored = 0;
  const next = current.map((value, i) => {
    if (value === "") {
      restored++;
      return expected[i];
    }
    if (!isHeaderFor(value, spec.columns[i])) {
      ctx.log.couldNot("setupHeaderMismatch", {
        tab: name,
        column: columnLetter(i + 1),
        found: String(value),
        expected: expected[i],
      });
    }
    return value;
  });
  if (restored > 0) {
    range.setValues([next]);
    if (restored < width) ctx.log.did("setupRestoredHeaders", { tab: name, count: restored });
  }
  range.setFontWeight("bold").setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
}

/** Column widths, one call per run of equal widths. */
function repairWidths(sheet: Sheet, columns: readonly ColumnSpec[]): void {
  let start = 0;
  for (let i = 1; i <= columns.length; i++) {
    if (i === columns.length || columns[i].width !== columns[start].width) {
      sheet.setColumnWidths(start + 1, i - start, columns[start].width);
      start = i;
    }
  }
}

/** Number formats and validation rules on the data rows of each column that has them. */
function repairColumns(sheet: Sheet, spec: TabSpec, ctx: RepairContext, lastRow: number): void {
  const rows = Math.max(lastRow - 1, 1);
  spec.columns.forEach((column, index) => {
    const range = sheet.getRange(2, index + 1, rows, 1);
    if (column.numberFormat) range.setNumberFormat(column.numberFormat);
    const ruleContext: RuleContext = {
      language: ctx.language,
      terms: ctx.terms,
      goalNamesA1: ctx.goalNamesA1,
      firstCellA1: cellA1(2, index + 1),
    };
    const rule = ruleFor(column, ruleContext);
    if (rule) range.setDataValidation(buildValidation(ctx.ss, rule));
  });
}

/** Everything a tab needs to look and behave right, applied over the user's data. */
export function repairTab(sheet: Sheet, spec: TabSpec, ctx: RepairContext, dataRows?: number): void {
  repairHeaderRow(sheet, spec, ctx);
  repairWidths(sheet, spec.columns);
  repairColumns(sheet, spec, ctx, dataRows ?? sheet.getMaxRows());
}
