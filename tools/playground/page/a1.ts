// A1 names of cells on the page: column letters and "B7".

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export const a1Of = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** "B7" → row 7, column 2. */
export function parseA1(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)/.exec(a1);
  if (!m) return { row: 0, column: 0 };
  const column = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), column };
}
