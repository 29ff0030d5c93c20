// Cell values in and out: date serial numbers in the spreadsheet's time zone, and the default date formats.

import { wallClockAsUtc } from "./wall-clock";

const DAY_MS = 86_400_000;
/** Days between Sheets' epoch 1899-12-30 and 1970-01-01. */
const EPOCH_OFFSET = 25_569;

/** True for a Date from any realm (code under test runs in another vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** The wall clock in `timeZone` at `ms`, as if it were UTC, to the millisecond (Intl itself stops at seconds). */
function zoneFields(ms: number, timeZone: string): number {
  const fraction = ((ms % 1000) + 1000) % 1000;
  return wallClockAsUtc(new Date(ms - fraction), timeZone) + fraction;
}

/** A Date as Sheets stores it: days since 1899-12-30 of its wall-clock time in `timeZone`. */
export function dateToSerial(date: Date, timeZone: string): number {
  return zoneFields(date.getTime(), timeZone) / DAY_MS + EPOCH_OFFSET;
}

/** The instant whose wall-clock time in `timeZone` is the serial number `serial`. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - EPOCH_OFFSET) * DAY_MS);
  let ms = wall;
  for (let i = 0; i < 3; i++) ms = wall - (zoneFields(ms, timeZone) - ms);
  return new Date(ms);
}

/** Sheets' default date format for a locale (used when a Date lands in an unformatted cell). */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const date = locale.startsWith("en_US") ? "M/d/yyyy" : "yyyy-mm-dd";
  return withTime ? `${date} H:mm:ss` : date;
}
