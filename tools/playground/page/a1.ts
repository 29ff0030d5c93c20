// A1 names of cells on the page: column letters and "B7", spelled as Sheets spells them (the page runs in a browser,
// so it has its own few lines rather than the emulator's).

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export const a1Of = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** "B7" → row 7, column 2. */
export function parseA1(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)/.exec(a1);
  if (!m) return { row: 0, column: 0 };
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
