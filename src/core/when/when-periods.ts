// När forms that name a period of the calendar or of politics: "Q2", "efter valet", "årligen i januari".
import { addDays, isoDate, lastOfMonth, yearOfDigits } from "../calendar/dates";
import { generalElection } from "../calendar/elections";
import { termEnd, termOf } from "../calendar/terms";
import { parsePoint, rangeOf, yearUnderTerm } from "./when-points";
import type { Reading, WhenContext } from "./when-types";

const QUARTER_WORDS: Readonly<Record<string, number>> = {
  forsta: 1,
  andra: 2,
  tredje: 3,
  fjarde: 4,
  sista: 4,
};

/** "Q2", "q2 2026", "2026 Q2", "kv 2", "kvartal 2", "andra kvartalet": April–June (precision "span"). */
export function readQuarter(text: string, context: WhenContext): Reading {
  const direct = /^(?:q|kv\.?|kvartal)\s*([1-4])(?:\s*-?\s*(\d{4}|\d{2}))?$/.exec(text);
  const yearFirst = /^(\d{4})\s*-?\s*q([1-4])$/.exec(text);
  const words = /^(forsta|andra|tredje|fjarde|sista)\s+kvartalet(?:\s+(\d{4}))?$/.exec(text);
  let quarter: number;
  let digits: string | undefined;
  if (direct) [quarter, digits] = [Number(direct[1]), direct[2]];
  else if (yearFirst) [quarter, digits] = [Number(yearFirst[2]), yearFirst[1]];
  else if (words) [quarter, digits] = [QUARTER_WORDS[words[1]], words[2]];
  else return null;
  const firstMonth = quarter * 3 - 2;
  let year: number;
  if (digits !== undefined) year = yearOfDigits(digits);
  else if (context.term) year = yearUnderTerm(firstMonth, context.term);
  else return "noYear";
  if (year < 1 || year > 9999) return "invalidDate";
  return {
    start: isoDate(year, firstMonth, 1),
    end: lastOfMonth(year, firstMonth + 2),
    precision: "span",
    day: null,
    occurrences: [],
  };
}

const ELECTION =
  /^(efter|after|pa|on)\s+(?:det\s+allmanna\s+|the\s+)?(?:riksdags|kommun|region|landstings)?(?:valet|valdagen|election|election day)(?:\s+(\d{4}))?$|^(valdagen|election day)(?:\s+(\d{4}))?$/;

/**
 * "Efter valet": from the day after the general election of the row's year (or the year written) to
 * the end of the term the election falls in. "Valdagen" / "på valdagen": election day itself.
 * A year without a general election is the problem "noElection".
 */
export function readElection(text: string, context: WhenContext): Reading {
  const m = ELECTION.exec(text);
  if (!m) return null;
  const after = m[1] === "efter" || m[1] === "after";
  const digits = m[2] ?? m[4];
  const year = digits !== undefined ? Number(digits) : context.term?.year;
  if (year === undefined) return "noYear";
  const election = generalElection(year);
  if (!election) return "noElection";
  if (!after) {
    return {
      start: election.date,
      end: election.date,
      precision: "day",
      day: Number(election.date.slice(8)),
      occurrences: [],
    };
  }
  const start = addDays(election.date, 1);
  return { start, end: termEnd(termOf(election.date)), precision: "span", day: null, occurrences: [] };
}

const YEARLY_WORDS =
  "(?:arligen|varje\\s+ar|en\\s+gang\\s+(?:om|per|i)\\s+aret|every\\s+year|annually|yearly)";
const YEARLY_FIRST = new RegExp(`^${YEARLY_WORDS}\\s+(?:i|in|pa|on|den)?\\s*(.+)$`);
const YEARLY_LAST = new RegExp(`^(.+?)\\s+${YEARLY_WORDS}$`);

/**
 * "Årligen i januari", "varje år i maj", "1 maj varje år": the month or day in every year of the
 * context — the row's term's year, or each year of the plan period for a text under no term.
 */
export function readYearly(text: string, context: WhenContext): Reading {
  const m = YEARLY_FIRST.exec(text) ?? YEARLY_LAST.exec(text);
  if (!m) return null;
  const point = parsePoint(m[1].trim());
  if (!point || (point.kind !== "month" && point.kind !== "date") || point.year !== null) return null;
  let years: number[];
  if (context.term) years = [context.term.year];
  else if (context.period) {
    years = [];
    for (let y = context.period.first.year; y <= context.period.last.year; y++) years.push(y);
  } else return "noYear";
  const ranges = years.flatMap((y) => rangeOf(point, y) ?? []);
  if (ranges.length === 0) return "invalidDate";
  return {
    start: ranges[0].start,
    end: ranges[ranges.length - 1].end,
    precision: "recurring",
    day: null,
    occurrences: ranges.map((r) => r.start),
    yearWide: true,
  };
}
