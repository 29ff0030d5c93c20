// Reads one emulated sheet as a user sees it, through the Sheets API and the emulator's inspection calls.
import { columnLetters, type Emulator } from "../../test/emulator/index";
import type { CellValidation, SheetView } from "./view-types";

const EMPTY_ROWS = 20;
const EMPTY_COLUMNS = 2;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows and columns to show: the content, frozen panes and a margin of empty cells to type in. */
export function screenExtent(sheet: Sheet): { rows: number; columns: number } {
  const rows = Math.max(sheet.getLastRow(), sheet.getFrozenRows(), 1) + EMPTY_ROWS;
  const columns = Math.max(sheet.getLastColumn(), sheet.getFrozenColumns(), 1) + EMPTY_COLUMNS;
  return { rows: Math.min(rows, sheet.getMaxRows()), columns: Math.min(columns, sheet.getMaxColumns()) };
}

function validationOf(v: GoogleAppsScript.Spreadsheet.DataValidation | null): CellValidation | null {
  if (!v) return null;
  const criteria = String(v.getCriteriaType());
  if (criteria === "CHECKBOX") return { type: "checkbox" };
  const [first] = v.getCriteriaValues();
  if (criteria === "VALUE_IN_LIST" && Array.isArray(first))
    return { type: "list", values: first.map(String) };
  if (criteria === "VALUE_IN_RANGE" && first && typeof first === "object" && "getDisplayValues" in first) {
    const values = (first as GoogleAppsScript.Spreadsheet.Range)
      .getDisplayValues()
      .flat()
      .filter((x) => x !== "");
    return { type: "list", values };
  }
  return null;
}

/** One sheet as a user sees it, `extent` rows and columns from A1 (by default what the playground shows). */
export function sheetView(
  emulator: Emulator,
  sheetName: string,
  extent?: { rows: number; columns: number },
): SheetView {
  const sheet = emulator.spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  const { rows, columns } = extent ?? screenExtent(sheet);
  const range = sheet.getRange(1, 1, rows, columns);
  const values = range.getValues();
  const display = range.getDisplayValues();
  const looks = emulator.appearance(sheetName, rows, columns);
  const aligned = range.getHorizontalAlignments();
  const rules = range.getDataValidations();
  const view: SheetView = {
    name: sheetName,
    rows,
    columns,
    values: display,
    formulas: range.getFormulas(),
    backgrounds: looks.backgrounds,
    fontWeights: looks.fontWeights,
    fontColors: looks.fontColors,
    alignments: values.map((line, r) =>
      line.map((value, c) => {
        const h = aligned[r][c].toLowerCase();
        if (h === "center" || h === "right" || h === "left") return h;
        return typeof value === "number" || value instanceof Date ? "right" : "left";
      }),
    ),
    notes: range.getNotes(),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    columnWidths: Array.from({ length: columns }, (_, c) => sheet.getColumnWidth(c + 1)),
    hiddenRows: Array.from({ length: rows }, (_, r) => r + 1).filter((r) => sheet.isRowHiddenByUser(r)),
    hiddenColumns: Array.from({ length: columns }, (_, c) => c + 1).filter((c) =>
      sheet.isColumnHiddenByUser(c),
    ),
    validations: {},
    errors: {},
  };
  display.forEach((line, r) => {
    line.forEach((text, c) => {
      const a1 = `${columnLetters(c + 1)}${r + 1}`;
      const rule = validationOf(rules[r][c]);
      if (rule) view.validations[a1] = rule;
      if (text.startsWith("#")) {
        const message = emulator.cellError(sheetName, a1);
        if (message) view.errors[a1] = message;
      }
    });
  });
  return view;
}
