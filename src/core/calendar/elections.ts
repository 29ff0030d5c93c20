// Swedish election days (DOMAIN.md): general elections by rule, EU and church elections by known date, plus overrides.

import type { MessageKey } from "../i18n/messages";
import { addDays, type IsoDate, isoDate, partsOf, secondSundayOfSeptember } from "./dates";

/** General = riksdag, region and kommun on one day; eu = European Parliament; church = kyrkoval. */
export type ElectionKind = "general" | "eu" | "church";

export interface ElectionDay {
  readonly kind: ElectionKind;
  /** The short name ("Kyrkoval"): the timeline's marker, and with the year the Settings row's label. */
  readonly label: MessageKey;
  readonly year: number;
  readonly date: IsoDate;
}

/**
 * A date the built-in calendar lacks (the 2029 EU election), or a replacement for its date of that kind in
 * that year. Settings rows become overrides; the calendar functions stay pure by taking them as an argument.
 */
export interface ElectionOverride {
  readonly kind: ElectionKind;
  readonly date: IsoDate;
}

export const SHORT_NAME: Readonly<Record<ElectionKind, MessageKey>> = {
  general: "electionGeneral",
  eu: "electionEu",
  church: "electionChurch",
};

/** The first general election under the second-Sunday-of-September rule this calendar applies. */
const FIRST_GENERAL_ELECTION_YEAR = 2018;

const dayOf = (kind: ElectionKind, date: IsoDate): ElectionDay => ({
  kind,
  label: SHORT_NAME[kind],
  year: partsOf(date).year,
  date,
});

/** Known dates that no rule gives. Later EU and church dates are unverified, so users add them in Settings. */
const KNOWN: readonly ElectionDay[] = [
  dayOf("eu", "2019-05-26"),
  dayOf("eu", "2024-06-09"),
  dayOf("church", "2021-09-19"),
  dayOf("church", "2025-09-21"),
];

/** General elections (riksdag, region, kommun) every four years from 2018, on the second Sunday of September. */
export function generalElection(year: number): ElectionDay | null {
  if (!Number.isInteger(year) || year < FIRST_GENERAL_ELECTION_YEAR || year > 9999) return null;
  if ((year - FIRST_GENERAL_ELECTION_YEAR) % 4 !== 0) return null;
  return dayOf("general", secondSundayOfSeptember(year));
}

/**
 * Every election day from `fromYear` to `toYear`, inclusive, in date order. An override replaces the
 * calendar's election of its kind in its year, or adds one; of two overrides for one kind and year the later wins.
 */
export function electionDays(
  fromYear: number,
  toYear: number,
  overrides: readonly ElectionOverride[] = [],
): ElectionDay[] {
  const byKindAndYear = new Map<string, ElectionDay>();
  const put = (day: ElectionDay) => {
    if (day.year >= fromYear && day.year <= toYear) byKindAndYear.set(`${day.kind} ${day.year}`, day);
  };
  KNOWN.forEach(put);
  for (let year = Math.max(fromYear, FIRST_GENERAL_ELECTION_YEAR); year <= Math.min(toYear, 9999); year++) {
    const general = generalElection(year);
    if (general) put(general);
  }
  for (const override of overrides) put(dayOf(override.kind, override.date));
  return [...byKindAndYear.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The election of `kind` in `year`, or null when the calendar (with its overrides) has none. */
export function electionDay(
  year: number,
  kind: ElectionKind,
  overrides: readonly ElectionOverride[] = [],
): ElectionDay | null {
  return electionDays(year, year, overrides).find((day) => day.kind === kind) ?? null;
}

/** The election held on `date`, or null. */
export function electionOnDate(
  date: IsoDate,
  overrides: readonly ElectionOverride[] = [],
): ElectionDay | null {
  const { year } = partsOf(date);
  return electionDays(year, year, overrides).find((day) => day.date === date) ?? null;
}

/**
 * The first general election on or after `date` (an election on that very day counts), so a default plan
 * period can run up to it. The rule gives one at most four years on, overrides may bring one nearer.
 */
export function nextGeneralElection(date: IsoDate, overrides: readonly ElectionOverride[] = []): ElectionDay {
  const { year } = partsOf(date);
  const next = electionDays(year, Math.max(year, FIRST_GENERAL_ELECTION_YEAR) + 4, overrides).find(
    (day) => day.kind === "general" && day.date >= date,
  );
  if (!next) throw new RangeError(`No general election after ${date}`);
  return next;
}

/** A new riksdag meets on the 15th day after election day (DOMAIN.md). */
export function riksdagMeets(electionDate: IsoDate): IsoDate {
  return addDays(electionDate, 15);
}

/** Kommun- and regionfullmäktige are elected for four years from 15 October of the election year (KL 5 kap 9 §). */
export function councilTermStart(electionDate: IsoDate): IsoDate {
  return isoDate(partsOf(electionDate).year, 10, 15);
}
