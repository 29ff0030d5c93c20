// The lines of a pasted plan document: cells, bullets, section headings and sentences, whatever the exact wording.
import { foldSwedish } from "../i18n/fold";

export interface DocLine {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** Spaces normalised, tabs kept, trimmed; "" for a blank line. */
  readonly text: string;
  /** The cells of a tab-separated or markdown "| a | b |" line (trailing empty cells dropped), else null. */
  readonly cells: string[] | null;
  /** True for a bulleted or numbered list item ("-", "·", "•", "*", "1.", "a)"). */
  readonly bullet: boolean;
  /** True when the list mark is a number ("1.", "2)"), as numbered headings have too. */
  readonly numbered: boolean;
  /** The words without bullet, markdown marks or tabs: what sentence readers read. */
  readonly body: string;
  /** The body folded (see foldSwedish). */
  readonly folded: string;
}

const BULLET =
  /^(?:[-–—•·*●○◦▪▫■□➢►✓✔\uf0b7\uf0a7\uf0d8](?=[\s\t])|\d{1,2}[.)](?=[\s\t])|[a-z]\)(?=[\s\t])|o(?=\t))[\s\t]*/;

/** Spaces of every kind to one space, trimmed — tabs kept, as they mark cells (a leading one an empty cell). */
function cleanSpaces(text: string): string {
  // Every kind of space but the tab (which separates cells): an en quad or ideographic space alone is a blank line.
  return text.replace(/[^\S\t\r\n]+/g, " ").replace(/^ +| +$/g, "");
}

function cellsOf(text: string): string[] | null {
  let cells: string[] | null = null;
  if (text.includes("\t")) cells = text.split("\t");
  else if (/^\|.*\|$/.test(text)) cells = text.slice(1, -1).split("|");
  if (!cells) return null;
  const trimmed = cells.map((c) => c.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === "") trimmed.pop();
  return trimmed;
}

/** Reads one raw line of the pasted text. */
export function docLine(raw: string, line: number): DocLine {
  const spaced = cleanSpaces(raw).replace(/[\t ]+$/, "");
  const text = spaced.replace(/^[\t ]+$/, "");
  const unindented = text.replace(/^\t+/, "");
  const bulletMark = BULLET.exec(unindented);
  const rest = bulletMark ? unindented.slice(bulletMark[0].length) : text;
  const cells = cellsOf(rest);
  const body = rest
    .replace(/^#+\s*/, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/\t+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
  const bullet = bulletMark !== null;
  const numbered = bullet && /^\d/.test(unindented);
  return { line, text, cells, bullet, numbered, body, folded: foldSwedish(body) };
}

/** Splits pasted text into lines (any line ending, a leading BOM dropped). */
export function docLines(text: string): DocLine[] {
  return text
    .replace(/^\ufeff/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => docLine(raw, i + 1));
}

/** A key for matching names: folded, punctuation to single spaces. */
export function foldKey(text: string): string {
  return foldSwedish(text)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export type SectionKind =
  | "intro"
  | "goals"
  | "overarchingGoals"
  | "measurableGoals"
  | "goalActivities"
  | "activities"
  | "membership"
  | "organisation"
  | "board";

export interface SectionHeading {
  readonly kind: SectionKind;
  /** A year the heading names ("Mål 2026", "Styrelsen 2025"), else null. */
  readonly year: number | null;
}

/** Heading words by section, folded, tried in this order. */
const SECTION_WORDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    "goalActivities",
    /\b(?:aktiviteter|atgarder)\s+(?:per|for|till|kopplade\s+till|utifran)\s+(?:varje\s+)?mal/,
  ],
  ["overarchingGoals", /\b(?:overgripande|langsiktiga)\s+mal|\bvision\b|\bmalbild\b/],
  ["measurableGoals", /\b(?:matbara|konkreta|kvantitativa|uppfoljningsbara)\s+mal|\bdelmal\b/],
  [
    "goals",
    /^(?:vara\s+|kretsens\s+|distriktets\s+|foreningens\s+)?(?:mal|malen|malsattning|malsattningar)\b/,
  ],
  [
    "activities",
    /\batgarder\b|\btidplan\b|\baktivitetsplan\b|^(?:planerade\s+)?aktiviteter\b|^verksamhet(?:en)?\b/,
  ],
  ["membership", /^(?:\p{L}+\s+)?medlem/u],
  [
    "organisation",
    /\borganisation\b|^moten\b|\bmotesplan|\bmotesordning|\bkretsmoten\b|\bsammantraden\b|\bmotestider/,
  ],
  ["board", /styrelse|\bunderskrift|\bfortroendevalda\b|\bkontaktuppgifter\b|\bkontaktpersoner\b/],
  [
    "intro",
    /\binledning\b|\bbakgrund\b|\bsyfte\b|\bforord\b|\bsammanfattning\b|^om\s+(?:oss|kretsen|distriktet|foreningen)\b/,
  ],
];

/** True for a line shaped like a heading: short, no cells, not a sentence, starting with a capital or a digit. */
export function headingShaped(line: DocLine): boolean {
  if (line.cells !== null || line.body === "" || (line.bullet && !line.numbered)) return false;
  const words = line.body.split(" ");
  if (words.length > 8 || /[.,;]$/.test(line.body)) return false;
  return /^[\p{Lu}\d]/u.test(line.body) || /^#/.test(line.text);
}

/** The section a heading line opens ("Mål 2026", "Mätbara mål:", "Åtgärder och tidplan", "Styrelsen 2025"), or null. */
export function sectionHeading(line: DocLine): SectionHeading | null {
  if (!headingShaped(line)) return null;
  const folded = line.folded.replace(/[:*]+$/, "").trim();
  for (const [kind, pattern] of SECTION_WORDS) {
    if (pattern.test(folded)) {
      const year = /\b((?:19|20)\d{2})\b/.exec(folded);
      return { kind, year: year ? Number(year[1]) : null };
    }
  }
  return null;
}

/** "Mål: Öka antalet medlemmar", "Mål 2: …", "Delmål – …": a heading that names one goal; its text, else null. */
export function goalHeading(line: DocLine): string | null {
  if (line.cells !== null || line.bullet) return null;
  const m = /^(?:mål|delmål|mal|delmal)\s*(?:\d{1,2}(?:\.\d{1,2})?)?\s*[:–—-]\s*(.+)$/iu.exec(line.body);
  if (!m) return null;
  const text = m[1].replace(/[.:]+$/, "").trim();
  if (text === "" || /^(?:\d{4}(?:\s*[-–]\s*\d{2,4})?)$/.test(text) || text.split(" ").length > 25)
    return null;
  return text;
}

/** "Exempelstad den 14 januari 2025", "Stockholm 2025-01-14": where and when the plan was signed. */
export function isSignatureLine(line: DocLine): boolean {
  return (
    line.cells === null &&
    !line.bullet &&
    /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})$/u.test(
      line.body,
    )
  );
}

/** A sentence of running text (a paragraph of an introduction): kept as text, not read as plan data. */
export function isProse(line: DocLine, inIntro: boolean): boolean {
  if (line.cells !== null) return false;
  const words = line.body.split(" ").filter((w) => /\p{L}/u.test(w)).length;
  return (inIntro && words >= 3) || (words >= 8 && /[.!?:]["”)]?$/.test(line.body));
}
