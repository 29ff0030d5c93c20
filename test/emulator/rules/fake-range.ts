// A stand-in Range for rule tests that don't need the grid: a rectangle on a named sheet, with optional values.

import { columnIndex, columnLetters } from "../a1";
import type { RuleRange, ValuesRange } from "./rule-range";

export function fakeRange(sheetName: string, a1: string, values: unknown[][] = []): RuleRange & ValuesRange {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!match) throw new Error(`fakeRange takes A1 or A1:B2, not ${a1}`);
  const row = Number(match[2]);
  const column = columnIndex(match[1]);
  const lastRow = match[4] ? Number(match[4]) : row;
  const lastColumn = match[3] ? columnIndex(match[3]) : column;
  return {
    getA1Notation: () =>
      lastRow === row && lastColumn === column ? a1 : `${columnLetters(column)}${row}:${match[3]}${lastRow}`,
    getSheet: () => ({ getName: () => sheetName }),
    getRow: () => row,
    getColumn: () => column,
    getNumRows: () => lastRow - row + 1,
    getNumColumns: () => lastColumn - column + 1,
    getValues: () => values,
  };
}
