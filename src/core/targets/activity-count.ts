// Counts activities whose "Vad?" matches a pattern, optionally within one term ("Ny i C 2 gånger per termin").

import { sameTerm, type Term } from "../calendar/terms";
import { termOrNull } from "../cells/cell-values";
import { foldSwedish } from "../i18n/fold";

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

/**
 * How many rows have a "Vad?" matching `pattern` (see activityMatcher), counting only rows whose term cell
 * is `term` when one is given (text parseTerm reads, or a date in that term). The columns may differ in
 * length (trailing empty rows); blank "Vad?" cells and repeated header rows never count.
 */
export function countActivities(
  terms: readonly unknown[],
  whats: readonly unknown[],
  pattern: string,
  term?: Term | null,
): number {
  const matches = activityMatcher(pattern);
  let count = 0;
  for (let i = 0; i < whats.length; i++) {
    const what = cellText(whats[i]);
    const folded = foldForMatch(what);
    if (folded === "" || HEADER.test(folded) || !matches(what)) continue;
    if (term) {
      const rowTerm = termOrNull(terms[i]);
      if (!rowTerm || !sameTerm(rowTerm, term)) continue;
    }
    count++;
  }
  return count;
}
