// The cells of ELECTION_DAY: a year (and a kind of election) in, the election's date out, or why there is none.
import { type CalendarDate, calendarDate, isCalendarDate } from "../calendar/dates";
import { electionName, kindOfWords } from "../calendar/election-names";
import { type ElectionKind, type ElectionOverride, electionDay, electionDays } from "../calendar/elections";
import { isBlankCell, parseNumberText, showValue } from "../cells/cell-values";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { EMPTY } from "../targets/formula-cells";

/** A year: a whole number 1–9999 or numeric text, or a date (its year); null when blank. */
function readYear(value: unknown, name: string): number | null {
  if (isBlankCell(value)) return null;
  let year: number | null = null;
  if (typeof value === "number") year = value;
  else if (typeof value === "string") year = parseNumberText(value);
  else if (isCalendarDate(value)) year = Number(value.iso.slice(0, 4));
  if (year === null || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new PlanError("errorNotAYear", { name, value: showValue(value) });
  }
  return year;
}

/** The kind argument: blank = the general election; words as kindOfWords reads them. */
function readKind(value: unknown): ElectionKind {
  if (isBlankCell(value)) return "general";
  const kind = typeof value === "string" ? kindOfWords(value) : null;
  if (!kind) throw new PlanError("errorElectionKindUnknown", { value: showValue(value) });
  return kind;
}

/** The years of that kind's elections nearest before and after `year`, for the message when there is none. */
function nearbyYears(year: number, kind: ElectionKind, overrides: readonly ElectionOverride[]): string {
  const years = electionDays(year - 10, year + 10, overrides)
    .filter((day) => day.kind === kind)
    .map((day) => day.year);
  const before = years.filter((y) => y < year).at(-1);
  const after = years.find((y) => y > year);
  const nearby = [before, after].filter((y): y is number => y !== undefined);
  return nearby.length > 0 ? nearby.join(", ") : "–";
}

/** One ELECTION_DAY cell: the date, empty for an empty year, or a clear error when the calendar has none. */
export function electionDayCell(
  language: () => Language,
  overrides: readonly ElectionOverride[],
  year: unknown,
  kind: unknown,
): CalendarDate | typeof EMPTY {
  const y = readYear(year, "year");
  const k = readKind(kind);
  if (y === null) return EMPTY;
  const day = electionDay(y, k, overrides);
  if (!day) {
    throw new PlanError("errorNoElection", {
      election: electionName(k, language()),
      year: y,
      nearby: nearbyYears(y, k, overrides),
    });
  }
  return calendarDate(day.date);
}
