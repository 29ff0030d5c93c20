// Sheets' parsing of entered text, by the spreadsheet's locale: formulas (=, + and -), numbers with the locale's
// decimal separator, percentages, dates, times and booleans; everything else stays text.
import { defaultDateFormat } from "./cell-input";
import { englishFormula, usesDecimalComma } from "./formula-locale";

/** What typing (or setValue with a string) puts in a cell. */
export type ParsedInput =
  | { kind: "formula"; formula: string }
  | { kind: "value"; value: string | number | boolean; format?: string };

/** Who entered the text: a user types formulas in the locale's syntax, a script always in English. */
export type InputOrigin = "user" | "script";

const DAY_MS = 86_400_000;
const EPOCH_OFFSET = 25_569;

/** A number as the locale writes it, with the format Sheets gives it; null when the text is no number. */
function localeNumber(text: string, locale: string): { value: number; format?: string } | null {
  const comma = usesDecimalComma(locale);
  const [point, group] = comma ? [",", "[ \\u00a0]"] : ["\\.", ","];
  const plain = new RegExp(`^([+-]?)(\\d*)(?:${point}(\\d+))?$`).exec(text);
  const grouped = new RegExp(`^([+-]?)(\\d{1,3}(?:${group}\\d{3})+)(?:${point}(\\d+))?$`).exec(text);
  const scientific = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/.exec(text);
  if (scientific && (comma || !text.includes(","))) {
    return { value: Number(text.replace(",", ".")), format: "0.00E+00" };
  }
  const m = plain ?? grouped;
  if (!m || (m[2] === "" && m[3] === undefined)) return null;
  const digits = m[2].replace(/[^\d]/g, "") || "0";
  const value = Number(`${m[1]}${digits}.${m[3] ?? "0"}`);
  if (!grouped) return { value };
  const decimals = m[3]?.length ?? 0;
  return { value, format: decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0" };
}

/** Days since 1899-12-30 for a calendar day, or null when there is no such day. */
function daySerial(y: number, m: number, d: number): number | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.getTime() / DAY_MS + EPOCH_OFFSET;
}

/** A time of day as a fraction of a day, or null. "2:30 PM" in 12-hour locales. */
function timeFraction(text: string): { value: number; format: string } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(text);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  if (m[4]) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (/p/i.test(m[4]) ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const format = m[4] ? "h:mm AM/PM" : m[3] ? "H:mm:ss" : "H:mm";
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86_400, format };
}

/** A date in ISO form (every locale) or the locale's short form (M/D/YYYY in en_US), with an optional time. */
function localeDate(text: string, locale: string): { value: number; format: string } | null {
  const [dayText, ...rest] = text.split(/\s+/);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(dayText);
  const us = locale.startsWith("en_US") ? /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(dayText) : null;
  let serial: number | null = null;
  if (iso) serial = daySerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (us) {
    const year = Number(us[3]) + (us[3].length === 2 ? (Number(us[3]) < 30 ? 2000 : 1900) : 0);
    serial = daySerial(year, Number(us[1]), Number(us[2]));
  }
  if (serial === null) return null;
  if (rest.length === 0) return { value: serial, format: defaultDateFormat(locale, false) };
  const time = timeFraction(rest.join(" "));
  return time ? { value: serial + time.value, format: defaultDateFormat(locale, true) } : null;
}

/** TRUE/FALSE in every locale; Swedish spreadsheets also take SANT/FALSKT (not confirmed, see FIDELITY.md). */
function localeBoolean(text: string, locale: string): boolean | null {
  const word = text.toUpperCase();
  if (word === "TRUE" || (locale.startsWith("sv") && word === "SANT")) return true;
  if (word === "FALSE" || (locale.startsWith("sv") && word === "FALSKT")) return false;
  return null;
}

/**
 * Sheets' parsing of entered text (https://support.google.com/docs/answer/58515 for the locale's separators):
 * "'x" → text x; "=…", "+…" or "-…" that is no number → a formula (a user's in the locale's syntax); TRUE/FALSE →
 * boolean; "3,17" (sv_SE) or "3.17" (en_US), "1,000" (en_US) → number; "10%" / "10,5 %" → fraction with a percent
 * format; "2025-03-15", "3/15/2025" (en_US), "14:30" → date or time serial with a date or time format; else text.
 */
export function parseInput(text: string, locale: string, origin: InputOrigin = "script"): ParsedInput {
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  const formula = (body: string): ParsedInput => ({
    kind: "formula",
    formula: origin === "user" ? englishFormula(body, locale) : body,
  });
  if (text.startsWith("=") && text.length > 1) return formula(text);
  const t = text.trim();
  const bool = localeBoolean(t, locale);
  if (bool !== null) return { kind: "value", value: bool };
  const percent = /^(.*?)\s?%$/.exec(t);
  const number = localeNumber(percent ? percent[1] : t, locale);
  if (number && percent) {
    const decimals = /[.,](\d+)$/.exec(percent[1])?.[1].length ?? 0;
    return {
      kind: "value",
      value: number.value / 100,
      format: decimals ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  if (number)
    return { kind: "value", value: number.value, ...(number.format ? { format: number.format } : {}) };
  const date = localeDate(t, locale) ?? timeFraction(t);
  if (date) return { kind: "value", value: date.value, format: date.format };
  // Sheets parses an entry starting with + or - as a formula too (not confirmed in Google's pages, see FIDELITY.md).
  if (/^[+-]./.test(t)) return formula(`=${t}`);
  return { kind: "value", value: text };
}
