// A block of a sheet that may run past its edge: the sheet grows first, only when it must.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What growing added: the first new row or column and how many, for the caller to format. */
export interface Growth {
  readonly rows: { readonly first: number; readonly count: number } | null;
  readonly columns: { readonly first: number; readonly count: number } | null;
}

/**
 * sheet.getRange(row, column, numRows, numColumns), inserting rows and columns at the end when the block doesn't
 * fit (Sheets refuses a range outside the grid). Asking the size first would cost two calls on every write; this
 * costs them only when the sheet grows. `grown` formats what was added.
 */
export function growingRange(
  sheet: Sheet,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  grown: (growth: Growth) => void = () => undefined,
): Range {
  try {
    return sheet.getRange(row, column, numRows, numColumns);
  } catch {
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    const lastRow = row + numRows - 1;
    const lastColumn = column + numColumns - 1;
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
    grown({
      rows: lastRow > maxRows ? { first: maxRows + 1, count: lastRow - maxRows } : null,
      columns: lastColumn > maxColumns ? { first: maxColumns + 1, count: lastColumn - maxColumns } : null,
    });
    return sheet.getRange(row, column, numRows, numColumns);
  }
}
