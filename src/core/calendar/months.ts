// Month names as plans write them (Swedish and English, any case, abbreviated, å/ä/ö lost) and for display.

import { foldSwedish } from "../i18n/fold";
import type { Language } from "../i18n/language";

const SWEDISH_LONG = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

const ENGLISH_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Short Swedish month names for display, index 0 = January. */
export const SWEDISH_MONTH_SHORT = [
  "jan",
  "feb",
  "mars",
  "apr",
  "maj",
  "juni",
  "juli",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
] as const;

/** Short English month names for display, index 0 = January. */
export const ENGLISH_MONTH_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;

/** Words that are read as a month: every prefix of at least three letters of a Swedish or English name. */
const FULL_NAMES: ReadonlyArray<readonly [string, number]> = [
  ...SWEDISH_LONG.map((name, i) => [name, i + 1] as const),
  ...ENGLISH_LONG.map((name, i) => [name.toLowerCase(), i + 1] as const),
];

/**
 * The month (1–12) a word names, or null: "jan", "Jan.", "JANUARI", "mars", "Mar", "sept", "sept.",
 * "okt", "Oct", "maj", "May", "febr". Any prefix of three or more letters of a Swedish or English
 * month name counts (no two months share one), so "jul" is July (never Christmas). Case and
 * a trailing dot do not matter, nor do lost accents (foldSwedish).
 */
export function monthFromWord(word: string): number | null {
  if (typeof word !== "string") return null;
  const folded = foldSwedish(word.trim()).replace(/\.+$/, "");
  if (folded.length < 3 || !/^[a-z]+$/.test(folded)) return null;
  for (const [name, month] of FULL_NAMES) if (name.startsWith(folded)) return month;
  return null;
}

function checkMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`A month is a whole number from 1 to 12, not ${month}`);
  }
  return month - 1;
}

/** "mars" / "Mar" for month 3. */
export function monthShortName(month: number, language: Language): string {
  const i = checkMonth(month);
  return language === "sv" ? SWEDISH_MONTH_SHORT[i] : ENGLISH_MONTH_SHORT[i];
}

/** "mars" / "March" for month 3. */
export function monthLongName(month: number, language: Language): string {
  const i = checkMonth(month);
  return language === "sv" ? SWEDISH_LONG[i] : ENGLISH_LONG[i];
}
