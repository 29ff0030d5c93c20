// Meetings written as a sentence: "Kretsmöten hålls enligt följande: 14 januari (årsmöte), 11 februari …", "Styrelsen träffas den första måndagen varje månad".
import { isoDate } from "../calendar/dates";
import { monthFromWord } from "../calendar/months";
import { type Term, termOf } from "../calendar/terms";
import { foldSwedish } from "../i18n/fold";
import { parseWhen, type TermRange, type WhenResult } from "../when/when";
import type { DocLine } from "./document-lines";

export interface SentenceActivity {
  readonly what: string;
  readonly when: string;
  readonly term: Term | null;
  readonly parsed: WhenResult;
}

/** Where the sentence stands: a year from its heading or the plan, and the plan period. */
export interface SentenceContext {
  readonly year: number | null;
  readonly period: TermRange | null;
}

const DATE = /(\d{1,2})(?::[ae])?\.?\s+(\p{L}{3,9})\.?(?:\s+(\d{4}))?(?:\s*\(([^()]*)\))?/gu;
const MEETING_WORD = /mote|moten|traff|stamma|konferens|sammantrade/;
/** Words after which a sentence's subject has ended: "Kretsmöten | hålls …". */
const VERBS = new Set([
  "halls",
  "foreslas",
  "ager",
  "planeras",
  "ar",
  "blir",
  "sker",
  "genomfors",
  "kommer",
  "ska",
  "enligt",
  "den",
  "pa",
  "preliminart",
  "infaller",
  "under",
  "traffas",
  "mots",
  "sammantrader",
]);

/** "Kretsmöten" → "Kretsmöte", "träffar" → "träff": one activity per date is one meeting. */
function singular(word: string): string {
  return word
    .replace(/möten(a)?$/i, "möte")
    .replace(/moten(a)?$/i, "mote")
    .replace(/träffar(na)?$/i, "träff")
    .replace(/traffar(na)?$/i, "traff")
    .replace(/stämmor(na)?$/i, "stämma");
}

/** The subject of the words before the dates: up to its verb, singular, with a capital letter. */
function subjectOf(prefix: string): string {
  const words = prefix
    .replace(/[:;,–—-]+\s*$/, "")
    .split(" ")
    .filter((w) => w !== "");
  const subject: string[] = [];
  for (const word of words) {
    const folded = foldSwedish(word).replace(/[:,.]+$/, "");
    if (VERBS.has(folded) || /^\d{4}$/.test(folded)) break;
    subject.push(word.replace(/[:,]+$/, ""));
    if (/[:]$/.test(word)) break;
  }
  if (subject.length === 0) return "Möte";
  subject[subject.length - 1] = singular(subject[subject.length - 1]);
  const text = subject.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface DateMatch {
  readonly text: string;
  readonly index: number;
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
}

function datesIn(body: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of body.matchAll(DATE)) {
    const month = monthFromWord(m[2]);
    if (month === null) continue;
    out.push({
      text: m[0].trim().replace(/\.$/, ""),
      index: m.index,
      day: Number(m[1]),
      month,
      year: m[3] !== undefined ? Number(m[3]) : null,
    });
  }
  return out;
}

/**
 * A sentence listing meeting dates: one activity per date in the term it falls in, its note in
 * parentheses kept in När ("14 januari (årsmöte)"). The year is a date's own, else one the sentence
 * names ("under 2025"), else the context's; a list that passes December goes on into the next year.
 * Null when the line is no such sentence (fewer than two dates, or one date and no meeting word).
 */
export function readMeetingSentence(
  line: DocLine,
  context: SentenceContext,
): { activities: SentenceActivity[]; noYear: boolean } | null {
  if (line.cells !== null) return null;
  const dates = datesIn(line.body);
  if (dates.length === 0 || (dates.length === 1 && !MEETING_WORD.test(line.folded))) return null;
  const prefix = line.body.slice(0, dates[0].index);
  const named = /\b((?:19|20)\d{2})\b/.exec(prefix);
  let year = named ? Number(named[1]) : (context.year ?? context.period?.first.year ?? null);
  const what = subjectOf(prefix);
  let previous = 0;
  const activities = dates.map((date): SentenceActivity => {
    if (date.year !== null) year = date.year;
    else if (year !== null && date.month < previous) year += 1;
    previous = date.month;
    let term: Term | null = null;
    if (year !== null) {
      try {
        term = termOf(isoDate(year, date.month, 1));
      } catch {
        term = null;
      }
    }
    return { what, when: date.text, term, parsed: parseWhen(date.text, term) };
  });
  return { activities, noYear: year === null };
}

const RECURRENCE_CUE =
  /\b(?:varje|varannan|var\s+\S+|ggr|ganger|gang|manadsvis|veckovis|arligen|every|monthly|weekly)\b/;

/**
 * A sentence naming a recurring meeting: "Styrelsen träffas den första måndagen varje månad utom juli"
 * → one recurring activity "Styrelsen träffas" over the plan period (or the context's year). Null when
 * no ending of the sentence reads as a recurrence.
 */
export function readRecurringSentence(line: DocLine, context: SentenceContext): SentenceActivity | null {
  if (line.cells !== null || !RECURRENCE_CUE.test(line.folded)) return null;
  const year = context.year;
  const period: TermRange | null =
    context.period ??
    (year !== null ? { first: { season: "VT", year }, last: { season: "HT", year } } : null);
  const words = line.body.replace(/[.!]+$/, "").split(" ");
  for (let i = 1; i < words.length; i++) {
    const when = words.slice(i).join(" ");
    if (!RECURRENCE_CUE.test(foldSwedish(when))) break;
    const term: Term | null = null;
    const parsed = parseWhen(when, term, { period });
    if (!parsed.ok || parsed.precision !== "recurring") continue;
    const what = words
      .slice(0, i)
      .join(" ")
      .replace(/[,:;]+$/, "");
    return { what, when, term, parsed };
  }
  return null;
}
