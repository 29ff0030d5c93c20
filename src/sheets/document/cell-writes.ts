// Writing only the cells the add-on fills: vertical runs of cells, one setValues per run, never a row it read.
import { isCalendarDate } from "../../core/calendar/dates";
import { asCellText } from "../../core/cells/cell-text";
import { growingRange } from "./grow-range";
import { dateFormula } from "./sheet-zone";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the add-on may write into a cell. Text is always written so it stays text; formulas are its own. */
export type CellWrite =
  | { readonly text: string }
  /** Text for a cell formatted as plain text ("@"), written as it is: the format keeps it text. */
  | { readonly plain: string }
  | { readonly formula: string }
  | { readonly value: number | boolean | "" }
  | { readonly date: string };

export interface PlacedWrite {
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly write: CellWrite;
}

/** The value setValues needs for a write: text made safe, dates as =DATE() so the spreadsheet's zone holds. */
export function cellValue(write: CellWrite): string | number | boolean {
  if ("text" in write) return asCellText(write.text);
  if ("plain" in write) return write.plain;
  if ("formula" in write) return write.formula;
  if ("date" in write) return dateFormula(write.date);
  return write.value;
}

/** The write for a value the core produced for a new row: calendar dates, text, numbers and ticks. */
export function writeOf(value: unknown): CellWrite {
  if (isCalendarDate(value)) return { date: value.iso };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (value === null || value === undefined || value === "") return { value: "" };
  return { text: String(value) };
}

/** Splits writes into runs of neighbouring cells along one axis: a column's consecutive rows, or a row's columns. */
function runsAlong(writes: readonly PlacedWrite[], axis: "down" | "across"): PlacedWrite[][] {
  const [major, minor] = axis === "down" ? (["column", "row"] as const) : (["row", "column"] as const);
  const sorted = [...writes].sort((a, b) => a[major] - b[major] || a[minor] - b[minor]);
  const runs: PlacedWrite[][] = [];
  for (const write of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && last[major] === write[major] && write[minor] === last[minor] + 1) run.push(write);
    else runs.push([write]);
  }
  return runs;
}

/** A rectangle of writes: rows × columns starting at (row, column). */
interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: CellWrite[][];
}

/** Joins runs down neighbouring columns that cover the same rows into one rectangle (Start and End, say). */
function blocksOf(runs: readonly PlacedWrite[][]): Block[] {
  const blocks: Block[] = [];
  for (const run of runs) {
    const top = run[0];
    const last = blocks.at(-1);
    if (
      last &&
      last.row === top.row &&
      last.cells.length === run.length &&
      last.column + last.cells[0].length === top.column
    ) {
      run.forEach((w, i) => {
        last.cells[i].push(w.write);
      });
    } else {
      blocks.push({ row: top.row, column: top.column, cells: run.map((w) => [w.write]) });
    }
  }
  return blocks;
}

/**
 * Writes each cell and nothing else: neighbouring cells go in one setValues — runs down a column, joined
 * across columns that cover the same rows, or runs along a row when that makes fewer — so the cost is a
 * call per block, not per cell. Returns the number of blocks written.
 */
export function writeCells(sheet: Sheet, writes: readonly PlacedWrite[]): number {
  const down = blocksOf(runsAlong(writes, "down"));
  const across = runsAlong(writes, "across").map((run) => ({
    row: run[0].row,
    column: run[0].column,
    cells: [run.map((w) => w.write)],
  }));
  const blocks = across.length < down.length ? across : down;
  for (const block of blocks) writeBlock(sheet, block.row, block.column, block.cells);
  return blocks.length;
}

/**
 * Writes a rectangular block of new cells (e.g. appended rows) with one setValues; a block past the sheet's edge
 * (a header or setting restored after columns or rows a user deleted) grows the sheet first.
 */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  block: readonly (readonly CellWrite[])[],
): void {
  if (block.length === 0 || block[0].length === 0) return;
  growingRange(sheet, row, column, block.length, block[0].length).setValues(
    block.map((r) => r.map(cellValue)),
  );
}

/** Sets notes cell by cell as writeCells sets values: a call per run of neighbouring cells. "" removes a note. */
export function writeNotes(sheet: Sheet, notes: readonly PlacedWrite[]): void {
  for (const run of runsAlong(notes, "down")) {
    const text = run.map((w) => ("text" in w.write ? w.write.text : ""));
    sheet.getRange(run[0].row, run[0].column, run.length, 1).setNotes(text.map((note) => [note]));
  }
}
