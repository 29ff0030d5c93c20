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

export interface TimelineMonth {
  readonly year: number;
  readonly month: number;
  readonly start: IsoDate;
  /** year*12 + month-1 */
  readonly index: number;
}

export interface TimelineGroup {
  /** null for activities whose term can't be told. */
  readonly term: Term | null;
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

/** The plan period from Settings, else from the first activity's term to the last, else the current term. */
export function periodOf(input: TimelineInput): { first: Term; last: Term } {
  if (input.firstTerm && input.lastTerm && termIndex(input.firstTerm) <= termIndex(input.lastTerm)) {
    return { first: input.firstTerm, last: input.lastTerm };
  }
  const indices = input.activities.flatMap((a) => (a.term ? [termIndex(a.term)] : []));
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

/** Groups activities under their terms in term order; activities without a term come last. */
export function groupByTerm(activities: readonly Activity[]): TimelineGroup[] {
  const groups = new Map<string, { term: Term | null; activities: Activity[] }>();
  for (const activity of activities) {
    const key = activity.term ? String(termIndex(activity.term)).padStart(6, "0") : "~";
    const group = groups.get(key) ?? { term: activity.term, activities: [] };
    group.activities.push(activity);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => ({ term: group.term, activities: group.activities.sort(byDate) }));
}

export function buildTimeline(input: TimelineInput): TimelineModel {
  const { first, last } = periodOf(input);
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

/** The term label of a group, e.g. "VT 2024". */
export function groupLabel(group: TimelineGroup, noTerm: string): string {
  return group.term ? formatTerm(group.term) : noTerm;
}

/** Column offset (0-based) of a date's month within the timeline, or -1 when outside it. */
export function monthOffset(months: readonly TimelineMonth[], date: IsoDate): number {
  const index = monthIndex(date);
  const offset = index - months[0].index;
  return offset >= 0 && offset < months.length ? offset : -1;
}
