// Terms: VT (vårtermin, January–June) and HT (hösttermin, July–December), and how plans write them.
import { type IsoDate, isoDate, partsOf } from "./dates";

export type Season = "VT" | "HT";

export interface Term {
  readonly season: Season;
  readonly year: number;
}

/** Folds case and the å/ä/ö that text copied from PDFs may have lost, for matching words. */
export function foldSwedish(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/g, "a")
    .replace(/ø/g, "o");
}

const SEASON_WORDS: ReadonlyArray<readonly [RegExp, Season]> = [
  [/^(?:vt|var|vartermin(?:en)?|varen|fv|vart)$/, "VT"],
  [/^(?:ht|host|hosttermin(?:en)?|hosten|hostterm)$/, "HT"],
];

function seasonOf(word: string): Season | null {
  const folded = foldSwedish(word).replace(/\.$/, "");
  for (const [pattern, season] of SEASON_WORDS) if (pattern.test(folded)) return season;
  return null;
}

function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

/**
 * Reads a term as plans write it: "Vårtermin 2024", "VT 2024", "VT24", "HT2025", "ht-25",
 * "Hösten 2024", "### Vartermin 2024" (å lost). Null when the text is not a term.
 */
export function parseTerm(text: string): Term | null {
  if (typeof text !== "string") return null;
  const cleaned = text.replace(/^[#\s*]+/, "").trim();
  const match = /^([A-Za-zÅÄÖåäöÆØæø]+)\.?\s*[-–]?\s*(\d{4}|\d{2})$/.exec(cleaned);
  if (!match) return null;
  const season = seasonOf(match[1]);
  if (!season) return null;
  const year = fullYear(match[2]);
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

export function nextTerm(term: Term): Term {
  return termFromIndex(termIndex(term) + 1);
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
