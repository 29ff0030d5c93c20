// How Sheets reads a typed cell value for rules: blank, number (dates as serials), text, date.

const MS_PER_DAY = 86_400_000;
/** Sheets' day 0: 1899-12-30. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Realm-safe Date check (values from a gas-local vm context are another realm's Dates). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** Serial day number of a Date, read on the local wall clock (the suite runs in the sheet's zone). */
export function serialOf(date: Date): number {
  const wall = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (wall - EPOCH_UTC) / MS_PER_DAY;
}

/** A number as Sheets compares it: numbers, and dates as serials; anything else is not a number. */
export function numberOf(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (isDate(value) && !Number.isNaN(value.getTime())) return serialOf(value);
  return null;
}

/** A whole day serial: a Date or a serial number (dates may be stored as serials). */
export function dayOf(value: unknown): number | null {
  const n = numberOf(value);
  return n === null ? null : Math.floor(n);
}

/** The text Sheets shows for a plain value (booleans as TRUE/FALSE). */
export function textOf(value: unknown): string {
  if (isBlank(value)) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Sheets' truth of a formula result: TRUE, or a non-zero number. */
export function isTruthy(result: unknown): boolean {
  if (typeof result === "boolean") return result;
  if (typeof result === "number") return result !== 0 && !Number.isNaN(result);
  return false;
}
