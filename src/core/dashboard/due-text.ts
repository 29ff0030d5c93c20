// The date line of a due or overdue activity: its day with the year, and how long ago an overdue one fell due.
import { dayNumber, type IsoDate, partsOf } from "../calendar/dates";
import { monthShortName } from "../calendar/months";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";

/** "31 jan 2025" / "31 Jan 2025": the year always, so two Januaries never read alike. */
export function dayWithYear(date: IsoDate, language: Language): string {
  const { year, month, day } = partsOf(date);
  return `${day} ${monthShortName(month, language)} ${year}`;
}

/** Whole months from `from` to `to` (a month is counted once its day of month is reached). */
function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return b.day >= a.day ? months : months - 1;
}

const AGO: ReadonlyArray<readonly [MessageKey, MessageKey]> = [
  ["agoDay", "agoDays"],
  ["agoWeek", "agoWeeks"],
  ["agoMonth", "agoMonths"],
  ["agoYear", "agoYears"],
];

/** "för 3 veckor sedan" / "3 weeks ago" for a day before today, in the largest whole unit. */
export function agoText(date: IsoDate, today: IsoDate, language: Language): string {
  const days = dayNumber(today) - dayNumber(date);
  const months = monthsBetween(date, today);
  const [unit, count] =
    months >= 12
      ? [3, Math.floor(months / 12)]
      : months >= 1
        ? [2, months]
        : days >= 7
          ? [1, Math.floor(days / 7)]
          : [0, days];
  const [one, many] = AGO[unit];
  return t(language, count === 1 ? one : many, { count });
}

/** The line a due item shows: "Klart senast 31 mars 2025". */
export function dueText(end: IsoDate, language: Language): string {
  return t(language, "sidebarDueOn", { date: dayWithYear(end, language) });
}

/** The line an overdue item shows: "Skulle vara klar 31 jan 2025, för 3 veckor sedan". */
export function overdueText(end: IsoDate, today: IsoDate, language: Language): string {
  return t(language, "sidebarEndedOn", {
    date: dayWithYear(end, language),
    ago: agoText(end, today, language),
  });
}
