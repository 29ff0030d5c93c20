// Reads one emulated sheet as a user sees it: display values, visible colours and weights, widths, rules.

import { columnLetters } from "../../test/emulator/a1";
import { conditionalFormat } from "../../test/emulator/rules/conditional-format";
import type { SheetImpl } from "../../test/emulator/sheet";
import { isCheckbox } from "../../test/emulator/sheet";
import type { CellValidation, SheetView } from "./view-types";

const EMPTY_ROWS = 20;
const EMPTY_COLUMNS = 2;

/** Rows and columns to show: the content, frozen panes and a margin of empty cells to type in. */
function extent(sheet: SheetImpl): { rows: number; columns: number } {
  const rows = Math.max(sheet.getLastRow(), sheet.frozenRows, 1) + EMPTY_ROWS;
  const columns = Math.max(sheet.getLastColumn(), sheet.frozenCols, 1) + EMPTY_COLUMNS;
  return { rows: Math.min(rows, sheet.maxRows), columns: Math.min(columns, sheet.maxCols) };
}

function validationOf(v: GoogleAppsScript.Spreadsheet.DataValidation | undefined): CellValidation | null {
  if (!v) return null;
  if (isCheckbox(v)) return { type: "checkbox" };
  const criteria = String(v.getCriteriaType());
  const [first] = v.getCriteriaValues();
  if (criteria === "VALUE_IN_LIST" && Array.isArray(first))
    return { type: "list", values: first.map(String) };
  if (criteria === "VALUE_IN_RANGE" && first && typeof first === "object" && "getValues" in first) {
    const range = first as GoogleAppsScript.Spreadsheet.Range;
    const values = range
      .getDisplayValues()
      .flat()
      .filter((x) => x !== "");
    return { type: "list", values };
  }
  return null;
}

const hex = (color: string | undefined, fallback: string): string =>
  color && /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : fallback;

/** One sheet as a user sees it. */
export function sheetView(sheet: SheetImpl): SheetView {
  const { rows, columns } = extent(sheet);
  const range = sheet.rect(1, 1, rows, columns);
  const values = range.getValues();
  const evaluate = (formula: string): unknown => sheet.ss.engine.calculate(formula, sheet.name);
  const view: SheetView = {
    name: sheet.name,
    rows,
    columns,
    values: range.getDisplayValues(),
    formulas: range.getFormulas(),
    backgrounds: [],
    fontWeights: [],
    fontColors: [],
    alignments: [],
    notes: range.getNotes(),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    columnWidths: Array.from({ length: columns }, (_, c) => sheet.getColumnWidth(c + 1)),
    hiddenRows: [...sheet.grid.hiddenRows].filter((r) => r <= rows).sort((a, b) => a - b),
    hiddenColumns: [...sheet.grid.hiddenColumns].filter((c) => c <= columns).sort((a, b) => a - b),
    validations: {},
  };
  for (let r = 1; r <= rows; r++) {
    const bg: string[] = [];
    const weight: string[] = [];
    const color: string[] = [];
    const align: ("left" | "center" | "right")[] = [];
    for (let c = 1; c <= columns; c++) {
      const meta = sheet.grid.get(r, c);
      const value = values[r - 1][c - 1];
      const cf = sheet.cfRules.length
        ? conditionalFormat(sheet.cfRules, sheet.name, r, c, evaluate, value)
        : null;
      bg.push(hex(cf?.background ?? meta?.background, "#ffffff"));
      weight.push((cf?.bold ?? meta?.fontWeight === "bold") ? "bold" : "normal");
      color.push(hex(cf?.fontColor ?? meta?.fontColor, "#000000"));
      const numeric =
        typeof value === "number" || value instanceof Date || (value !== null && typeof value === "object");
      const h = meta?.horizontalAlignment?.toLowerCase();
      align.push(h === "center" || h === "right" || h === "left" ? h : numeric ? "right" : "left");
      const rule = validationOf(meta?.validation);
      if (rule) view.validations[`${columnLetters(c)}${r}`] = rule;
    }
    view.backgrounds.push(bg);
    view.fontWeights.push(weight);
    view.fontColors.push(color);
    view.alignments.push(align);
  }
  return view;
}
