// Calendar dates without time zones: "YYYY-MM-DD" strings, so the core never depends on where code runs.

/** A calendar date as "YYYY-MM-DD". */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A year as plans write it: "2025", or two digits "25" for 2025 (plans never mean the 1900s). */
export function yearOfDigits(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True for a real calendar date (no 31 April, no 29 February in 2023). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidDate(year, month, day)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses "YYYY-MM-DD"; null when it is not a real date. */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function partsOf(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date: ${date}`);
  return parts;
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, 1);
}

export function lastOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Days since 1970-01-01 (UTC arithmetic on a calendar date, so no DST effects). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / 86_400_000);
}

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  const d = ((dayNumber(date) % 7) + 7) % 7; // 1970-01-01 was a Thursday (4)
  return ((d + 3) % 7) + 1;
}

/** Monday of ISO week `week` in ISO week-year `year`; null when the year has no such week. */
export function isoWeekMonday(year: number, week: number): IsoDate | null {
  if (!Number.isInteger(week) || week < 1 || week > 53) return null;
  const jan4 = isoDate(year, 1, 4);
  const mondayWeek1 = addDays(jan4, 1 - weekday(jan4));
  const monday = addDays(mondayWeek1, (week - 1) * 7);
  if (week === 53 && isoWeekOf(monday).year !== year) return null;
  return monday;
}

/** The ISO week and week-year of a date. */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const { year } = partsOf(thursday);
  const jan1 = isoDate(year, 1, 1);
  return { year, week: Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1 };
}

/** "2024-05-01" → { year: 2024, month: 5 } as a month index for ordering (year*12 + month-1). */
export function monthIndex(date: IsoDate): number {
  const { year, month } = partsOf(date);
  return year * 12 + month - 1;
}

/** The second Sunday of September: Swedish general election day (vallagen 1 kap 3 §). */
export function secondSundayOfSeptember(year: number): IsoDate {
  const first = isoDate(year, 9, 1);
  const firstSunday = addDays(first, (7 - weekday(first)) % 7);
  return addDays(firstSunday, 7);
}

/**
 * A date cell as the core sees it: a calendar date with no time zone. The Sheets adapter turns the Dates that
 * Sheets hands out (instants at midnight in the spreadsheet's zone) into these, and writes them back as dates
 * in that zone, so nothing in the core depends on where the code runs.
 */
export class CalendarDate {
  constructor(readonly iso: IsoDate) {}

  toString(): IsoDate {
    return this.iso;
  }

  toJSON(): IsoDate {
    return this.iso;
  }
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return value instanceof CalendarDate;
}

/** A calendar date as a date cell value. */
export function calendarDate(iso: IsoDate): CalendarDate {
  partsOf(iso);
  return new CalendarDate(iso);
}
