// Cell values in and out: date serial numbers in the spreadsheet's time zone, and Sheets' parsing of typed text.

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

/** What typing (or setValue with a string) puts in a cell. */
export type ParsedInput =
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: string | number | boolean; format?: string };

/** Sheets' default date format for a locale (used when a Date lands in an unformatted cell). */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const date = locale.startsWith("en_US") ? "M/d/yyyy" : "yyyy-mm-dd";
  return withTime ? `${date} H:mm:ss` : date;
}

/** The decimal separator Sheets uses for a locale ("," for sv_SE, de_DE, …). */
export function decimalSeparator(locale: string): string {
  return /^(sv|de|fr|fi|nb|no|da|es|it|nl|pl|pt)/.test(locale) ? "," : ".";
}

/**
 * Sheets' input parsing: "'x" → text x, "=…" → formula, TRUE/FALSE → boolean, "123"/"1,5" (sv) → number,
 * "10%" → 0.1 with a percent format, "2025-03-15" → date serial with a date format, else text.
 */
export function parseInput(text: string, locale: string): ParsedInput {
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const t = text.trim();
  if (/^true$/i.test(t)) return { kind: "value", value: true };
  if (/^false$/i.test(t)) return { kind: "value", value: false };
  const dec = decimalSeparator(locale) === "," ? "[.,]" : "\\.";
  const num = new RegExp(`^([+-]?\\d+(?:${dec}\\d+)?)(%?)$`).exec(t);
  if (num) {
    const value = Number(num[1].replace(",", "."));
    if (!num[2]) return { kind: "value", value };
    const decimals = num[1].split(/[.,]/)[1]?.length ?? 0;
    return { kind: "value", value: value / 100, format: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) {
    const d = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
    if (d.getUTCMonth() === Number(iso[2]) - 1) {
      return {
        kind: "value",
        value: d.getTime() / DAY_MS + EPOCH_OFFSET,
        format: defaultDateFormat(locale, false),
      };
    }
  }
  return { kind: "value", value: text };
}
