// Reads what a cell hands a custom function (numbers, percentages, dates, terms, booleans, text) or says why not.
import { dayNumber, fromDayNumber, type IsoDate, isCalendarDate, parseIsoDate } from "../calendar/dates";
import { parseTerm, type Term, termOf } from "../calendar/terms";
import { PlanError } from "../i18n/errors";

/** An empty cell: Sheets passes "" (or nothing, when an argument is left out). */
export interface Blank {
  readonly kind: "blank";
}

export const BLANK: Blank = { kind: "blank" };

export type NumberCell = Blank | { readonly kind: "number"; readonly value: number };
export type DateCell = Blank | { readonly kind: "date"; readonly value: IsoDate };
export type TermCell = Blank | { readonly kind: "term"; readonly value: Term };
export type BooleanCell = Blank | { readonly kind: "boolean"; readonly value: boolean };
export type TextCell = Blank | { readonly kind: "text"; readonly value: string };

/** "", whitespace-only text, null and undefined are blank cells. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A short, language-neutral rendering of any value for an error message; never throws. */
export function showValue(value: unknown): string {
  if (typeof value === "string") {
    const oneLine = value.replace(/\s+/g, " ").trim();
    return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "bigint") return value.toString();
  if (value === null || value === undefined) return "";
  if (isCalendarDate(value)) return value.iso;
  if (Array.isArray(value)) return "[…]";
  return "{…}";
}

/** Day 0 of Sheets' serial numbers: 1899-12-30 (so 1 is 1899-12-31 and 45658 is 2025-01-01). */
export const SHEETS_EPOCH: IsoDate = "1899-12-30";
const EPOCH_DAY = dayNumber(SHEETS_EPOCH);
/** Serial of 9999-12-31, the last date Sheets shows. */
const LAST_SERIAL = dayNumber("9999-12-31") - EPOCH_DAY;

/** A Sheets serial number (days since 1899-12-30; the fraction is the time of day) as a date; null out of range. */
export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return null;
  return fromDayNumber(Math.floor(serial) + EPOCH_DAY);
}

/** The Sheets serial number of a date. */
export function serialFromIso(date: IsoDate): number {
  return dayNumber(date) - EPOCH_DAY;
}

const MINUS = /^[-\u2212\u2012\u2013]/;
const SPACE = "[\\s\\u00a0\\u2007\\u2009\\u202f]";
/** Digits grouped by spaces ("1 200", "12 000 000,5"): the only place a space may stand inside a number. */
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:[.,]\\d*)?$`);
const HAS_SPACE = new RegExp(SPACE);
const SPACES = new RegExp(`${SPACE}+`, "g");

/**
 * Numeric text as a plain decimal string ("-1200.5"), or null. Accepts Swedish and English forms:
 * "10,5", "10.5", "1 200", "1 200,5", "1,200.5", "1.200,5", "−5" (unicode minus). A lone comma is a
 * decimal comma (Swedish), so "1,200" is 1.2; with both "," and "." the last one is the decimal mark.
 */
export function normalizeNumberText(text: string): string | null {
  let body = text.trim();
  let sign = "";
  if (MINUS.test(body)) {
    sign = "-";
    body = body.slice(1).trim();
  } else if (body.startsWith("+")) {
    body = body.slice(1).trim();
  }
  if (HAS_SPACE.test(body)) {
    if (!SPACE_GROUPED.test(body)) return null;
    body = body.replace(SPACES, "");
  }
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [whole, fraction, ...rest] = body.split(decimal);
    if (rest.length > 0 || !isGrouped(whole, group)) return null;
    body = `${whole.split(group).join("")}.${fraction}`;
  } else if (commas > 1 || dots > 1) {
    const group = commas > 1 ? "," : ".";
    if (!isGrouped(body, group)) return null;
    body = body.split(group).join("");
  } else {
    body = body.replace(",", ".");
  }
  return /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(body) ? `${sign}${body}` : null;
}

/** "1,200,000" with group mark ",": digits in groups of three after the first. */
function isGrouped(text: string, group: string): boolean {
  const [first, ...groups] = text.split(group);
  return /^\d{1,3}$/.test(first) && groups.every((g) => /^\d{3}$/.test(g));
}

/** Numeric text as a number, or null (see normalizeNumberText). */
export function parseNumberText(text: string): number | null {
  const normalized = normalizeNumberText(text);
  return normalized === null ? null : Number(normalized);
}

/** A number: a number cell or numeric text. Throws for anything else (dates and booleans included). */
export function readNumber(value: unknown, name: string): NumberCell {
  if (isBlankCell(value)) return BLANK;
  const number =
    typeof value === "number" ? value : typeof value === "string" ? parseNumberText(value.trim()) : null;
  if (number === null || !Number.isFinite(number)) {
    throw new PlanError("errorCellNotNumber", { name, value: showValue(value) });
  }
  return { kind: "number", value: number };
}

const PERCENT = /^(.*?)(?:%|procent|percent)$/i;

/**
 * A percentage as a fraction: a number is already one (Sheets passes 10 % as 0.1); text may be
 * "10%", "10 %", "10,5 %", "−5 %" (÷ 100) or a bare fraction such as "0,1".
 */
export function readPercent(value: unknown, name: string): NumberCell {
  if (isBlankCell(value)) return BLANK;
  let fraction: number | null = null;
  if (typeof value === "number") fraction = value;
  else if (typeof value === "string") {
    const text = value.trim();
    const percent = PERCENT.exec(text);
    const normalized = normalizeNumberText(percent ? percent[1] : text);
    // Shifting the exponent keeps "10,3 %" exactly 0.103 (dividing by 100 could add float noise).
    if (normalized !== null) fraction = Number(percent ? `${normalized}e-2` : normalized);
  }
  if (fraction === null || !Number.isFinite(fraction)) {
    throw new PlanError("errorCellNotPercent", { name, value: showValue(value) });
  }
  return { kind: "number", value: fraction };
}

/** The calendar date of a date cell or ISO text ("2025-03-15"); null for anything else. */
export function dateOf(value: unknown): IsoDate | null {
  if (isCalendarDate(value)) return value.iso;
  if (typeof value === "string" && parseIsoDate(value)) return value.trim();
  return null;
}

/** A date: a date cell, a Sheets serial number, or ISO text "2025-03-15". */
export function readDate(value: unknown, name: string): DateCell {
  if (isBlankCell(value)) return BLANK;
  const date = typeof value === "number" ? isoFromSerial(value) : dateOf(value);
  if (date === null) throw new PlanError("errorCellNotDate", { name, value: showValue(value) });
  return { kind: "date", value: date };
}

/** The term a cell names: text parseTerm reads, or a date cell (the term it falls in); null otherwise. */
export function termOrNull(value: unknown): Term | null {
  if (typeof value === "string") return parseTerm(value);
  if (isCalendarDate(value)) return termOf(value.iso);
  return null;
}

/** A term: text in any form parseTerm reads ("VT 2025", "Hösttermin 2024", "ht25"), or a date (its term). */
export function readTerm(value: unknown, name: string): TermCell {
  if (isBlankCell(value)) return BLANK;
  const term = termOrNull(value);
  if (term === null) throw new PlanError("errorCellNotTerm", { name, value: showValue(value) });
  return { kind: "term", value: term };
}

const TRUE_WORDS = new Set(["true", "sant", "ja", "yes", "x", "1", "✓", "✔"]);
const FALSE_WORDS = new Set(["false", "falskt", "nej", "no", "0"]);

/** A boolean: a checkbox, 1/0, or text TRUE/FALSE, SANT/FALSKT, ja/nej, yes/no, x. */
export function readBoolean(value: unknown, name: string): BooleanCell {
  if (isBlankCell(value)) return BLANK;
  if (typeof value === "boolean") return { kind: "boolean", value };
  const word = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  const folded = word.toLowerCase();
  if (TRUE_WORDS.has(folded)) return { kind: "boolean", value: true };
  if (FALSE_WORDS.has(folded)) return { kind: "boolean", value: false };
  throw new PlanError("errorCellNotBoolean", { name, value: showValue(value) });
}

/** Text: a text cell, a number written out, or a date as ISO text. Booleans and anything else throw. */
export function readText(value: unknown, name: string): TextCell {
  if (isBlankCell(value)) return BLANK;
  if (typeof value === "string") return { kind: "text", value };
  if (typeof value === "number" && Number.isFinite(value)) return { kind: "text", value: String(value) };
  if (isCalendarDate(value)) return { kind: "text", value: value.iso };
  throw new PlanError("errorCellNotText", { name, value: showValue(value) });
}

/** A number cell (or numeric text) as a number; null when blank or not a number — for readers that tell why elsewhere. */
export function numberOrNull(value: unknown): number | null {
  try {
    const cell = readNumber(value, "");
    return cell.kind === "number" ? cell.value : null;
  } catch {
    return null;
  }
}

/** A percentage cell as a fraction; null when blank or unreadable. */
export function percentOrNull(value: unknown): number | null {
  try {
    const cell = readPercent(value, "");
    return cell.kind === "number" ? cell.value : null;
  } catch {
    return null;
  }
}
