// What Start and End become when a volunteer edits an activity's Term or När, and the note when När can't be read.

import type { IsoDate } from "../calendar/dates";
import { parseTerm } from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { describeWhenProblem, parseWhen, type TermRange } from "../when/when";
import { whenText } from "./activity-record";

export interface EditedDates {
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** The note for the När cell: why it could not be read, or "" to clear an old note. */
  readonly note: string;
}

/** True for a note the add-on put on a När cell (in either language), which it may replace or clear. */
export function isWhenNote(note: unknown): boolean {
  if (typeof note !== "string" || note === "") return false;
  return (["sv", "en"] as const).some((language) => {
    const [prefix] = t(language, "noteWhenUnreadable", { problem: "\u0000" }).split("\u0000");
    return note.startsWith(prefix);
  });
}

/**
 * Start/End for one row from its Term and När cells. A blank När clears both without a note. A När under no
 * term is read over the plan `period`, as the Activities reader reads it.
 */
export function datesForRow(
  termCell: unknown,
  whenCell: unknown,
  language: Language,
  period: TermRange | null = null,
): EditedDates {
  const when = whenText(whenCell);
  if (when === "") return { start: null, end: null, note: "" };
  const parsed = parseWhen(when, parseTerm(cellString(termCell)), { period });
  if (parsed.ok) return { start: parsed.start, end: parsed.end, note: "" };
  const problem = describeWhenProblem(parsed.problem, language, parsed.text);
  return { start: null, end: null, note: t(language, "noteWhenUnreadable", { problem }) };
}
