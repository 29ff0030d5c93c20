// One cell of each custom function: plain values in, a value or a clear PlanError out (ranges are mapped by callers).

import { type CalendarDate, calendarDate, type IsoDate } from "../calendar/dates";
import { formatTerm, termEnd, termOf, termStart } from "../calendar/terms";
import { readDate, readNumber, readPercent, readTerm } from "../cells/cell-values";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { deadlineDate, goalPace, type PaceStatus, startDate } from "./goal-pace";
import { memberGap, memberProgress, memberTarget, parseRounding } from "./targets";

/** What an empty result cell gets. */
export const EMPTY = "";

/** A result Sheets can show: extreme inputs can overflow to ±Infinity, which gets a clear message instead. */
function finite(value: number): number {
  if (!Number.isFinite(value)) throw new PlanError("errorNotComputable");
  return value;
}

const PACE_TEXT: Readonly<Record<PaceStatus, MessageKey>> = {
  done: "paceDone",
  onTrack: "paceOnTrack",
  behind: "paceBehind",
  notStarted: "paceNotStarted",
};

export function memberTargetCell(base: unknown, growth: unknown, rounding: unknown): number | typeof EMPTY {
  const r = parseRounding(rounding);
  const b = readNumber(base, "base");
  if (b.kind === "blank") return EMPTY;
  const g = readPercent(growth, "growth");
  return finite(memberTarget(b.value, g.kind === "blank" ? 0 : g.value, r));
}

export function memberGapCell(target: unknown, current: unknown): number | typeof EMPTY {
  const tg = readNumber(target, "target");
  const cur = readNumber(current, "current");
  return tg.kind === "blank" || cur.kind === "blank" ? EMPTY : finite(memberGap(tg.value, cur.value));
}

export function memberProgressCell(
  baseline: unknown,
  current: unknown,
  target: unknown,
): number | typeof EMPTY {
  const b = readNumber(baseline, "baseline");
  const cur = readNumber(current, "current");
  const tg = readNumber(target, "target");
  if (b.kind === "blank" || cur.kind === "blank" || tg.kind === "blank") return EMPTY;
  return finite(memberProgress(b.value, cur.value, tg.value));
}

function required(date: IsoDate | null, name: string): IsoDate {
  if (date === null) throw new PlanError("errorCellRequired", { name });
  return date;
}

/** One GOAL_PACE row. A row without a target is empty; a blank baseline counts from 0. */
export function goalPaceCells(language: () => Language, cells: readonly unknown[]): Array<string | number> {
  const [baseline, target, actual, start, deadline, today] = cells;
  const tg = readNumber(target, "target");
  if (tg.kind === "blank") return [EMPTY, EMPTY];
  const b = readNumber(baseline, "baseline");
  const a = readNumber(actual, "actual");
  const from = startDate(start, "start");
  const to = deadlineDate(deadline, "deadline");
  const now = readDate(today, "today");
  const pace = goalPace({
    baseline: b.kind === "blank" ? 0 : b.value,
    target: tg.value,
    actual: a.kind === "blank" ? null : a.value,
    start: required(from, "start"),
    deadline: required(to, "deadline"),
    // A custom function recalculates only when an argument changes, so "today" must be one (never read here).
    today: required(now.kind === "blank" ? null : now.value, "today"),
  });
  return [t(language(), PACE_TEXT[pace.status]), pace.expected === null ? EMPTY : finite(pace.expected)];
}

/**
 * One goal's period as dates: [first day, last day] from its Start and Klart senast cells as volunteers type
 * them (a date, a year, a term, a month); a blank Start is `defaultStart` (the plan's first term), an unreadable
 * cell gives "" (Validate says why). A row without a deadline gives two blanks.
 */
export function goalDatesCells(
  start: unknown,
  deadline: unknown,
  defaultStart: unknown,
): Array<CalendarDate | string> {
  const edge = (read: () => IsoDate | null): CalendarDate | typeof EMPTY => {
    try {
      const date = read();
      return date === null ? EMPTY : calendarDate(date);
    } catch {
      return EMPTY;
    }
  };
  const end = edge(() => deadlineDate(deadline, "deadline"));
  if (end === EMPTY) return [EMPTY, EMPTY];
  const first = edge(() => startDate(start, "start") ?? startDate(defaultStart, "start"));
  return [first, end];
}

export function termOfCell(date: unknown): string {
  const d = readDate(date, "date");
  if (d.kind === "blank") return EMPTY;
  const term = termOf(d.value);
  // Only terms a plan can have (parseTerm's range), so TERM_START and TERM_END read back what TERM_OF gives.
  if (term.year < 1900 || term.year > 2999)
    throw new PlanError("errorDateOutsideTerms", { name: "date", value: d.value });
  return formatTerm(term);
}

export function termEdgeCell(term: unknown, edge: "start" | "end"): CalendarDate | typeof EMPTY {
  const cell = readTerm(term, "term");
  if (cell.kind === "blank") return EMPTY;
  return calendarDate(edge === "start" ? termStart(cell.value) : termEnd(cell.value));
}
