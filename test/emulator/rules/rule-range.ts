// The little of a grid Range that rules need: where it is and how to name it.

/** A rectangle on a named sheet (the grid's Range satisfies this). */
export interface RuleRange {
  getA1Notation(): string;
  getSheet(): { getName(): string };
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
}

/** A range whose values a VALUE_IN_RANGE validation reads. */
export interface ValuesRange {
  getA1Notation(): string;
  getValues(): unknown[][];
}

export function containsCell(range: RuleRange, sheetName: string, row: number, column: number): boolean {
  return (
    range.getSheet().getName() === sheetName &&
    row >= range.getRow() &&
    row < range.getRow() + range.getNumRows() &&
    column >= range.getColumn() &&
    column < range.getColumn() + range.getNumColumns()
  );
}

/** Sheet name as it must be written before "!": quoted unless a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:B2" or "'My sheet'!A1:B2". */
export function qualifiedA1(range: RuleRange): string {
  return `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`;
}
