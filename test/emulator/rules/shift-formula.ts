// Moves a formula's relative A1 references by (dRow, dCol), as Sheets does when it applies a rule to another cell.
import { columnIndex, columnLetters } from "../a1";

/** Largest row and column Sheets allows (10 million cells; 18278 = ZZZ columns). */
export const MAX_ROWS = 10_000_000;
export const MAX_COLUMNS = 18_278;

const SHEET = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
/** A reference: optional sheet, then cell:cell, cell:col (open-ended "A2:A"), cell, col:col or row:row. */
const REFERENCE = new RegExp(
  `(${SHEET})?(${CELL}:${CELL}|${CELL}:${COL}|${CELL}|${COL}:${COL}|${ROW}:${ROW})`,
  "y",
);
/** A character that may not touch a reference on its left (it would be part of a name or number). */
const NAME_BEFORE = /[A-Za-z0-9_.$'!]/;
/** A character that may not follow a reference (a longer name, a function call, a decimal). */
const NAME_AFTER = /[A-Za-z0-9_.(!$]/;

/** Shifts one endpoint ("$A1", "B$2", "C", "$7"); null when it leaves the sheet. */
function shiftPart(part: string, dRow: number, dCol: number): string | null {
  const match = /^(\$?)([A-Za-z]*)(\$?)(\d*)$/.exec(part);
  if (!match) return part;
  const letters = match[2];
  const digits = match[4];
  const colAbs = letters ? match[1] : "";
  const rowAbs = letters ? match[3] : match[1];
  let out = "";
  if (letters) {
    const column = colAbs ? columnIndex(letters) : columnIndex(letters) + dCol;
    if (column < 1 || column > MAX_COLUMNS) return null;
    out += colAbs ? `$${letters}` : columnLetters(column);
  }
  if (digits) {
    const row = rowAbs ? Number(digits) : Number(digits) + dRow;
    if (row < 1 || row > MAX_ROWS) return null;
    out += rowAbs ? `$${digits}` : String(row);
  }
  return out;
}

/**
 * Shifts relative references (A1, $A1, A$1, A1:B2, A:A, 1:1, Sheet!A1, 'My sheet'!A1) by dRow rows and
 * dCol columns; absolute parts ($) stay. String literals and names (SUM, LOG10, named ranges) are left alone.
 * A reference pushed off the sheet becomes #REF!, as in Sheets.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i === 0 || !NAME_BEFORE.test(formula[i - 1])) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(formula);
      const end = match ? i + match[0].length : i;
      if (match && !(end < formula.length && NAME_AFTER.test(formula[end]))) {
        const sheet = match[1] ?? "";
        const parts = match[2].split(":").map((p) => shiftPart(p, dRow, dCol));
        out += parts.includes(null) ? "#REF!" : sheet + parts.join(":");
        i = end;
        continue;
      }
    }
    // Not a reference here: copy one name/number token whole so its tail is never read as a reference.
    const token = /^[A-Za-z0-9_.$]+/.exec(formula.slice(i));
    if (token && /[A-Za-z_]/.test(ch) && ch !== "$") {
      out += token[0];
      i += token[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
