// Terms: VT (vårtermin, January–June) and HT (hösttermin, July–December), and how plans write them.
import { foldSwedish } from "../i18n/fold";
import { type IsoDate, isoDate, partsOf, yearOfDigits } from "./dates";

export type Season = "VT" | "HT";

export interface Term {
  readonly season: Season;
  readonly year: number;
}

/**
 * The one vocabulary of season words, folded (see foldSwedish): every reader of terms, När texts and
 * headings asks here, so a spelling one part accepts, every part accepts. "vart" and "host" are
 * "vårt"/"höst" with å/ö lost, as text copied from a PDF arrives.
 */
const SEASON_WORDS: Readonly<Record<Season, readonly string[]>> = {
  VT: ["vt", "var", "vart", "varen", "vartermin", "varterminen", "fv", "spring"],
  HT: ["ht", "host", "hosten", "hosttermin", "hostterminen", "hostterm", "autumn", "fall"],
};

/** The season a word names ("Vårtermin", "vt.", "Hösten", "spring"), or null. */
export function seasonOfWord(word: string): Season | null {
  const folded = foldSwedish(word.trim()).replace(/\.$/, "");
  for (const season of ["VT", "HT"] as const) if (SEASON_WORDS[season].includes(folded)) return season;
  return null;
}

/**
 * Reads a term as plans write it: "Vårtermin 2024", "VT 2024", "VT24", "HT2025", "ht-25",
 * "Hösten 2024", "Spring 2025", "### Vartermin 2024" (å lost). Null when the text is not a term.
 */
export function parseTerm(text: string): Term | null {
  if (typeof text !== "string") return null;
  const cleaned = text.replace(/^[#\s*]+/, "").trim();
  const match = /^([A-Za-zÅÄÖåäöÆØæø]+)\.?\s*[-–]?\s*(\d{4}|\d{2})$/.exec(cleaned);
  if (!match) return null;
  const season = seasonOfWord(match[1]);
  if (!season) return null;
  const year = yearOfDigits(match[2]);
  if (year < 1900 || year > 2999) return null;
  return { season, year };
}

/** "VT 2024" */
export function formatTerm(term: Term): string {
  return `${term.season} ${term.year}`;
}

/** Orders terms: VT 2024 < HT 2024 < VT 2025. */
export function termIndex(term: Term): number {
  return term.year * 2 + (term.season === "HT" ? 1 : 0);
}

export function termFromIndex(index: number): Term {
  return { year: Math.floor(index / 2), season: index % 2 === 0 ? "VT" : "HT" };
}

export function termStart(term: Term): IsoDate {
  return isoDate(term.year, term.season === "VT" ? 1 : 7, 1);
}

export function termEnd(term: Term): IsoDate {
  return term.season === "VT" ? isoDate(term.year, 6, 30) : isoDate(term.year, 12, 31);
}

/** The term a date falls in. */
export function termOf(date: IsoDate): Term {
  const { year, month } = partsOf(date);
  return { year, season: month <= 6 ? "VT" : "HT" };
}

/** Months of a term as [year, month] pairs. */
export function termMonths(term: Term): Array<readonly [number, number]> {
  const first = term.season === "VT" ? 1 : 7;
  return Array.from({ length: 6 }, (_, i) => [term.year, first + i] as const);
}

/** Every term from `first` to `last`, inclusive; empty when last comes before first. */
export function termsBetween(first: Term, last: Term): Term[] {
  const out: Term[] = [];
  for (let i = termIndex(first); i <= termIndex(last); i++) out.push(termFromIndex(i));
  return out;
}

export function sameTerm(a: Term, b: Term): boolean {
  return a.season === b.season && a.year === b.year;
}
