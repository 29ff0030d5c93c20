// Counts activities whose "Vad?" matches a pattern: each occurrence of a recurring one, optionally only the done ones.

import type { IsoDate } from "../calendar/dates";
import { sameTerm, type Term } from "../calendar/terms";
import { readBoolean, termOrNull } from "../cells/cell-values";
import { foldSwedish } from "../i18n/fold";
import { whenText } from "../records/activity-record";
import { parseWhen } from "../when/when";

/** Folds case, å/ä/ö (also when a PDF lost them) and every space, so "Ny i C" matches "nyi c" and "NY I C". */
export function foldForMatch(text: string): string {
  return foldSwedish(text).replace(/\s+/g, "");
}

/**
 * A matcher for a pattern: a folded substring match where "*" stands for any text ("möte*krets" matches
 * "Möte med kretsordförande"). A blank pattern or "*" matches every activity.
 */
export function activityMatcher(pattern: string): (what: string) => boolean {
  const parts = foldForMatch(pattern)
    .split("*")
    .filter((part) => part !== "");
  return (what) => containsInOrder(foldForMatch(what), parts);
}

/**
 * True when every part occurs in `text`, in this order, without overlapping: "*" patterns matched literally and
 * greedily left to right, which is exact for a pattern of fixed parts and wildcards. Each indexOf scans the text
 * at most once from where the last part ended, so a pattern of any shape takes time linear in the text (never a
 * regular expression that can backtrack, as "a*a*a*a*b" did).
 */
export function containsInOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** A repeated header row pasted from the plan ("Vad?") is not an activity. */
const HEADER = /^vad\??:?$/;

function cellText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** The Klar and När columns a count may read beside Term and Vad. */
export interface CountOptions {
  /** The Klar column: with doneOnly, only rows ticked here count. */
  readonly dones?: readonly unknown[];
  /** Count only activities ticked Klar (what was done), not every planned one. */
  readonly doneOnly?: boolean;
  /** The När column: a recurring row ("2 gånger per termin") counts once for each of its occurrences. */
  readonly whens?: readonly unknown[];
}

/** One counted occurrence of a matching activity: its row's term, the date it falls on when known, and Klar. */
export interface CountedUnit {
  readonly term: Term | null;
  readonly date: IsoDate | null;
  readonly done: boolean;
}

/** A Klar cell as ticked: a checkbox, or TRUE/SANT/ja/x typed. */
function ticked(value: unknown): boolean {
  if (value === true) return true;
  try {
    const read = readBoolean(value, "done");
    return read.kind === "boolean" && read.value;
  } catch {
    return false;
  }
}

/**
 * Every occurrence of every row whose "Vad?" matches `pattern` (see activityMatcher): a row counts once, a
 * recurring När ("2 gånger per termin", "varje månad") once per occurrence, read under the row's term. The columns
 * may differ in length (trailing empty rows); blank "Vad?" cells and repeated header rows never count.
 */
export function countedUnits(
  terms: readonly unknown[],
  whats: readonly unknown[],
  pattern: string,
  options: CountOptions = {},
): CountedUnit[] {
  const matches = activityMatcher(pattern);
  const units: CountedUnit[] = [];
  for (let i = 0; i < whats.length; i++) {
    const what = cellText(whats[i]);
    const folded = foldForMatch(what);
    if (folded === "" || HEADER.test(folded) || !matches(what)) continue;
    const term = termOrNull(terms[i]);
    const done = ticked(options.dones?.[i]);
    const when = options.whens ? whenText(options.whens[i]) : "";
    const parsed = when === "" ? null : parseWhen(when, term);
    const dates = parsed?.ok ? (parsed.occurrences.length > 0 ? parsed.occurrences : [parsed.start]) : [null];
    for (const date of dates) units.push({ term, date, done });
  }
  return units;
}

/**
 * How many activities match `pattern` (see countedUnits: a recurring row counts each occurrence), counting only
 * rows whose term cell is `term` when one is given (text parseTerm reads, or a date in that term), and only
 * ticked rows when `options.doneOnly`.
 */
export function countActivities(
  terms: readonly unknown[],
  whats: readonly unknown[],
  pattern: string,
  term?: Term | null,
  options: CountOptions = {},
): number {
  return countedUnits(terms, whats, pattern, options).filter(
    (unit) =>
      (!term || (unit.term !== null && sameTerm(unit.term, term))) && (!options.doneOnly || unit.done),
  ).length;
}
