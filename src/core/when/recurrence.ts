// Recurrence expansion: the dates a repeating activity ("4 ggr/år", "varannan tisdag") falls on within a period.
import {
  addDays,
  dayNumber,
  daysInMonth,
  type IsoDate,
  isoDate,
  lastOfMonth,
  partsOf,
  weekday,
} from "../calendar/dates";

/** A closed period of calendar dates, start ≤ end. */
export interface Period {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The most occurrences one text may expand to (a year of days), so a typo cannot build a huge list. */
export const MAX_OCCURRENCES = 366;

function wholeMonths(period: Period): number | null {
  const s = partsOf(period.start);
  const e = partsOf(period.end);
  if (s.day !== 1 || e.day !== daysInMonth(e.year, e.month)) return null;
  return (e.year - s.year) * 12 + (e.month - s.month) + 1;
}

/**
 * `count` dates spread evenly over a period. The rule: when the period is whole months and holds at
 * least `count` of them, occurrence i falls on the 1st of month ⌊i·months/count⌋ of the period
 * (4 per year → 1 Jan, 1 Apr, 1 Jul, 1 Oct; 2 per VT → 1 Jan, 1 Apr; 3 per VT → Jan, Mar, May).
 * Otherwise occurrence i falls on day ⌊i·days/count⌋ of the period. Null when count is not a whole
 * number from 1 to the number of days in the period (or above MAX_OCCURRENCES).
 */
export function spreadEvenly(period: Period, count: number): IsoDate[] | null {
  const days = dayNumber(period.end) - dayNumber(period.start) + 1;
  if (!Number.isInteger(count) || count < 1 || days < 1 || count > days || count > MAX_OCCURRENCES)
    return null;
  const months = wholeMonths(period);
  if (months !== null && count <= months) {
    const { year, month } = partsOf(period.start);
    return Array.from({ length: count }, (_, i) => {
      const index = month - 1 + Math.floor((i * months) / count);
      return isoDate(year + Math.floor(index / 12), (index % 12) + 1, 1);
    });
  }
  return Array.from({ length: count }, (_, i) => addDays(period.start, Math.floor((i * days) / count)));
}

/** The calendar months (or ISO weeks, Monday–Sunday, clipped to the period) that a period touches. */
export function periodsWithin(period: Period, unit: "month" | "week"): Period[] {
  const out: Period[] = [];
  let start = period.start;
  while (dayNumber(start) <= dayNumber(period.end) && out.length <= MAX_OCCURRENCES) {
    const natural =
      unit === "month"
        ? lastOfMonth(partsOf(start).year, partsOf(start).month)
        : addDays(start, 7 - weekday(start));
    const end = dayNumber(natural) < dayNumber(period.end) ? natural : period.end;
    out.push({ start, end });
    start = addDays(end, 1);
  }
  return out;
}

/** `count` occurrences in every month or week of the period, each spread evenly (see spreadEvenly). */
export function countPerUnit(period: Period, unit: "month" | "week", count: number): IsoDate[] | null {
  const out: IsoDate[] = [];
  for (const part of periodsWithin(period, unit)) {
    const dates = spreadEvenly(part, Math.min(count, dayNumber(part.end) - dayNumber(part.start) + 1));
    if (!dates) return null;
    out.push(...dates);
    if (out.length > MAX_OCCURRENCES) return null;
  }
  return out;
}

/**
 * Every `every`-th occurrence of a weekday (1 = Monday … 7 = Sunday) in the period, starting with the
 * first one on or after its start: "varje måndag" is every 1, "varannan tisdag" every 2,
 * "var fjärde tisdag" every 4. Null for a bad weekday or interval.
 */
export function everyNthWeekday(period: Period, day: number, every: number): IsoDate[] | null {
  if (!Number.isInteger(day) || day < 1 || day > 7 || !Number.isInteger(every) || every < 1 || every > 52) {
    return null;
  }
  const out: IsoDate[] = [];
  let date = addDays(period.start, (day - weekday(period.start) + 7) % 7);
  while (dayNumber(date) <= dayNumber(period.end) && out.length < MAX_OCCURRENCES) {
    out.push(date);
    date = addDays(date, 7 * every);
  }
  return out;
}

/**
 * The nth weekday of every month in the period ("första tisdagen i månaden": nth 1; "sista fredagen":
 * nth -1). Months without such a day (a fifth Monday) are skipped. Null for a bad weekday or nth.
 */
export function nthWeekdayOfMonths(period: Period, day: number, nth: number): IsoDate[] | null {
  if (
    !Number.isInteger(day) ||
    day < 1 ||
    day > 7 ||
    !(nth === -1 || (Number.isInteger(nth) && nth >= 1 && nth <= 5))
  ) {
    return null;
  }
  const out: IsoDate[] = [];
  for (const part of periodsWithin(period, "month")) {
    const { year, month } = partsOf(part.start);
    let date: IsoDate;
    if (nth === -1) {
      const last = lastOfMonth(year, month);
      date = addDays(last, -((weekday(last) - day + 7) % 7));
    } else {
      const first = isoDate(year, month, 1);
      date = addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (nth - 1));
      if (partsOf(date).month !== month) continue;
    }
    if (dayNumber(date) >= dayNumber(period.start) && dayNumber(date) <= dayNumber(period.end))
      out.push(date);
  }
  return out;
}
