// The plan's title, organisation and period: "Verksamhetsplan för Exempelkretsen 2025–2026" and the term headings.
import { type Term, termIndex } from "../calendar/terms";
import type { TermRange } from "../when/when";
import type { DocLine } from "./document-lines";

export interface PlanTitle {
  readonly line: number;
  readonly text: string;
  /** The organisation the title names ("Exempelkretsen"), or null. */
  readonly organisation: string | null;
  /** The years the title names: "2025–2026", "2024-2026", "2025 — 2027", "2023". */
  readonly first: number;
  readonly last: number;
}

const TITLE_WORD = /verksamhetsplan|handlingsplan|arbetsplan|aktivitetsplan|verksamhetsinriktning/i;
const PLAN_WORD =
  /(?:verksamhetsplan|handlingsplan|arbetsplan|aktivitetsplan|verksamhetsinriktning)(?:en)?/gi;
const YEARS = /\b((?:19|20)\d{2})(?:\s*[-–—/]\s*((?:19|20)?\d{2}))?\b/;

/** Reads a title line: a plan word and a year or years; null for any other line. */
export function readTitle(line: DocLine): PlanTitle | null {
  if (line.cells !== null || line.bullet || !TITLE_WORD.test(line.body)) return null;
  if (line.body.split(" ").length > 14) return null;
  const years = YEARS.exec(line.body);
  if (!years) return null;
  const first = Number(years[1]);
  const tail = years[2];
  const last =
    tail === undefined
      ? first
      : tail.length === 2
        ? Math.floor(first / 100) * 100 + Number(tail)
        : Number(tail);
  if (last < first || last - first > 10) return null;
  const organisation = line.body
    .replace(YEARS, " ")
    .replace(PLAN_WORD, " ")
    .replace(/[\s:–—,-]+/g, " ")
    .trim()
    .replace(/^(?:för|for)\s+/i, "")
    .replace(/\s+(?:för|for)$/i, "");
  return {
    line: line.line,
    text: line.body,
    organisation: organisation === "" ? null : organisation,
    first,
    last,
  };
}

/**
 * The plan period: VT of the title's first year to HT of its last, widened to every term heading the
 * document has. Without a title, the term headings alone; null when there is neither.
 */
export function planPeriod(title: PlanTitle | null, terms: readonly Term[]): TermRange | null {
  let first: Term | null = title ? { season: "VT", year: title.first } : null;
  let last: Term | null = title ? { season: "HT", year: title.last } : null;
  for (const term of terms) {
    if (first === null || termIndex(term) < termIndex(first)) first = term;
    if (last === null || termIndex(term) > termIndex(last)) last = term;
  }
  return first && last ? { first, last } : null;
}
