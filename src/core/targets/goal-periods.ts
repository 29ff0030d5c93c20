// "Per termin" and "per år" goals: activity counts per term or year, as text the Goals tab reads the current one from.
import { dayNumber, type IsoDate, isoDate, partsOf } from "../calendar/dates";
import { formatTerm, termEnd, termIndex, termOf, termStart, termsBetween } from "../calendar/terms";
import { showValue } from "../cells/cell-values";
import { PlanError } from "../i18n/errors";
import type { CountedUnit } from "./activity-count";
import { foldForMatch } from "./activity-count";

export type PeriodUnit = "term" | "year";

/** Words in a goal's name that make its target one per term or one per year ("Ny i C 2 gånger per termin"). */
const PER_TERM = /(per|varje)termin|(om|per|i)terminen|(per|each|every)term(?!in)/;
const PER_YEAR = /(per|varje)ar(?![a-z])|(om|per|i)aret|(per|each|every)year/;

/** The period a goal's target is for, from its name: "per termin" → term, "per år" → year; null for the whole goal. */
export function goalPeriodUnit(name: string): PeriodUnit | null {
  const folded = foldForMatch(name);
  if (PER_TERM.test(folded)) return "term";
  if (PER_YEAR.test(folded)) return "year";
  return null;
}

/** The period an argument names: "termin"/"term" or "år"/"year" (any case); throws a clear error otherwise. */
export function periodUnitOf(value: unknown): PeriodUnit {
  const word = typeof value === "string" ? foldForMatch(value) : "";
  if (word === "termin" || word === "term") return "term";
  if (word === "ar" || word === "year") return "year";
  throw new PlanError("errorPeriodUnit", { value: showValue(value) });
}

/** One term or year: its label ("VT 2026", "2026") and first and last day. */
export interface Period {
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The term or year a day falls in. */
export function periodOf(unit: PeriodUnit, date: IsoDate): Period {
  if (unit === "term") {
    const term = termOf(date);
    return { label: formatTerm(term), start: termStart(term), end: termEnd(term) };
  }
  const { year } = partsOf(date);
  return { label: String(year), start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
}

/** Every term or year from the one `from` falls in to the one `to` falls in. */
export function periodsBetween(unit: PeriodUnit, from: IsoDate, to: IsoDate): Period[] {
  if (dayNumber(to) < dayNumber(from)) return [];
  if (unit === "term") {
    const [first, last] = [termOf(from), termOf(to)];
    if (termIndex(last) - termIndex(first) > 40) return [];
    return termsBetween(first, last).map((t) => periodOf("term", termStart(t)));
  }
  const [first, last] = [partsOf(from).year, partsOf(to).year];
  if (last - first > 20) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => periodOf("year", isoDate(first + i, 1, 1)));
}

export interface PeriodCount extends Period {
  readonly done: number;
  readonly planned: number;
}

/**
 * Done and planned occurrences per period from `from` to `to`: each occurrence falls in the period of its date, or
 * of its term's first day when it has no date; one with neither counts in no period.
 */
export function countPerPeriod(
  units: readonly CountedUnit[],
  unit: PeriodUnit,
  from: IsoDate,
  to: IsoDate,
): PeriodCount[] {
  const counts = periodsBetween(unit, from, to).map((period) => ({ ...period, done: 0, planned: 0 }));
  const byLabel = new Map(counts.map((count) => [count.label, count]));
  for (const counted of units) {
    const day = counted.date ?? (counted.term ? termStart(counted.term) : null);
    const count = day === null ? undefined : byLabel.get(periodOf(unit, day).label);
    if (!count) continue;
    count.planned++;
    if (counted.done) count.done++;
  }
  return counts;
}

/** The separator after every period in the text, also after the last (the Goals tab's formulas find it). */
export const PERIOD_SEPARATOR = " · ";

/** "VT 2026: 1/2 · HT 2026: 0/2 · ": done/planned per period, in order. Read back by the Goals tab's formulas. */
export function periodText(counts: readonly PeriodCount[]): string {
  return counts.map((c) => `${c.label}: ${c.done}/${c.planned}${PERIOD_SEPARATOR}`).join("");
}
