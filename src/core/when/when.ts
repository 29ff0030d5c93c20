// Reads the När? cell of an activity as plans write it ("Ca. feb", "1 maj", "jan–mars", "v. 12", "4 ggr/år").
import { dayNumber, isoDate, lastOfMonth, partsOf, yearOfDigits } from "../calendar/dates";
import { seasonOfWord, type Term, termEnd, termStart } from "../calendar/terms";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { readRecurrence } from "./recurrence-text";
import { readElection, readQuarter, readYearly } from "./when-periods";
import {
  anchorMonth,
  type DateRange,
  parsePoint,
  positionInYear,
  rangeOf,
  type WhenPoint,
  yearUnderTerm,
} from "./when-points";
import { normaliseWhen, qualify } from "./when-qualifiers";
import type {
  Draft,
  Reading,
  TermRange,
  WhenContext,
  WhenFail,
  WhenProblemCode,
  WhenResult,
  WhenUndated,
} from "./when-types";

export type {
  TermRange,
  WhenFail,
  WhenOk,
  WhenPrecision,
  WhenProblemCode,
  WhenResult,
  WhenUndated,
} from "./when-types";

/** The term a season word names: with its own year, else the nearest such term (ties go forward). */
function termOfWords(text: string, term: Term | null): Term | WhenProblemCode | null {
  if (
    /^(?:hela\s+)?(?:terminen|termin|the term|term|perioden)$|^(?:whole|all|entire)\s+term$|^(?:lopande|ongoing)$/.test(
      text,
    )
  ) {
    return term ?? "noYear";
  }
  const m = /^(?:hela\s+)?([a-z]+)\.?\s*-?\s*(\d{4}|\d{2})?$/.exec(text);
  if (!m) return null;
  const season = seasonOfWord(m[1]);
  if (!season) return null;
  if (m[2] !== undefined) {
    const year = yearOfDigits(m[2]);
    return year >= 1000 && year <= 9998 ? { season, year } : "invalidDate";
  }
  if (term === null) return "noYear";
  if (season === term.season) return term;
  return { season, year: term.season === "HT" ? term.year + 1 : term.year };
}

function termDraft(term: Term): Draft {
  return { start: termStart(term), end: termEnd(term), precision: "term", day: null, occurrences: [] };
}

function readWholeYear(text: string, term: Term | null): Reading {
  const m =
    /^(?:hela\s+aret|aret\s+runt|under\s+aret|aret|all\s+year|whole\s+year|year\s+round)(?:\s+(\d{4}))?$/.exec(
      text,
    );
  if (!m) return null;
  const year = m[1] !== undefined ? Number(m[1]) : term?.year;
  if (year === undefined) return "noYear";
  const range = { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  return { ...range, precision: "span", day: null, occurrences: [], yearWide: year === term?.year };
}

/** A point's dates: its own year, else the year it falls in under the term (see yearUnderTerm). */
function resolvePoint(point: WhenPoint, term: Term | null): DateRange | WhenProblemCode {
  if (point.kind === "bare") return "unreadable";
  let year = point.year;
  if (year === null) {
    if (term === null) return "noYear";
    year = yearUnderTerm(anchorMonth(point, term.year), term);
  }
  return rangeOf(point, year) ?? "invalidDate";
}

function readSingle(text: string, term: Term | null): Reading {
  const point = parsePoint(text);
  if (!point || point.kind === "bare") return null;
  const range = resolvePoint(point, term);
  if (typeof range === "string") return range;
  const precision = point.kind === "date" ? "day" : point.kind;
  return { ...range, precision, day: point.kind === "date" ? point.day : null, occurrences: [] };
}

const PART_OF = /^(borjan|mitten|slutet|early|mid|late)\s*(?:av|pa|i|of|-)?\s+(.+)$|^(mid)-(.+)$/;

/** "2026", "året", "året 2026" after "början av": the year it names, "noYear" for "året" under no term. */
function yearOfWords(text: string, term: Term | null): number | "noYear" | null {
  const m = /^(?:(?:det\s+)?aret\s+)?(\d{4})$|^(?:det\s+)?aret$/.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[1]);
  return term?.year ?? "noYear";
}

/**
 * "början av mars" / "mitten av mars" / "slutet av mars" are narrowed to days 1–10, 11–20 and 21–end
 * of the month (precision "span", approximate); of a term, to its first, middle or last two months;
 * of a year ("början av 2026", "slutet av året"), to its first, middle or last four months.
 */
function readPartOf(text: string, term: Term | null): Reading {
  const m = PART_OF.exec(text);
  if (!m) return null;
  const part = m[1] ?? m[3];
  const rest = m[2] ?? m[4];
  const third = /^(?:borjan|early)$/.test(part) ? 0 : /^(?:mitten|mid)$/.test(part) ? 1 : 2;
  const year = yearOfWords(rest, term);
  if (year === "noYear") return year;
  const whole = year === null ? termOfWords(rest, term) : null;
  if (typeof whole === "string") return whole;
  let range: DateRange;
  if (year !== null) {
    if (year < 1 || year > 9999) return "invalidDate";
    range = { start: isoDate(year, 1 + third * 4, 1), end: lastOfMonth(year, 4 + third * 4) };
  } else if (whole) {
    const first = partsOf(termStart(whole));
    const month = first.month + third * 2;
    range = { start: isoDate(first.year, month, 1), end: lastOfMonth(first.year, month + 1) };
  } else {
    const point = parsePoint(rest);
    if (point?.kind !== "month") return null;
    const resolved = resolvePoint(point, term);
    if (typeof resolved === "string") return resolved;
    const { year, month } = partsOf(resolved.start);
    const startDay = [1, 11, 21][third];
    range = {
      start: isoDate(year, month, startDay),
      end: third === 2 ? resolved.end : isoDate(year, month, startDay + 9),
    };
  }
  return { ...range, precision: "span", approximate: true, day: null, occurrences: [] };
}

/** Fills a lone number in a span or list from its neighbour: "1-3 mars", "v 12-14", "15/3-20". */
function completeBare(bare: WhenPoint, other: WhenPoint): WhenPoint | null {
  if (bare.kind !== "bare") return bare;
  if (other.kind === "date") return { kind: "date", year: other.year, month: other.month, day: bare.n };
  if (other.kind === "week") return { kind: "week", year: other.year, week: bare.n };
  return null;
}

function spanOf(leftText: string, rightText: string, term: Term | null): Reading {
  const rawLeft = parsePoint(leftText);
  const rawRight = parsePoint(rightText);
  if (!rawLeft || !rawRight || (rawLeft.kind === "bare" && rawRight.kind === "bare")) return null;
  const left = completeBare(rawLeft, rawRight);
  const right = completeBare(rawRight, rawLeft);
  if (!left || !right || left.kind === "bare" || right.kind === "bare") return null;
  let leftYear = left.year;
  let rightYear = right.year;
  if (leftYear === null && rightYear !== null) {
    leftYear = positionInYear(left, rightYear) > positionInYear(right, rightYear) ? rightYear - 1 : rightYear;
  } else if (leftYear !== null && rightYear === null) {
    rightYear = positionInYear(right, leftYear) < positionInYear(left, leftYear) ? leftYear + 1 : leftYear;
  } else if (leftYear === null || rightYear === null) {
    if (term === null) return "noYear";
    leftYear = yearUnderTerm(anchorMonth(left, term.year), term);
    rightYear = leftYear;
    if (positionInYear(right, rightYear) < positionInYear(left, leftYear)) {
      // Only a span across New Year wraps ("nov–feb"); "mars–jan" is written backwards.
      if (anchorMonth(left, leftYear) < 7 || anchorMonth(right, rightYear) > 6) return "reversedSpan";
      rightYear += 1;
    }
  }
  const start = rangeOf(left, leftYear);
  const end = rangeOf(right, rightYear);
  if (!start || !end) return "invalidDate";
  if (dayNumber(end.end) < dayNumber(start.start)) return "reversedSpan";
  const precision = left.kind === "week" && right.kind === "week" ? "week" : "span";
  return { start: start.start, end: end.end, precision, day: null, occurrences: [] };
}

const SPAN_WORD = /\s+(?:till|to|until|tom|t\.o\.m\.?|-)\s+/g;

/**
 * "jan–mars", "jan - mars", "mars–maj 2025", "v 12-14", "1-3 mars", "2025-03-15 - 2025-03-20", and
 * "okt/nov", "Mars/april" (a slash between two months; "15/3" stays a date).
 */
function readSpan(text: string, term: Term | null): Reading {
  const cuts: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(SPAN_WORD)) cuts.push([m.index, m.index + m[0].length]);
  for (const mark of ["-", "/"]) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) cuts.push([i, i + 1]);
  }
  for (const [from, to] of cuts) {
    const left = text.slice(0, from).trim();
    const right = text.slice(to).trim();
    if (!left || !right) continue;
    const span = spanOf(left, right, term);
    if (span !== null) return span;
  }
  return null;
}

/** "1 mars, 8 mars, 5 april", "1, 8 och 15 mars", "mars, maj": every item's start is an occurrence. */
function readList(text: string, term: Term | null): Reading {
  const items = text.split(/\s*(?:,|;|&|\+|\boch\b|\band\b)\s*/).filter((item) => item !== "");
  if (items.length < 2) return null;
  const points = items.map(parsePoint);
  if (points.some((p) => p === null)) return null;
  const complete: WhenPoint[] = [];
  for (let i = 0; i < points.length; i++) {
    const point = points[i] as WhenPoint;
    const helper =
      points.slice(i + 1).find((p) => p !== null && p.kind !== "bare") ??
      points
        .slice(0, i)
        .reverse()
        .find((p) => p !== null && p.kind !== "bare");
    const filled = helper ? completeBare(point, helper) : point.kind === "bare" ? null : point;
    if (!filled) return null;
    complete.push(filled);
  }
  const ranges: DateRange[] = [];
  for (const point of complete) {
    const range = resolvePoint(point, term);
    if (typeof range === "string") return range;
    ranges.push(range);
  }
  const occurrences = [...new Set(ranges.map((r) => r.start))].sort();
  const ends = ranges.map((r) => r.end).sort();
  return {
    start: occurrences[0],
    end: ends[ends.length - 1],
    precision: "recurring",
    day: null,
    occurrences,
  };
}

function readRecurring(text: string, context: WhenContext): Reading {
  const { term } = context;
  const recurrence = readRecurrence(text, term, context.period);
  if (recurrence === null) return null;
  if (!recurrence.ok) return recurrence.problem;
  return {
    start: recurrence.period.start,
    end: recurrence.period.end,
    precision: "recurring",
    day: null,
    occurrences: recurrence.occurrences,
    ...(recurrence.spread === true ? { spread: true } : {}),
    yearWide:
      term !== null &&
      recurrence.period.start === isoDate(term.year, 1, 1) &&
      recurrence.period.end === isoDate(term.year, 12, 31),
  };
}

function readTerm(text: string, term: Term | null): Reading {
  const whole = termOfWords(text, term);
  return typeof whole === "string" || whole === null ? whole : termDraft(whole);
}

/** Every reader, in the order they are asked; the first that recognises the text answers. */
const READERS: ReadonlyArray<(text: string, context: WhenContext) => Reading> = [
  (text, c) => readSingle(text, c.term),
  (text, c) => readTerm(text, c.term),
  (text, c) => readWholeYear(text, c.term),
  readQuarter,
  readElection,
  readYearly,
  readRecurring,
  (text, c) => readPartOf(text, c.term),
  (text, c) => readSpan(text, c.term),
  (text, c) => readList(text, c.term),
];

function within(range: DateRange, term: Term): boolean {
  return range.start >= termStart(term) && range.end <= termEnd(term);
}

function parse(text: string, context: WhenContext): WhenResult {
  const normal = normaliseWhen(text);
  if (normal === "") return undated(text);
  const qualified = qualify(normal);
  if (qualified.text === "") return fail("unreadable", text);
  const { term } = context;
  for (const reader of READERS) {
    const reading = reader(qualified.text, context);
    if (reading === null) continue;
    if (typeof reading === "string") return fail(reading, text);
    const { approximate, yearWide, ...draft } = reading;
    const warnings: WhenProblemCode[] = term && !yearWide && !within(draft, term) ? ["outsideTerm"] : [];
    return {
      ok: true,
      ...draft,
      approximate: qualified.approximate || approximate === true,
      tentative: qualified.tentative,
      note: qualified.note,
      warnings,
    };
  }
  return fail("unreadable", text);
}

function fail(problem: WhenProblemCode, text: string): WhenFail {
  return { ok: false, problem, text };
}

/** The reading of an activity without a time: a blank När (or a bullet that never had one). */
export function undated(text = ""): WhenUndated {
  return { ok: false, problem: "undated", text };
}

/** True for an activity without a time, which is listed as undated and never coloured late or coming. */
export function isUndated(result: WhenResult): result is WhenUndated {
  return !result.ok && result.problem === "undated";
}

export interface WhenOptions {
  /** The plan period, for a text under no term: "varje månad" then repeats over the whole plan. */
  readonly period?: TermRange | null;
}

/**
 * Reads a När? text under the term its row stands under (null when there is none; then the text must
 * carry its own year, or be a recurrence over `options.period`). A blank text is "undated". Never
 * throws: anything it cannot read is a WhenFail with a problem code.
 */
export function parseWhen(text: string, term: Term | null, options: WhenOptions = {}): WhenResult {
  const source: string = typeof text === "string" ? text : String(text ?? "");
  try {
    return parse(source, { term, period: options.period ?? null });
  } catch {
    // Defensive: a reader meeting an impossible date must not surface as a TypeError/RangeError.
    return fail("unreadable", source);
  }
}

const PROBLEM_KEYS: Readonly<Record<WhenProblemCode, MessageKey>> = {
  undated: "whenEmpty",
  unreadable: "whenUnreadable",
  noYear: "whenNoYear",
  invalidDate: "whenInvalidDate",
  outsideTerm: "whenOutsideTerm",
  reversedSpan: "whenReversedSpan",
  noElection: "whenNoElection",
};

/** The message key that says a När problem (its only value is {text}). */
export function whenProblemKey(code: WhenProblemCode): MessageKey {
  return PROBLEM_KEYS[code];
}

/** A sentence for a volunteer about why a När? text was not understood (or is suspicious). */
export function describeWhenProblem(code: WhenProblemCode, language: Language, text: string): string {
  return t(language, PROBLEM_KEYS[code], { text: String(text ?? "").trim() });
}
