// A1 notation: parsing and formatting cell/range addresses, quoted sheet names, open ranges (A2:I), whole columns.

/** A rectangular block, 1-based and inclusive, like Sheets' Range. */
export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference; `sheet` is undefined when the text names no sheet. */
export interface A1Ref extends GridRect {
  sheet?: string;
}

/** Column letters for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based column index for letters: A → 1, AA → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for formulas when needed: Aktiviteter, 'Min plan', 'It''s'. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u00C0-\u02AF][A-Za-z0-9_\u00C0-\u02AF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My Sheet'!A1:B2" into sheet name and the address part. */
export function splitSheet(a1: string): { sheet?: string; address: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { address: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses an A1 reference. Open ends (A2:I, A:A, 2:2) extend to `maxRows`/`maxCols`.
 * Throws Google's "Range not found" for text that is not an address.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): A1Ref {
  const { sheet, address } = splitSheet(a1.trim());
  const [startText, endText] = address.split(":");
  const start = CELL.exec(startText ?? "");
  const end = endText === undefined ? start : CELL.exec(endText);
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) throw new Error("Range not found");
  const c1 = start[1] ? columnIndex(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnIndex(end[1]) : maxCols;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  if (endText === undefined && (!start[1] || !start[2])) throw new Error("Range not found");
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const ref: A1Ref = { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
  if (sheet !== undefined) ref.sheet = sheet;
  return ref;
}

/** "B3" or "B3:D7" for a rectangle; a single cell gives a single address like Range.getA1Notation. */
export function formatA1(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** Runs `fn` on each stretch of formula text that lies outside "string literals". */
export function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : fn(p))).join("");
}

const SHEET_PREFIX = String.raw`((?:'(?:[^']|'')+'|[A-Za-z0-9_\u00C0-\u02AF.]+)!)?`;
const OPEN_RANGE = new RegExp(
  String.raw`(^|[^A-Za-z0-9_$.'!])${SHEET_PREFIX}(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!])`,
  "g",
);
const BARE_BOOL = /(^|[^A-Za-z0-9_.$'])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi;

const RANGE_END = new RegExp(
  String.raw`(^|[^A-Za-z0-9_$.'!])${SHEET_PREFIX}(\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])`,
  "g",
);

/**
 * Rows appended after a sheet's last row: a range on that sheet that ran to the old last row runs to the new
 * one. Open ranges (A2:A, whole columns A:I) are stored ending at the last row, so they stay open, as in Sheets.
 * `home` is the sheet the formula stands on (undefined for named ranges, which always name their sheet).
 */
export function extendRangesToLastRow(
  formula: string,
  home: string | undefined,
  sheet: string,
  oldLast: number,
  newLast: number,
): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      RANGE_END,
      (m, pre: string, sheetPart: string | undefined, body: string, dollar: string, endRow: string) => {
        const target = sheetPart ? splitSheet(`${sheetPart}A1`).sheet : home;
        if (target !== sheet || Number(endRow) !== oldLast) return m;
        return `${pre}${sheetPart ?? ""}${body}${dollar}${newLast}`;
      },
    ),
  );
}

/**
 * Sheets formula → HyperFormula formula: open ranges A2:A become A2:A<maxRows of that sheet>
 * (HF has no half-open ranges) and bare TRUE/FALSE become TRUE()/FALSE().
 */
export function toEngineFormula(formula: string, maxRowsOf: (sheet: string | undefined) => number): string {
  return mapOutsideStrings(formula, (code) =>
    code
      .replace(
        OPEN_RANGE,
        (_m, pre: string, sheetPart: string | undefined, start: string, endCol: string) => {
          const sheet = sheetPart ? splitSheet(`${sheetPart}A1`).sheet : undefined;
          return `${pre}${sheetPart ?? ""}${start}:${endCol}${maxRowsOf(sheet)}`;
        },
      )
      .replace(BARE_BOOL, (_m, pre: string, word: string) => `${pre}${word.toUpperCase()}()`),
  );
}

const CLOSED_RANGE = new RegExp(
  String.raw`(^|[^A-Za-z0-9_$.'!])${SHEET_PREFIX}(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(!])`,
  "g",
);

/** HyperFormula formula → Sheets formula: ranges ending on the sheet's last row print open again; TRUE() → TRUE. */
export function fromEngineFormula(formula: string, maxRowsOf: (sheet: string | undefined) => number): string {
  return mapOutsideStrings(formula, (code) =>
    code
      .replace(
        CLOSED_RANGE,
        (m, pre: string, sheetPart: string | undefined, start: string, endCol: string, endRow: string) => {
          const sheet = sheetPart ? splitSheet(`${sheetPart}A1`).sheet : undefined;
          return Number(endRow) >= maxRowsOf(sheet) ? `${pre}${sheetPart ?? ""}${start}:${endCol}` : m;
        },
      )
      .replace(/\b(TRUE|FALSE)\(\)/g, "$1"),
  );
}

const REF = new RegExp(
  String.raw`(^|[^A-Za-z0-9_.'!"])${SHEET_PREFIX}(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])`,
  "g",
);

/**
 * Moves the relative parts of every A1 reference by dRow/dCol, as copying a formula does in Sheets
 * ($-anchored parts stay). Used for conditional-format custom formulas when no rules/shiftFormula exists.
 */
export function shiftReferences(formula: string, dRow: number, dCol: number): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      REF,
      (_m, pre: string, sheet: string | undefined, cAbs: string, col: string, rAbs: string, row: string) => {
        const c = cAbs ? col : columnLetters(Math.max(1, columnIndex(col) + dCol));
        const r = rAbs ? row : String(Math.max(1, Number(row) + dRow));
        return `${pre}${sheet ?? ""}${cAbs}${c}${rAbs}${r}`;
      },
    ),
  );
}
