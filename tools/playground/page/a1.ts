// A1 names of cells on the page: column letters and "B7", spelled as the emulator spells them.
import { columnIndex, columnLetters } from "../../../test/emulator/a1";

export { columnLetters };

export const a1Of = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** "B7" → row 7, column 2. */
export function parseA1(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)/.exec(a1);
  if (!m) return { row: 0, column: 0 };
  return { row: Number(m[2]), column: columnIndex(m[1]) };
}
