// A1 notation helpers: column letters and cell/range references for formulas the add-on writes.

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "D2" */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "D2:D7" — one column from row `from` to row `to`. */
export function columnRangeA1(column: number, from: number, to: number): string {
  const letter = columnLetter(column);
  return `${letter}${from}:${letter}${to}`;
}
