// The data-safety model: every cell a user wrote (content and note), where it is now, and what it must still hold.
import { dateToSerial, type Emulator, type SheetShift } from "../emulator/index";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A cell of one sheet, by the sheet's id (a rename keeps it) and its 1-based row and column. */
interface Place {
  readonly sheetId: number;
  row: number;
  column: number;
}

interface Written extends Place {
  /** What the cell held right after the user wrote it: see contentOf. */
  readonly content: string;
}

const DATE_TAG = "[object Date]";
const EMPTY = "string ";
const FORMULA = "formula ";

/** A number to a millionth: a value read back through a date (a serial and its instant) loses the last bits. */
function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * A cell's content as the user left it: its formula, else its value with its type. A date is the number Sheets
 * stores: the add-on may format a column it adopts (a number under its date header reads as a date), which
 * changes how a value shows, not what the user wrote.
 */
export function contentOf(sheet: Sheet, row: number, column: number): string {
  const range = sheet.getRange(row, column);
  const formula = range.getFormula();
  if (formula !== "") return `${FORMULA}${formula}`;
  const value: unknown = range.getValue();
  if (Object.prototype.toString.call(value) === DATE_TAG) {
    return `number ${rounded(dateToSerial(value as Date, sheet.getParent().getSpreadsheetTimeZone()))}`;
  }
  if (typeof value === "number") return `number ${rounded(value)}`;
  return `${typeof value} ${String(value)}`;
}

function key(place: Place): string {
  return `${place.sheetId}:${place.row}:${place.column}`;
}

/** Moves a place by a shift of its sheet; null when its row or column was deleted. */
function shifted<P extends Place>(place: P, shift: SheetShift): P | null {
  if (place.sheetId !== shift.sheetId) return place;
  const axis = shift.axis === "rows" ? "row" : "column";
  const at = place[axis];
  if (at < shift.at) return place;
  if (shift.count < 0 && at < shift.at - shift.count) return null;
  return { ...place, [axis]: at + shift.count };
}

/**
 * What users wrote, following every row and column inserted or deleted (by users or by the add-on), so that
 * after any step each cell can be checked against what its user left in it.
 */
export class UserCells {
  private contents = new Map<string, Written>();
  private notes = new Map<string, Written>();
  /** The cells users wrote in the current step, where they are now (onEdit may move them, e.g. a restored total). */
  private recent: Place[] = [];
  private readonly stop: () => void;

  constructor(
    emu: Emulator,
    private readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  ) {
    this.stop = emu.onShift((shift) => this.follow(shift));
  }

  dispose(): void {
    this.stop();
  }

  private follow(shift: SheetShift): void {
    const move = (cells: Map<string, Written>) => {
      const next = new Map<string, Written>();
      for (const cell of cells.values()) {
        const moved = shifted(cell, shift);
        if (moved) next.set(key(moved), moved);
      }
      return next;
    };
    this.contents = move(this.contents);
    this.notes = move(this.notes);
    this.recent = this.recent.map((p) => shifted(p, shift)).filter((p): p is Place => p !== null);
    // Sheets moves the references of every formula over the shift, as a user expects: a user's =C3+2 in the row
    // under a deleted row reads =C2+2. The model's formulas are read again; nothing else changes.
    // Formulas on other sheets that refer to this one move too.
    const sheets = new Map(this.ss.getSheets().map((s) => [s.getSheetId(), s]));
    for (const [at, cell] of this.contents) {
      const sheet = sheets.get(cell.sheetId);
      if (!cell.content.startsWith(FORMULA) || !sheet) continue;
      const now = contentOf(sheet, cell.row, cell.column);
      if (now.startsWith(FORMULA)) this.contents.set(at, { ...cell, content: now });
    }
  }

  /**
   * A user just wrote `typed` into a cell: remembers what it holds now. An entry of "" clears the cell, which is
   * then nobody's (it may show a formula's spilled result, which is not the user's).
   */
  wrote(sheet: Sheet, row: number, column: number, typed: string): void {
    const place = { sheetId: sheet.getSheetId(), row, column };
    this.recent.push({ ...place });
    const content = typed === "" ? EMPTY : contentOf(sheet, row, column);
    if (content === EMPTY) this.contents.delete(key(place));
    else this.contents.set(key(place), { ...place, content });
  }

  /**
   * After onEdit: a number over 1 and at most 100 a user put in a growth column is read as that percent and
   * written back with a note saying so (issue 12: "10" in Tillväxt % means 10 %). The model takes that reading as
   * what the user wrote, and only that: the value exactly a hundredth of the typed one, under a new note.
   */
  /** A new step begins: no cell is this step's yet. */
  beginStep(): void {
    this.recent = [];
  }

  readAsPercent(): void {
    const sheets = new Map(this.ss.getSheets().map((s) => [s.getSheetId(), s]));
    for (const place of this.recent) {
      const sheet = sheets.get(place.sheetId);
      const cell = this.contents.get(key(place));
      const typed = cell?.content.startsWith("number ") ? Number(cell.content.slice(7)) : Number.NaN;
      if (!sheet || !cell || !(typed > 1 && typed <= 100) || this.notes.has(key(place))) continue;
      const read = `number ${rounded(typed / 100)}`;
      if (
        contentOf(sheet, place.row, place.column) === read &&
        sheet.getRange(place.row, place.column).getNote() !== ""
      )
        this.contents.set(key(place), { ...cell, content: read });
    }
    this.recent = [];
  }

  /** A user just wrote (or removed) the note of a cell. */
  noted(sheet: Sheet, row: number, column: number): void {
    const place = { sheetId: sheet.getSheetId(), row, column };
    const content = sheet.getRange(row, column).getNote();
    if (content === "") this.notes.delete(key(place));
    else this.notes.set(key(place), { ...place, content });
  }

  /** How many cells and notes the model holds. */
  get size(): number {
    return this.contents.size + this.notes.size;
  }

  /** Every remembered cell that no longer holds what its user wrote: "Sheet!R1C1: expected → found". */
  changed(): string[] {
    const sheets = new Map(this.ss.getSheets().map((s) => [s.getSheetId(), s]));
    const problems: string[] = [];
    const check = (cell: Written, found: (sheet: Sheet) => string) => {
      const sheet = sheets.get(cell.sheetId);
      const where = `${sheet?.getName() ?? `sheet ${cell.sheetId}`}!R${cell.row}C${cell.column}`;
      const now = sheet ? found(sheet) : "(sheet gone)";
      if (now !== cell.content) problems.push(`${where}: ${cell.content} → ${now}`);
    };
    for (const cell of this.contents.values()) check(cell, (s) => contentOf(s, cell.row, cell.column));
    for (const cell of this.notes.values()) check(cell, (s) => s.getRange(cell.row, cell.column).getNote());
    return problems;
  }
}
