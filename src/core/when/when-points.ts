// The single points a När? text is built from ("1 maj", "mars 2025", "v. 12", "15/3") and the year each falls in.
import {
  addDays,
  type IsoDate,
  isoDate,
  isoWeekMonday,
  isValidDate,
  lastOfMonth,
  partsOf,
  yearOfDigits,
} from "../calendar/dates";
import { monthFromWord } from "../calendar/months";
import type { Term } from "../calendar/terms";

/** One point of time as written ("2025 nov" too), year optional; "bare" is a lone day or week number ("1" in "1, 8 och 15 mars"). */
export type WhenPoint =
  | { readonly kind: "date"; readonly year: number | null; readonly month: number; readonly day: number }
  | { readonly kind: "month"; readonly year: number | null; readonly month: number }
  | { readonly kind: "week"; readonly year: number | null; readonly week: number }
  | { readonly kind: "bare"; readonly n: number };

export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

function yearOrNull(digits: string | undefined): number | null {
  return digits === undefined ? null : yearOfDigits(digits);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2})|\s+(\d{4}))?$/;
const DAY_MONTH = /^(\d{1,2})(?::[ae]|st|nd|rd|th)?\.?\s*([a-z]+)\.?(?:,?\s*(\d{4}))?$/;
const MONTH_DAY = /^([a-z]+)\.?\s*(\d{1,2})(?::[ae]|st|nd|rd|th)?(?:,?\s+(\d{4}))?$/;
const MONTH_YEAR = /^([a-z]+)\.?(?:,?\s*(\d{4}))?$/;
const YEAR_MONTH = /^(\d{4})\s+([a-z]+)\.?$/;
const WEEK = /^(?:vecka|veckan|vecko|week|wk|w|v)\s*\.?\s*(\d{1,2})(?:,?\s+(\d{4}))?$/;
const ISO_WEEK = /^(\d{4})-?w(\d{1,2})$/;

/** Reads one point from folded, trimmed text; null when it is none. Days are not checked here. */
export function parsePoint(text: string): WhenPoint | null {
  let m = ISO.exec(text);
  if (m) return { kind: "date", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = SLASH.exec(text);
  if (m) return { kind: "date", year: yearOrNull(m[3] ?? m[4]), month: Number(m[2]), day: Number(m[1]) };
  m = WEEK.exec(text);
  if (m) return { kind: "week", year: yearOrNull(m[2]), week: Number(m[1]) };
  m = ISO_WEEK.exec(text);
  if (m) return { kind: "week", year: Number(m[1]), week: Number(m[2]) };
  m = DAY_MONTH.exec(text);
  if (m) {
    const month = monthFromWord(m[2]);
    if (month !== null) return { kind: "date", year: yearOrNull(m[3]), month, day: Number(m[1]) };
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const month = monthFromWord(m[1]);
    if (month !== null) return { kind: "date", year: yearOrNull(m[3]), month, day: Number(m[2]) };
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const month = monthFromWord(m[1]);
    if (month !== null) return { kind: "month", year: yearOrNull(m[2]), month };
  }
  m = YEAR_MONTH.exec(text);
  if (m) {
    const month = monthFromWord(m[2]);
    if (month !== null) return { kind: "month", year: Number(m[1]), month };
  }
  m = /^(\d{1,2})(?::[ae]|st|nd|rd|th)?$/.exec(text);
  if (m) return { kind: "bare", n: Number(m[1]) };
  return null;
}

/** The dates a point covers in a given year; null when there is no such date or week. */
export function rangeOf(point: WhenPoint, year: number): DateRange | null {
  if (year < 1 || year > 9999) return null;
  switch (point.kind) {
    case "date":
      if (!isValidDate(year, point.month, point.day)) return null;
      return { start: isoDate(year, point.month, point.day), end: isoDate(year, point.month, point.day) };
    case "month":
      if (point.month < 1 || point.month > 12) return null;
      return { start: isoDate(year, point.month, 1), end: lastOfMonth(year, point.month) };
    case "week": {
      const monday = year < 9999 ? isoWeekMonday(year, point.week) : null;
      return monday ? { start: monday, end: addDays(monday, 6) } : null;
    }
    case "bare":
      return null;
  }
}

/** The month a point sits in (for a week: the month of its Thursday, as ISO weeks count). */
export function anchorMonth(point: WhenPoint, year: number): number {
  switch (point.kind) {
    case "date":
    case "month":
      return point.month;
    case "week": {
      if (year < 1 || year >= 9999) return Math.min(12, Math.max(1, Math.ceil((point.week * 7) / 30.5)));
      const monday = isoWeekMonday(year, point.week);
      return monday ? partsOf(addDays(monday, 3)).month : 12;
    }
    case "bare":
      return 1;
  }
}

/** Orders points within one year: month, then day (a whole month sorts at its start). */
export function positionInYear(point: WhenPoint, year: number): number {
  switch (point.kind) {
    case "date":
      return point.month * 100 + point.day;
    case "month":
      return point.month * 100;
    case "week": {
      const range = year >= 1 && year < 9999 ? rangeOf(point, year) : null;
      if (!range) return anchorMonth(point, year) * 100;
      const { month, day } = partsOf(addDays(range.start, 3));
      return month * 100 + day;
    }
    case "bare":
      return point.n;
  }
}

/**
 * The year a yearless point is read in under a term: the term's year when the month lies in the term;
 * a month outside the term goes to the year that puts it nearest the term. Under HT Y, Jan–Mar
 * are read as Y+1 (just after the term) and Apr–Jun as Y (just before it); under VT Y, Jul–Sep are Y
 * and Oct–Dec are Y−1. The caller warns "outsideTerm" either way.
 */
export function yearUnderTerm(month: number, term: Term): number {
  if (term.season === "VT") return month >= 10 ? term.year - 1 : term.year;
  return month <= 3 ? term.year + 1 : term.year;
}
