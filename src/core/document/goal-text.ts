// Reads one goal sentence: what it measures, its target and baseline, its deadline ("i valet 2026"), per år/termin.
import { type IsoDate, isoDate, isValidDate, lastOfMonth } from "../calendar/dates";
import { electionDays, generalElection } from "../calendar/elections";
import { parseTerm, termEnd } from "../calendar/terms";
import { parseNumberText } from "../cells/cell-values";
import { foldSwedish } from "../i18n/fold";
import type { MessageKey } from "../i18n/messages";
import { countOf } from "../when/recurrence-text";
import type { TermRange } from "../when/when";
import { parsePoint } from "../when/when-points";
import { type GoalKind, type GoalNumbers, noGoalNumbers } from "./document-types";

export interface GoalReading extends GoalNumbers {
  kind: GoalKind;
  /** True when the text names anything measurable: a number, a comparison or a kind of its own. */
  measurable: boolean;
  problems: Array<{ key: MessageKey; vars: Record<string, string | number> }>;
}

/** What the goal's section says: its heading's year ("Mål 2026") and the plan period (whose end is the default deadline). */
export interface GoalContext {
  readonly year: number | null;
  readonly period: TermRange | null;
}

const NUMBER = "(\\d+(?:[.,]\\d+)?)";

/** A count in digits or words ("9", "ett", "fyra", "tio"); years are no counts. */
function countToken(word: string): number | null {
  if (/^(?:19|20)\d{2}$/.test(word)) return null;
  return countOf(word);
}

/** The last day a (folded) date phrase names: "31 december 2024", "december 2024", "2024", "valet 2022"; null for none. */
export function dateOfPhrase(phrase: string): IsoDate | null {
  const text = phrase.trim();
  const election = /^(?:\S+-)?valet\s+(\d{4})$/.exec(text);
  if (election) return generalElection(Number(election[1]))?.date ?? null;
  const point = /^\d{4}$/.test(text)
    ? { kind: "month" as const, year: Number(text), month: 12 }
    : parsePoint(text);
  if (point?.kind !== "date" && point?.kind !== "month") return null;
  if (point.year === null || point.year < 1 || point.year > 9999) return null;
  if (point.kind === "month")
    return point.month >= 1 && point.month <= 12 ? lastOfMonth(point.year, point.month) : null;
  return isValidDate(point.year, point.month, point.day) ? isoDate(point.year, point.month, point.day) : null;
}

const ELECTION =
  /\b(kommun|region|riksdags|landstings|ep|eu|europaparlaments|kyrko)?-?\s?valet\s+((?:19|20)\d{2})\b/;

/** The day of the election a text names, and a problem when there was no such election that year. */
function electionDeadline(kind: string | undefined, year: number): IsoDate | "none" {
  if (kind === "ep" || kind === "eu" || kind === "europaparlaments") {
    return electionDays(year, year).find((e) => e.label === "electionEu")?.date ?? "none";
  }
  if (kind === "kyrko")
    return electionDays(year, year).find((e) => e.label === "electionChurch")?.date ?? "none";
  return generalElection(year)?.date ?? "none";
}

/** The general election year a plan's "valåret" means: the heading's year or the first in the period. */
function electionYear(context: GoalContext): number | null {
  if (context.year !== null && generalElection(context.year)) return context.year;
  if (context.period) {
    for (let y = context.period.first.year; y <= context.period.last.year; y++)
      if (generalElection(y)) return y;
  }
  return null;
}

const ACTIVITY_CUE =
  /(?:ganger|^ggr$|^gang$|mote|moten|traff|aktivitet|kampanj|utbildning|dorrknack|varvning|seminari|studiecirk|evenemang|arrangemang|besok|utskick|^ny$)/;
const VOTE_CUE = /valjarstod|\bstod\b|rostandel|\broster|\brosterna\b|\bvalresultat/;
const COMPARISON =
  /\bska\s+(?:oka|minska|vaxa|bli\s+(?:fler|storre|hogre|battre))|\b(?:hogre|lagre|fler|farre|storre|mindre|battre)\b.*\ban\b|\b(?:storsta|basta|hogsta|framsta)\b|^(?:oka|minska)\b/;

/** The first count followed within four words by an activity word: "minst 6 öppna medlemsmöten" → 6. */
function activityCount(words: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    const count = countToken(words[i]);
    if (count === null || words[i + 1] === "%" || words[i + 1] === "procent") continue;
    if (words.slice(i + 1, i + 5).some((w) => ACTIVITY_CUE.test(w))) return count;
  }
  return null;
}

/** The count just before a word: "9 mandat" / "fyra mandat" / "800 nya medlemmar". */
function countBefore(words: readonly string[], word: RegExp): number | null {
  for (let i = 1; i < words.length; i++) {
    if (!word.test(words[i])) continue;
    const before = words[i - 1] === "nya" && i >= 2 ? words[i - 2] : words[i - 1];
    const count = countToken(before);
    if (count !== null) return count;
  }
  return null;
}

/**
 * Reads a measurable goal from its text. The kind comes from its words (mandat → seats; väljarstöd and
 * a percentage → vote share; medlemmar → members; a count of meetings, gånger, kampanjer → activities;
 * else other); comparison goals ("ska öka", "högre än …") are "other" with the comparison flag.
 */
export function readGoalText(text: string, context: GoalContext): GoalReading {
  let f = ` ${foldSwedish(text)
    .replace(/\s+/g, " ")
    .replace(/(\d)\s+%/g, "$1 %")} `;
  const reading: GoalReading = { ...noGoalNumbers(), kind: "other", measurable: false, problems: [] };

  const today = new RegExp(`\\(?\\b(?:idag|i dag|nu|just nu|fran)\\s+${NUMBER}\\s*(%|procent)?\\)?`).exec(f);
  if (today) {
    reading.baseline = parseNumberText(today[1]);
    f = f.replace(today[0], " ");
  }
  const since =
    /\b(?:jamfort\s+(?:med|mot)|sedan|relativt|fran)\s+(?:den\s+)?((?:\S+-)?valet\s+\d{4}|\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{4}|\d{4}(?:-\d{2}-\d{2})?)\b/.exec(
      f,
    );
  if (since) {
    reading.baselineDate = dateOfPhrase(since[1]);
    f = f.replace(since[0], " ");
  }

  if (/\b(?:per|om|i|varje)\s+(?:ar|aret)\b|\/\s*ar\b|\barligen\b/.test(f)) reading.rate = "year";
  else if (/\b(?:per|varje|i)\s+termin(?:en)?\b|\/\s*termin\b/.test(f)) reading.rate = "term";

  const election = ELECTION.exec(f);
  if (election) {
    const year = Number(election[2]);
    const day = electionDeadline(election[1], year);
    if (day === "none") reading.problems.push({ key: "docGoalNoElection", vars: { year, text } });
    reading.deadline = day === "none" ? isoDate(year, 12, 31) : day;
    f = f.replace(election[0], " ");
  } else if (/\bvalaret\b/.test(f)) {
    const year = electionYear(context);
    if (year !== null) reading.deadline = isoDate(year, 12, 31);
  }
  if (reading.deadline === null) {
    const term = /\b(vt|ht|varterminen|hostterminen|varen|hosten)\s*((?:19|20)\d{2})\b/.exec(f);
    const date = /\b(\d{1,2}\s+[a-z]+\s+(?:19|20)\d{2})\b/.exec(f);
    const year = /\b((?:19|20)\d{2})\b/.exec(f);
    const parsedTerm = term ? parseTerm(`${term[1]} ${term[2]}`) : null;
    if (parsedTerm) reading.deadline = termEnd(parsedTerm);
    else if (date && dateOfPhrase(date[1])) reading.deadline = dateOfPhrase(date[1]);
    else if (year) reading.deadline = isoDate(Number(year[1]), 12, 31);
    else if (context.year !== null) reading.deadline = isoDate(context.year, 12, 31);
    else if (context.period !== null) reading.deadline = termEnd(context.period.last);
  }

  const words = f.trim().split(/\s+/);
  const percent = new RegExp(`${NUMBER}\\s*(?:%|procent)`).exec(f);
  const seats = countBefore(words, /^(?:mandat|platser)$/);
  const growth = new RegExp(`\\b(?:oka|okning|vaxa|tillvaxt|nettooka)\\b.*?${NUMBER}\\s*(?:%|procent)`).exec(
    f,
  );
  const activities = activityCount(words);
  const members = countBefore(words, /^medlemmar$/);
  if (/\bmandat\b/.test(f)) {
    reading.kind = "seats";
    reading.target = seats;
    reading.unit = seats === null ? null : "count";
  } else if (percent && VOTE_CUE.test(f)) {
    reading.kind = "voteShare";
    reading.target = parseNumberText(percent[1]);
    reading.unit = "percent";
  } else if (growth) {
    // "Öka antalet medlemmar med 15 %": a growth; of members when the goal says so.
    if (/medlem/.test(f)) reading.kind = "members";
    const value = parseNumberText(growth[1]);
    reading.growth = value === null ? null : Number(`${value}e-2`);
  } else if (activities !== null) {
    reading.kind = "activities";
    reading.target = activities;
    reading.unit = "count";
  } else if (members !== null) {
    reading.kind = "members";
    reading.target = members;
    reading.unit = "count";
  } else if (COMPARISON.test(f)) {
    reading.comparison = true;
  } else if (percent) {
    reading.target = parseNumberText(percent[1]);
    reading.unit = "percent";
  }
  reading.measurable =
    reading.kind !== "other" ||
    reading.comparison ||
    reading.target !== null ||
    reading.growth !== null ||
    reading.baseline !== null;
  return reading;
}
