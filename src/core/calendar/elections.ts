// Swedish election days (DOMAIN.md): general elections by rule, EU and church elections by known date.

import type { MessageKey } from "../i18n/messages";
import { type IsoDate, secondSundayOfSeptember } from "./dates";

export interface ElectionDay {
  readonly label: MessageKey;
  readonly year: number;
  readonly date: IsoDate;
}

/** Known dates that no rule gives. Later EU and church dates are unverified, so users add them in Settings. */
const KNOWN: readonly ElectionDay[] = [
  { label: "electionEu", year: 2019, date: "2019-05-26" },
  { label: "electionEu", year: 2024, date: "2024-06-09" },
  { label: "electionChurch", year: 2021, date: "2021-09-19" },
  { label: "electionChurch", year: 2025, date: "2025-09-21" },
];

/** General elections (riksdag, region, kommun) every four years from 2018, on the second Sunday of September. */
export function generalElection(year: number): ElectionDay | null {
  if (year < 2018 || (year - 2018) % 4 !== 0) return null;
  return { label: "electionGeneral", year, date: secondSundayOfSeptember(year) };
}

/** Every election day from `fromYear` to `toYear`, inclusive, in date order. */
export function electionDays(fromYear: number, toYear: number): ElectionDay[] {
  const days: ElectionDay[] = KNOWN.filter((e) => e.year >= fromYear && e.year <= toYear);
  for (let year = fromYear; year <= toYear; year++) {
    const general = generalElection(year);
    if (general) days.push(general);
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
