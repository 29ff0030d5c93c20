// The spreadsheet's time zone at the edge: Sheets' Dates in, calendar dates to the core, dates back out.
import { CalendarDate, type IsoDate, isCalendarDate, partsOf } from "../../core/calendar/dates";
import { calendarDateOfInstant, midnightInstantOf, offsetMinutesOf } from "../../core/calendar/zone";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** True for a Date, the type Sheets gives date cells as. */
export function isSheetDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === "[object Date]" && !Number.isNaN((value as Date).getTime())
  );
}

/**
 * The spreadsheet's zone, asked once (a service call) and only when a date is met. The script's own zone
 * (appsscript.json) plays no part: Sheets keeps dates in the spreadsheet's zone, which a user may change.
 */
export class SheetZone {
  private name: string | null = null;
  private offsetNow: number | null = null;
  private todayText: IsoDate | null = null;
  private readonly offsets = new Map<number, number>();

  constructor(
    private readonly ss: () => Spreadsheet | null,
    private readonly now: () => Date,
  ) {}

  /** The zone's IANA name, e.g. "Europe/Stockholm". */
  zoneName(): string {
    this.name ??= this.ss()?.getSpreadsheetTimeZone() || "Europe/Stockholm";
    return this.name;
  }

  /** The zone's UTC offset in minutes at an instant (Utilities.formatDate's "Z"), remembered per instant. */
  offsetAt(ms: number): number {
    const known = this.offsets.get(ms);
    if (known !== undefined) return known;
    const offset = offsetMinutesOf(Utilities.formatDate(new Date(ms), this.zoneName(), "Z")) ?? 0;
    this.offsets.set(ms, offset);
    return offset;
  }

  /** Today's date in the spreadsheet's zone (asked once per call). */
  today(): IsoDate {
    this.todayText ??= Utilities.formatDate(this.now(), this.zoneName(), "yyyy-MM-dd");
    return this.todayText;
  }

  /** The calendar date a Sheets Date shows in the spreadsheet; null outside years 1–9999. */
  dateOf(date: Date): IsoDate | null {
    this.offsetNow ??= this.offsetAt(this.now().getTime());
    return calendarDateOfInstant(date.getTime(), this.offsetNow);
  }

  /** A cell value for the core: Dates become calendar dates (an out-of-range Date becomes ""). */
  toCore(value: unknown): unknown {
    if (!isSheetDate(value)) return value;
    const iso = this.dateOf(value);
    return iso === null ? "" : new CalendarDate(iso);
  }

  /** A grid of cell values for the core (rows of cells, or a single value). */
  gridToCore(values: readonly (readonly unknown[])[]): unknown[][] {
    return values.map((row) => row.map((value) => this.toCore(value)));
  }

  /** A custom-function argument for the core: a single value or a range, Dates made calendar dates. */
  argumentToCore(value: unknown): unknown {
    if (Array.isArray(value))
      return value.map((row: unknown) =>
        Array.isArray(row) ? row.map((v) => this.toCore(v)) : this.toCore(row),
      );
    return this.toCore(value);
  }

  /** A custom-function result for Sheets: calendar dates become Dates at midnight in the spreadsheet's zone. */
  resultToSheet(value: unknown): unknown {
    if (Array.isArray(value))
      return value.map((row: unknown) =>
        Array.isArray(row) ? row.map((v) => this.resultToSheet(v)) : this.resultToSheet(row),
      );
    return isCalendarDate(value) ? new Date(midnightInstantOf(value.iso, (ms) => this.offsetAt(ms))) : value;
  }
}

/** The formula that writes a calendar date into a cell whatever the zone: Sheets shows it as that date. */
export function dateFormula(date: IsoDate): string {
  const { year, month, day } = partsOf(date);
  return `=DATE(${year},${month},${day})`;
}

/** True for a formula dateFormula wrote (the add-on's own date, which it may bring up to date). */
export function isDateFormula(formula: unknown): boolean {
  return (
    typeof formula === "string" && /^=DATE\(\d{1,4},\d{1,2},\d{1,2}\)$/.test(formula.replace(/\s+/g, ""))
  );
}
