// Reads the När? cell of an activity as plans write it ("Ca. feb", "1 maj", "jan–mars", "v. 12", "4 ggr/år").
import { dayNumber, type IsoDate, isoDate, lastOfMonth, partsOf, yearOfDigits } from "../calendar/dates";
import { seasonOfWord, type Term, termEnd, termStart } from "../calendar/terms";
import { foldSwedish } from "../i18n/fold";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { readRecurrence } from "./recurrence-text";
import {
  anchorMonth,
  type DateRange,
  parsePoint,
  positionInYear,
  rangeOf,
  type WhenPoint,
  yearUnderTerm,
} from "./when-points";

export type WhenPrecision = "day" | "week" | "month" | "span" | "term" | "recurring";
export type WhenProblemCode =
  | "empty"
  | "unreadable"
  | "noYear"
  | "invalidDate"
  | "outsideTerm"
  | "reversedSpan";

export interface WhenOk {
  ok: true;
  start: IsoDate;
  end: IsoDate;
  precision: WhenPrecision;
  approximate: boolean;
  /** Day of month to show for a dated activity, e.g. "1 maj" → 1; null unless precision is "day". */
  day: number | null;
  /** The dates of a recurring activity or a list of dates; [] otherwise. */
  occurrences: IsoDate[];
  warnings: WhenProblemCode[];
}

export interface WhenFail {
  ok: false;
  problem: WhenProblemCode;
  text: string;
}

export type WhenResult = WhenOk | WhenFail;

/** What a reader found; `yearWide` marks a per-year recurrence, which may leave its term on purpose. */
type Draft = Omit<WhenOk, "ok" | "approximate" | "warnings"> & { approximate?: boolean; yearWide?: boolean };
type Reading = Draft | WhenProblemCode | null;

/** Spaces of every kind to one space, every dash to "-", trimmed. */
function normalise(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim();
}

const APPROXIMATE_PREFIX =
  /^(?:~\s*|(?:ca|c:a|c\.a|cirka|circa|omkring|ungefar|ungef|runt|kring|preliminart|prel|approx|approximately|about|around|roughly|tidigast)(?:\.\s*|\s+|(?=\d)))/;
const FILLER_PREFIX = /^(?:i|under|in|during|den|senast|by|pa|on|lopande|ongoing)\s+/;
const APPROXIMATE_SUFFIX =
  /(?:\s*\?+|\s*\((?:prel\.?|preliminart|ca|preliminary|tbc|tba|ungefar)\)|\s+(?:prel\.?|tbc|tba))$/;

/** Strips "ca", "omkring", "i", "under", "?" … and says whether one of them made the text approximate. */
function stripQualifiers(folded: string): { text: string; approximate: boolean } {
  let text = folded;
  let approximate = false;
  for (let changed = true; changed; ) {
    changed = false;
    const before = text;
    if (APPROXIMATE_SUFFIX.test(text)) {
      text = text.replace(APPROXIMATE_SUFFIX, "");
      approximate = true;
    }
    text = text.replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),;:!.]+$/g, "");
    if (APPROXIMATE_PREFIX.test(text)) {
      text = text.replace(APPROXIMATE_PREFIX, "");
      approximate = true;
    }
    text = text.replace(FILLER_PREFIX, "");
    changed = text !== before;
  }
  return { text, approximate };
}

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

/**
 * "början av mars" / "mitten av mars" / "slutet av mars" are narrowed to days 1–10, 11–20 and 21–end
 * of the month (precision "span", approximate); of a term, to its first, middle or last two months.
 */
function readPartOf(text: string, term: Term | null): Reading {
  const m = PART_OF.exec(text);
  if (!m) return null;
  const part = m[1] ?? m[3];
  const rest = m[2] ?? m[4];
  const third = /^(?:borjan|early)$/.test(part) ? 0 : /^(?:mitten|mid)$/.test(part) ? 1 : 2;
  const whole = termOfWords(rest, term);
  if (typeof whole === "string") return whole;
  let range: DateRange;
  if (whole) {
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

/** "jan–mars", "jan - mars", "mars–maj 2025", "v 12-14", "1-3 mars", "2025-03-15 - 2025-03-20". */
function readSpan(text: string, term: Term | null): Reading {
  const cuts: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(SPAN_WORD)) cuts.push([m.index, m.index + m[0].length]);
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) cuts.push([i, i + 1]);
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

function readRecurring(text: string, term: Term | null): Reading {
  const recurrence = readRecurrence(text, term);
  if (recurrence === null) return null;
  if (!recurrence.ok) return recurrence.problem;
  return {
    start: recurrence.period.start,
    end: recurrence.period.end,
    precision: "recurring",
    day: null,
    occurrences: recurrence.occurrences,
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

const READERS: ReadonlyArray<(text: string, term: Term | null) => Reading> = [
  readSingle,
  readTerm,
  readWholeYear,
  readRecurring,
  readPartOf,
  readSpan,
  readList,
];

function within(range: DateRange, term: Term): boolean {
  return range.start >= termStart(term) && range.end <= termEnd(term);
}

function parse(text: string, term: Term | null): WhenResult {
  const normal = normalise(text);
  if (normal === "") return { ok: false, problem: "empty", text };
  const stripped = stripQualifiers(foldSwedish(normal));
  for (const reader of READERS) {
    const reading = reader(stripped.text, term);
    if (reading === null) continue;
    if (typeof reading === "string") return fail(reading, text);
    const { approximate, yearWide, ...draft } = reading;
    const warnings: WhenProblemCode[] = term && !yearWide && !within(draft, term) ? ["outsideTerm"] : [];
    return { ok: true, ...draft, approximate: stripped.approximate || approximate === true, warnings };
  }
  return fail("unreadable", text);
}

function fail(problem: WhenProblemCode, text: string): WhenFail {
  return { ok: false, problem, text };
}

/**
 * Reads a När? text under the term its row stands under (null when there is none; then the text must
 * carry its own year). Never throws: anything it cannot read is a WhenFail with a problem code.
 */
export function parseWhen(text: string, term: Term | null): WhenResult {
  const source: string = typeof text === "string" ? text : String(text ?? "");
  try {
    return parse(source, term);
  } catch {
    // Defensive: a reader meeting an impossible date must not surface as a TypeError/RangeError.
    return fail("unreadable", source);
  }
}

const PROBLEM_KEYS: Readonly<Record<WhenProblemCode, MessageKey>> = {
  empty: "whenEmpty",
  unreadable: "whenUnreadable",
  noYear: "whenNoYear",
  invalidDate: "whenInvalidDate",
  outsideTerm: "whenOutsideTerm",
  reversedSpan: "whenReversedSpan",
};

/** A sentence for a volunteer about why a När? text was not understood (or is suspicious). */
export function describeWhenProblem(code: WhenProblemCode, language: Language, text: string): string {
  return t(language, PROBLEM_KEYS[code], { text: String(text ?? "").trim() });
}
