// The timeline as data: the months it spans and the activities grouped by term, in date order.

import { firstOfMonth, type IsoDate, monthIndex } from "../calendar/dates";
import {
  formatTerm,
  type Term,
  termEnd,
  termFromIndex,
  termIndex,
  termOf,
  termStart,
} from "../calendar/terms";
import { type Activity, effectiveSpan } from "../records/activity-record";
import type { Election } from "../records/settings-record";
import { isUndated } from "../when/when";
import { MAX_TIMELINE_TERMS } from "./width";

export interface TimelineMonth {
  readonly year: number;
  readonly month: number;
  readonly start: IsoDate;
  /** year*12 + month-1 */
  readonly index: number;
}

export interface TimelineGroup {
  /** null for activities whose term can't be told, and for the undated group. */
  readonly term: Term | null;
  /** The group of activities without a time ("Utan datum"): listed, never drawn as bars. */
  readonly undated: boolean;
  readonly activities: readonly Activity[];
}

export interface TimelineModel {
  readonly months: readonly TimelineMonth[];
  readonly groups: readonly TimelineGroup[];
  readonly elections: readonly Election[];
  readonly today: IsoDate;
}

export interface TimelineInput {
  readonly activities: readonly Activity[];
  readonly firstTerm: Term | null;
  readonly lastTerm: Term | null;
  readonly elections: readonly Election[];
  readonly today: IsoDate;
}

/** An activity without a time (a blank När and no typed Start and End): listed as undated, never drawn. */
export function isUndatedActivity(activity: Activity): boolean {
  return isUndated(activity.parsed) && effectiveSpan(activity) === null;
}

/** The terms an activity covers: those of its Start and End, else its term; none when undated. */
function termIndicesOf(activity: Activity): number[] {
  const span = effectiveSpan(activity);
  if (span) return [termIndex(termOf(span.start)), termIndex(termOf(span.end))];
  return activity.term ? [termIndex(activity.term)] : [];
}

/**
 * The plan period from Settings widened to every dated activity (so none falls off the timeline, whatever the
 * period says); without a period in Settings, the activities' terms alone; without those, the current term.
 * widthProblem (width.ts) tells first whether that fits in the timeline's cap.
 */
export function periodOf(input: TimelineInput): { first: Term; last: Term } {
  const settings =
    input.firstTerm && input.lastTerm && termIndex(input.firstTerm) <= termIndex(input.lastTerm)
      ? [termIndex(input.firstTerm), termIndex(input.lastTerm)]
      : null;
  const indices = input.activities.flatMap(termIndicesOf);
  if (settings) indices.push(...settings);
  if (indices.length === 0) {
    const now = termOf(input.today);
    return { first: now, last: now };
  }
  return { first: termFromIndex(Math.min(...indices)), last: termFromIndex(Math.max(...indices)) };
}

/** Every month from the first term's start to the last term's end. */
export function monthsOf(first: Term, last: Term): TimelineMonth[] {
  const from = monthIndex(termStart(first));
  const to = monthIndex(termEnd(last));
  const months: TimelineMonth[] = [];
  for (let i = from; i <= to; i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    months.push({ year, month, start: firstOfMonth(year, month), index: i });
  }
  return months;
}

/** Activities sorted by start date (unreadable ones last, in sheet order). */
function byDate(a: Activity, b: Activity): number {
  const sa = effectiveSpan(a)?.start ?? "9999";
  const sb = effectiveSpan(b)?.start ?? "9999";
  return sa === sb ? a.row - b.row : sa.localeCompare(sb);
}

/**
 * Groups activities under their terms in term order; activities without a term come after them, and the
 * undated ones last, in a group of their own (in sheet order).
 */
export function groupByTerm(activities: readonly Activity[]): TimelineGroup[] {
  const groups = new Map<string, { term: Term | null; undated: boolean; activities: Activity[] }>();
  for (const activity of activities) {
    const undated = isUndatedActivity(activity);
    const term = undated ? null : activity.term;
    const key = undated ? "~~" : term ? String(termIndex(term)).padStart(6, "0") : "~";
    const group = groups.get(key) ?? { term, undated, activities: [] };
    group.activities.push(activity);
    groups.set(key, group);
  }
  // Ordinal order: digits before "~" (localeCompare would put the "~" groups first).
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => ({ ...group, activities: group.activities.sort(byDate) }));
}

/** The timeline's model; throws a RangeError past the width cap, which widthProblem names to the user first. */
export function buildTimeline(input: TimelineInput): TimelineModel {
  const { first, last } = periodOf(input);
  if (termIndex(last) - termIndex(first) + 1 > MAX_TIMELINE_TERMS) {
    throw new RangeError(`A timeline of more than ${MAX_TIMELINE_TERMS} terms: ask widthProblem first`);
  }
  const months = monthsOf(first, last);
  const from = months[0].start;
  const to = months[months.length - 1].start;
  return {
    months,
    groups: groupByTerm(input.activities),
    elections: input.elections.filter(
      (e) => e.date.slice(0, 7) >= from.slice(0, 7) && e.date.slice(0, 7) <= to.slice(0, 7),
    ),
    today: input.today,
  };
}

/** The term label of a group, e.g. "VT 2024"; the given words for the undated group and for no term. */
export function groupLabel(group: TimelineGroup, words: { noTerm: string; undated: string }): string {
  if (group.undated) return words.undated;
  return group.term ? formatTerm(group.term) : words.noTerm;
}

/** Column offset (0-based) of a date's month within the timeline, or -1 when outside it. */
export function monthOffset(months: readonly TimelineMonth[], date: IsoDate): number {
  const index = monthIndex(date);
  const offset = index - months[0].index;
  return offset >= 0 && offset < months.length ? offset : -1;
}
