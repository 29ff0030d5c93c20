// Google Sheets' size limits (https://support.google.com/drive/answer/37603): cells per spreadsheet, columns and
// rows per sheet, characters per cell — refused before the grid grows, with Sheets' own messages.

export const SHEETS_LIMITS = {
  /** Cells in one spreadsheet, all sheets together. */
  cells: 10_000_000,
  /** Columns of one sheet (A … ZZZ). */
  columns: 18_278,
  /** Rows of one sheet (as in .xlsx, the files Sheets opens). */
  rows: 1_048_576,
  /** Characters in one cell. */
  cellCharacters: 50_000,
} as const;

/** A cell's text is longer than Sheets takes. */
export function tooLongMessage(): string {
  return `Your input contains more than the maximum of ${SHEETS_LIMITS.cellCharacters} characters in a single cell.`;
}

/** Why a spreadsheet of `cells` cells, whose largest sheet would be `rows` × `columns`, is refused; null if not. */
export function growthRefusal(cells: number, rows: number, columns: number): string | null {
  if (columns > SHEETS_LIMITS.columns)
    return `This action would increase the number of columns in the sheet above the limit of ${SHEETS_LIMITS.columns} columns.`;
  if (rows > SHEETS_LIMITS.rows)
    return `This action would increase the number of rows in the sheet above the limit of ${SHEETS_LIMITS.rows} rows.`;
  if (cells > SHEETS_LIMITS.cells)
    return `This action would increase the number of cells in the workbook above the limit of ${SHEETS_LIMITS.cells} cells.`;
  return null;
}
