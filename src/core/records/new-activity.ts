// A new activity row: validating what the sidebar's form sends, and the cells one Activities row is written with.

import { type CalendarDate, calendarDate, type IsoDate } from "../calendar/dates";
import { formatTerm, parseTerm, type Term } from "../calendar/terms";
import { showValue } from "../cells/cell-values";
import type { NewActivity } from "../dashboard/sidebar-contract";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { describeWhenProblem, parseWhen, type WhenResult } from "../when/when";
import type { ActivityColumn } from "./activity-record";

/** What addActivity answers: the row it wrote, and sentences about a När that could not be read (the row is added anyway). */
export interface AddActivityResult {
  readonly row: number;
  readonly warnings: readonly string[];
}

export interface ActivityFields {
  readonly term: Term | null;
  readonly when: string;
  readonly what: string;
  readonly targetGroup: string;
  readonly owner: string;
  readonly done: boolean;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
}

/** A cell of a new row as the core gives it: text as typed (the adapter keeps it text), a number, a tick, a date. */
export type NewCell = string | number | boolean | CalendarDate;

/** A new row by column id; columns left out stay empty. The adapter places each by its header. */
export type NewRow<Id extends string> = Partial<Record<Id, NewCell>>;

/** A new activity row's cells by column. Start and End are the add-on's, from När; the rest is the user's. */
export function activityCells(fields: ActivityFields): NewRow<ActivityColumn> {
  return {
    term: fields.term ? formatTerm(fields.term) : "",
    when: fields.when,
    start: fields.start ? calendarDate(fields.start) : "",
    end: fields.end ? calendarDate(fields.end) : "",
    what: fields.what,
    targetGroup: fields.targetGroup,
    owner: fields.owner,
    done: fields.done,
  };
}

/** Localized sentences about a När reading: its failure, or its warnings (such as falling outside the term). */
export function whenWarnings(parsed: WhenResult, when: string, language: Language): string[] {
  if (!parsed.ok) return [describeWhenProblem(parsed.problem, language, when)];
  return parsed.warnings.map((code) => describeWhenProblem(code, language, when));
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * Checks the form: Vad is required and Term must be a term (else a PlanError the sidebar shows). A När
 * that cannot be read does not stop the row: it is added with empty Start and End, and a warning says why.
 */
export function prepareNewActivity(
  activity: Partial<NewActivity> | null | undefined,
  language: Language,
): { cells: NewRow<ActivityColumn>; warnings: string[] } {
  const what = text(activity?.what);
  if (what === "") throw new PlanError("addWhatRequired");
  const termText = text(activity?.term);
  const term = parseTerm(termText);
  if (!term)
    throw new PlanError("errorCellNotTerm", { name: t(language, "colTerm"), value: showValue(termText) });
  const when = text(activity?.when);
  const parsed = parseWhen(when, term);
  const cells = activityCells({
    term,
    when,
    what,
    targetGroup: text(activity?.targetGroup),
    owner: text(activity?.owner),
    done: false,
    start: parsed.ok ? parsed.start : null,
    end: parsed.ok ? parsed.end : null,
  });
  return { cells, warnings: whenWarnings(parsed, when, language) };
}
