// Reads the recurrence phrases plans write in När? ("4 ggr/år", "varannan vecka", "varje måndag") into dates.
import { type IsoDate, isoDate, partsOf } from "../calendar/dates";
import { monthFromWord } from "../calendar/months";
import { type Term, termEnd, termStart, termsBetween } from "../calendar/terms";
import { weekdayFromWord } from "../calendar/weekdays";
import { countPerUnit, everyNthWeekday, nthWeekdayOfMonths, type Period, spreadEvenly } from "./recurrence";
import type { TermRange } from "./when-types";

/** A recurrence read from text: the period it repeats over and the dates it falls on. */
export type RecurrenceReading =
  | {
      readonly ok: true;
      readonly period: Period;
      readonly occurrences: IsoDate[];
      /** A count spread evenly by the add-on ("2 gånger per termin"), not days the text names. */
      readonly spread?: boolean;
    }
  | { readonly ok: false; readonly problem: "noYear" | "unreadable" };

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  ett: 1,
  one: 1,
  once: 1,
  tva: 2,
  two: 2,
  twice: 2,
  tre: 3,
  three: 3,
  fyra: 4,
  four: 4,
  fem: 5,
  five: 5,
  sex: 6,
  six: 6,
  sju: 7,
  seven: 7,
  atta: 8,
  eight: 8,
  nio: 9,
  nine: 9,
  tio: 10,
  ten: 10,
  elva: 11,
  eleven: 11,
  tolv: 12,
  twelve: 12,
  femton: 15,
  tjugo: 20,
  twenty: 20,
  trettio: 30,
  fyrtio: 40,
  femtio: 50,
  hundra: 100,
};

const ORDINALS: Readonly<Record<string, number>> = {
  annan: 2,
  andra: 2,
  other: 2,
  second: 2,
  tredje: 3,
  third: 3,
  fjarde: 4,
  fourth: 4,
  femte: 5,
  fifth: 5,
  sjatte: 6,
  sixth: 6,
};

const NTH_OF_MONTH: Readonly<Record<string, number>> = {
  forsta: 1,
  first: 1,
  "1:a": 1,
  andra: 2,
  second: 2,
  "2:a": 2,
  tredje: 3,
  third: 3,
  "3:e": 3,
  fjarde: 4,
  fourth: 4,
  "4:e": 4,
  femte: 5,
  fifth: 5,
  "5:e": 5,
  sista: -1,
  last: -1,
};

/** A count written in digits or as a (folded) word: "4", "fyra", "ett", "två" → 2, "tio", "twice". Null otherwise. */
export function countOf(word: string): number | null {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : null;
}

function ordinalOf(word: string): number | null {
  const digits = /^(\d{1,2})(?::?[ae]|st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  return Object.hasOwn(ORDINALS, word) ? ORDINALS[word] : null;
}

type Unit = "year" | "term" | "month" | "week";

function unitOf(word: string): Unit | null {
  if (/^(?:ar|aret|year|arligen)$/.test(word)) return "year";
  if (/^(?:termin|terminen|term|semester|halvar|halvaret)$/.test(word)) return "term";
  if (/^(?:manad|manaden|month)$/.test(word)) return "month";
  if (/^(?:vecka|veckan|week)$/.test(word)) return "week";
  return null;
}

function yearPeriod(year: number): Period {
  return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

function termPeriod(term: Term): Period {
  return { start: termStart(term), end: termEnd(term) };
}

function reading(period: Period, occurrences: IsoDate[] | null, spread = false): RecurrenceReading {
  if (!occurrences || occurrences.length === 0) return { ok: false, problem: "unreadable" };
  return spread ? { ok: true, period, occurrences, spread } : { ok: true, period, occurrences };
}

const TIMES = "(?:ggr|gg|ganger|gang|g|x|times|time)";
const PER = "(?:\\/|per|om|i|pa|a|an|each|every|varje|in)";
const COUNT_PER_UNIT = new RegExp(
  `^(\\d{1,4}|[a-z]+)\\s*(${TIMES})?\\.?\\s*(${PER})?\\s*(?:the\\s+)?([a-z]+)$`,
);

/**
 * What a recurrence repeats over: under a term, that term (and its calendar year for "per år"); under
 * no term but a plan period, the whole period, its calendar years and its terms.
 */
interface Frame {
  readonly whole: Period;
  readonly years: readonly Period[];
  readonly terms: readonly Period[];
}

function frameOfTerm(term: Term): Frame {
  return { whole: termPeriod(term), years: [yearPeriod(term.year)], terms: [termPeriod(term)] };
}

function frameOfPlan(range: TermRange): Frame | null {
  const terms = termsBetween(range.first, range.last).map(termPeriod);
  if (terms.length === 0) return null;
  const years: Period[] = [];
  for (let y = range.first.year; y <= range.last.year; y++) years.push(yearPeriod(y));
  return { whole: { start: terms[0].start, end: terms[terms.length - 1].end }, years, terms };
}

/** `count` occurrences spread over each part (year or term), and the period the parts cover. */
function spreadOverParts(parts: readonly Period[], count: number): RecurrenceReading {
  const dates: IsoDate[] = [];
  for (const part of parts) {
    const spread = spreadEvenly(part, count);
    if (!spread) return { ok: false, problem: "unreadable" };
    dates.push(...spread);
  }
  return reading({ start: parts[0].start, end: parts[parts.length - 1].end }, dates, true);
}

/** "4 ggr/år", "4 gånger per år", "2 ggr/termin", "en gång i månaden", "twice a month". */
function readCountPerUnit(text: string, frame: Frame): RecurrenceReading | null {
  const match = COUNT_PER_UNIT.exec(text);
  if (!match) return null;
  const count = countOf(match[1]);
  const unit = unitOf(match[4]);
  if (count === null || unit === null) return null;
  if (!match[2] && !match[3] && match[1] !== "once" && match[1] !== "twice") return null;
  switch (unit) {
    case "year":
      return spreadOverParts(frame.years, count);
    case "term":
      return spreadOverParts(frame.terms, count);
    default:
      return reading(frame.whole, countPerUnit(frame.whole, unit, count), true);
  }
}

/** Strips a trailing "under terminen" / "hela året" and says which period it names. */
function periodSuffix(text: string, frame: Frame): { text: string; period: Period } {
  const year = /\s+(?:under|i|hela|per|during|throughout|all)?\s*(?:aret|the year|year)$/.exec(text);
  const years = { start: frame.years[0].start, end: frame.years[frame.years.length - 1].end };
  if (year) return { text: text.slice(0, year.index), period: years };
  const wholeTerm =
    /\s+(?:under|i|hela|per|during|throughout|all)?\s*(?:terminen|termin|the term|term)$/.exec(text);
  if (wholeTerm) return { text: text.slice(0, wholeTerm.index), period: frame.whole };
  return { text, period: frame.whole };
}

const EXCEPT = /\s+(?:utom|forutom|except|excluding|ej|inte)\s+(?:i\s+|in\s+)?/;

/**
 * "… utom juli", "… förutom juli och augusti hela året": the months left out, and the text without
 * them. Null when the words after "utom" name no month (then the text is no recurrence).
 */
function exceptions(text: string): { text: string; months: Set<number> } | null {
  const m = EXCEPT.exec(text);
  if (!m) return { text, months: new Set() };
  const words = text.slice(m.index + m[0].length).split(/\s+/);
  const months = new Set<number>();
  let used = 0;
  for (const raw of words) {
    const word = raw.replace(/,$/, "");
    const month = monthFromWord(word);
    if (month !== null) months.add(month);
    else if (!/^(?:och|and|or|eller)$/.test(word) || months.size === 0) break;
    used++;
  }
  if (months.size === 0) return null;
  const rest = words.slice(used).join(" ");
  return { text: `${text.slice(0, m.index)}${rest === "" ? "" : ` ${rest}`}`, months };
}

/** "varje månad", "månadsvis", "varje vecka", "varannan vecka", "varje måndag", "var fjärde tisdag", … */
function readEvery(text: string, period: Period): RecurrenceReading | null {
  if (/^(?:varje|varenda|var|every|each)\s+manad(?:en)?$|^manadsvis$|^monthly$/.test(text)) {
    return reading(period, countPerUnit(period, "month", 1));
  }
  if (/^(?:varje|varenda|every|each)\s+(?:vecka|week)$|^veckovis$|^weekly$/.test(text)) {
    return reading(period, everyNthWeekday(period, 1, 1));
  }
  if (/^(?:varannan|every other|every second)\s+manad$/.test(text)) {
    const months = countPerUnit(period, "month", 1);
    return reading(period, months ? months.filter((_, i) => i % 2 === 0) : null);
  }
  const nth = /^(?:var\s*|every\s+)([a-z0-9:]+)\s+([a-z]+)$/.exec(text);
  if (nth) {
    const every = ordinalOf(nth[1]);
    if (every !== null) {
      if (/^(?:vecka|week)$/.test(nth[2])) return reading(period, everyNthWeekday(period, 1, every));
      const day = weekdayFromWord(nth[2]);
      if (day !== null) return reading(period, everyNthWeekday(period, day, every));
    }
  }
  const each = /^(?:varje|varenda|every|each|alla|all|pa)\s+([a-z]+)$/.exec(text) ?? /^([a-z]+)$/.exec(text);
  if (each) {
    const day = weekdayFromWord(each[1]);
    // A bare weekday counts only in the plural ("tisdagar", "tuesdays").
    if (day !== null && (each[0] !== each[1] || /(?:ar|arna|days)$/.test(each[1]))) {
      return reading(period, everyNthWeekday(period, day, 1));
    }
  }
  const ofMonth =
    /^([a-z0-9:]+)\s+([a-z]+)\s+(?:i|varje|per|of|each|every|in|of every|of each|of the)\s*(?:varje\s+)?(?:manad|manaden|month)$/.exec(
      text,
    );
  if (ofMonth && Object.hasOwn(NTH_OF_MONTH, ofMonth[1])) {
    const day = weekdayFromWord(ofMonth[2]);
    if (day !== null) return reading(period, nthWeekdayOfMonths(period, day, NTH_OF_MONTH[ofMonth[1]]));
  }
  return null;
}

/** Words that mark a recurrence, so a yearless text without a term can say "noYear" rather than "unreadable". */
const RECURRENCE_HINT =
  /(?:ggr|gang|times|varje|varannan|manadsvis|veckovis|monthly|weekly|every|^var\s|twice|once)/;

/**
 * Reads a recurrence from folded, trimmed text (see foldSwedish). Null when the text is not a
 * recurrence. "N per year" spreads over the calendar year of the term; everything else over the term,
 * or over the year with a trailing "hela året". A text under no term repeats over the plan period
 * when one is given (else it is "noYear"). A trailing "utom juli" leaves those months out.
 */
export function readRecurrence(
  text: string,
  term: Term | null,
  plan: TermRange | null = null,
): RecurrenceReading | null {
  const frame = term !== null ? frameOfTerm(term) : plan !== null ? frameOfPlan(plan) : null;
  if (frame === null) {
    if (!RECURRENCE_HINT.test(text)) return null;
    const probe = readRecurrence(text, { season: "VT", year: 2001 });
    return probe?.ok ? { ok: false, problem: "noYear" } : probe;
  }
  const except = exceptions(text);
  if (except === null) return null;
  const found = readIn(except.text, frame);
  if (!found?.ok || except.months.size === 0) return found;
  return reading(
    found.period,
    found.occurrences.filter((date) => !except.months.has(partsOf(date).month)),
    found.spread === true,
  );
}

function readIn(text: string, frame: Frame): RecurrenceReading | null {
  const counted = readCountPerUnit(text, frame);
  if (counted) return counted;
  const { text: rest, period } = periodSuffix(text, frame);
  return readEvery(rest, period) ?? (rest === text ? null : readEvery(text, frame.whole));
}
