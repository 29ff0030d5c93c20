// Reads an activity table pasted from a Word/PDF plan (term headings, header rows, tab/pipe/semicolon cells) into rows.

import { formatTerm, parseTerm, type Term } from "../calendar/terms";
import { foldSwedish } from "../i18n/fold";
import { isUndated, parseWhen, type WhenResult } from "../when/when";

export type TableProblemCode = "noTerm" | "noWhat" | "unreadableWhen" | "tooManyCells" | "headerUnknown";

export interface TableProblem {
  line: number;
  code: TableProblemCode;
  text: string;
}

/** An activity as read from pasted text, by the table reader and the whole-document reader alike. */
export interface PastedActivity {
  /** 1-based source line of the row's first line. */
  line: number;
  /** Every source line the row was built from (its first line and its continuation lines). */
  lines: number[];
  term: Term | null;
  when: string;
  what: string;
  targetGroup: string;
  owner: string;
  done: boolean;
  /** The När reading; "undated" (see isUndated) for a bullet or a row without a time. */
  parsed: WhenResult;
}

export interface ParsedActivityRow extends PastedActivity {
  problems: TableProblem[];
}

/** A line that holds no activity: a term heading or a header row (incl. a markdown |---| rule). */
export interface StructureLine {
  line: number;
  kind: "heading" | "header";
}

export interface ParsedTable {
  rows: ParsedActivityRow[];
  /** Table-level problems: lines that are neither rows, headings nor headers, and unknown header cells. */
  problems: TableProblem[];
  structure: StructureLine[];
}

type Field = "when" | "what" | "targetGroup" | "owner" | "done";

const DEFAULT_COLUMNS: readonly Field[] = ["when", "what", "targetGroup", "owner", "done"];

const HEADER_NAMES: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^(?:nar|when|datum|date|tid|tidpunkt|manad|month|period)$/, "when"],
  [/^(?:vad|what|aktivitet|aktiviteter|activity|atgard|atgarder|action|beskrivning)$/, "what"],
  [/^(?:malgrupp|malgrupper|target group|target|audience|for vem|for whom|deltagare)$/, "targetGroup"],
  [
    /^(?:vem ansvarar|vem|ansvarig|ansvariga|ansvar|responsible|owner|who|who is responsible|responsible person)$/,
    "owner",
  ],
  [/^(?:klar|klart|done|status|avklarad|genomford|complete|completed)$/, "done"],
];

const DONE_WORDS = new Set([
  "x",
  "ja",
  "klar",
  "klart",
  "✓",
  "✔",
  "✅",
  "done",
  "yes",
  "true",
  "genomford",
  "j",
  "y",
]);

function cleanCell(cell: string): string {
  return cell.replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, " ").trim();
}

function headerField(cell: string): Field | null {
  const name = foldSwedish(cleanCell(cell))
    .replace(/[*_?:.]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, field] of HEADER_NAMES) if (pattern.test(name)) return field;
  return null;
}

/** The cells of a line: tab-separated, else a markdown "| a | b |" row, else ";"-separated; null for plain text. */
export function splitCells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map(cleanCell);
  const trimmed = line.trim();
  if (trimmed.includes("|")) {
    const inner = trimmed.replace(/^\|/, "").replace(/\|$/, "");
    return inner.split("|").map(cleanCell);
  }
  if (line.includes(";")) return line.split(";").map(cleanCell);
  return null;
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** "### Vårtermin 2024", "HT 2025:", "Hösttermin 2024 (forts.)", "**VT 2024**", "Spring 2025" → the term; else null. */
export function termHeading(text: string): Term | null {
  const cleaned = cleanCell(text)
    .replace(/^[#*_\s]+|[*_\s]+$/g, "")
    .replace(/\s*\((?:forts\.?|fortsättning|fortsattning|cont\.?|continued)\)$/i, "")
    .replace(/\s*[-–]?\s*(?:forts\.?|fortsättning|fortsattning)$/i, "")
    .replace(/[:.]+$/, "")
    .replace(/[*_\s]+$/g, "");
  return parseTerm(cleaned);
}

function isMarkdownRule(cells: string[]): boolean {
  return (
    cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "") && cells.some((c) => c !== "")
  );
}

/** A header row maps each cell to a field; it is one when at least two cells are known column names. */
function headerColumns(cells: string[]): { columns: Array<Field | null>; unknown: string[] } | null {
  const columns = cells.map(headerField);
  const known = columns.filter((c) => c !== null).length;
  if (known < 2 || !(columns.includes("when") || columns.includes("what"))) return null;
  const unknown = cells.filter((cell, i) => cell !== "" && columns[i] === null);
  return { columns, unknown };
}

/** True for the header row of an activity table ("När?⇥Vad?⇥Målgrupp⇥…"), given its cells. */
export function isActivityHeader(cells: readonly string[]): boolean {
  return headerColumns(cells.map(cleanCell)) !== null;
}

export function isDone(text: string): boolean {
  return foldSwedish(cleanCell(text))
    .split(/[\s,]+/)
    .some((word) => DONE_WORDS.has(word.replace(/[.!]+$/, "")));
}

/** True when every filled cell of a row stands under Vad: such a line continues the row above. */
function onlyWhat(cells: readonly string[], columns: ReadonlyArray<Field | null>): boolean {
  return cells.every((cell, i) => cell === "" || columns[i] === "what");
}

interface Draft {
  line: number;
  lines: number[];
  term: Term | null;
  fields: Record<Field, string>;
  extra: string[];
}

function emptyFields(): Record<Field, string> {
  return { when: "", what: "", targetGroup: "", owner: "", done: "" };
}

function newDraft(line: number, term: Term | null): Draft {
  return { line, lines: [], term, fields: emptyFields(), extra: [] };
}

/** Any term, to ask whether a line without separators reads as a När? text at all. */
const PROBE_TERM: Term = { season: "VT", year: 2000 };

function join(a: string, b: string): string {
  return a === "" ? b : b === "" ? a : `${a} ${b}`;
}

function finish(draft: Draft): ParsedActivityRow {
  const { fields, term, line } = draft;
  const parsed = parseWhen(fields.when, term);
  const problems: TableProblem[] = [];
  if (term === null) problems.push({ line, code: "noTerm", text: fields.when || fields.what });
  if (fields.what === "") {
    const shown = fields.when || [fields.targetGroup, fields.owner].filter((f) => f !== "").join(" | ");
    problems.push({ line, code: "noWhat", text: shown });
  }
  // Without a term a yearless När is already explained by "noTerm"; a blank När is an undated activity.
  if (!parsed.ok && !isUndated(parsed) && !(term === null && parsed.problem === "noYear")) {
    problems.push({ line, code: "unreadableWhen", text: fields.when });
  }
  if (draft.extra.length > 0) problems.push({ line, code: "tooManyCells", text: draft.extra.join(" | ") });
  return {
    line,
    lines: draft.lines,
    term,
    when: fields.when,
    what: fields.what,
    targetGroup: fields.targetGroup,
    owner: fields.owner,
    done: isDone(fields.done),
    parsed,
    problems,
  };
}

/**
 * Reads a pasted activity table. Rules:
 * - a line that is a term heading sets the term of the rows below it (also as the only cell of a row);
 * - a header row (two or more known column names) sets the column order; without one the order is
 *   När, Vad, Målgrupp, Vem ansvarar, Klar; unknown header cells are a "headerUnknown" problem;
 * - a row with nothing but text under Vad continues the row above (its text is joined to that row's
 *   Vad with a space), until the next heading or header; a row with an empty När and its own Målgrupp,
 *   Ansvarig or Klar is an activity of its own, undated;
 * - a line with no separators that is not a heading is one När cell (a row with "noWhat") when it
 *   reads as a time, a continuation of the Vad of the row directly above it otherwise, and a
 *   table-level "noWhat" problem when there is no such row;
 * - no line is dropped silently: what is not understood becomes a problem with its line number.
 */
export function parseActivityTable(text: string): ParsedTable {
  const source = typeof text === "string" ? text : String(text ?? "");
  const lines = source.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const drafts: Draft[] = [];
  const problems: TableProblem[] = [];
  const structure: StructureLine[] = [];
  let term: Term | null = null;
  let columns: ReadonlyArray<Field | null> = DEFAULT_COLUMNS;
  let current: Draft | null = null;
  let previousWasRow = false;

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const line = index + 1;
    const plain = cleanCell(raw);
    const cells = splitCells(raw);
    const filled = cells ? withoutTrailingEmpty(cells) : null;
    const wasRow = previousWasRow;
    previousWasRow = false;
    if (plain === "" || filled?.every((c) => c === "")) continue;

    const nonEmpty = filled ? filled.filter((c) => c !== "") : [plain];
    const heading = nonEmpty.length === 1 ? termHeading(nonEmpty[0]) : null;
    if (heading) {
      term = heading;
      current = null;
      structure.push({ line, kind: "heading" });
      continue;
    }

    if (filled === null) {
      if (/^#/.test(plain)) {
        current = null;
        problems.push({ line, code: "headerUnknown", text: plain });
        continue;
      }
      if (parseWhen(plain, term ?? PROBE_TERM).ok) {
        current = newDraft(line, term);
        current.lines.push(line);
        current.fields.when = plain;
        drafts.push(current);
        previousWasRow = true;
      } else if (current !== null && wasRow) {
        current.fields.what = join(current.fields.what, plain);
        current.lines.push(line);
        previousWasRow = true;
      } else {
        problems.push({ line, code: "noWhat", text: plain });
      }
      continue;
    }

    if (isMarkdownRule(filled)) {
      structure.push({ line, kind: "header" });
      continue;
    }
    const header = headerColumns(filled);
    if (header) {
      columns = header.columns;
      current = null;
      structure.push({ line, kind: "header" });
      for (const cell of header.unknown) problems.push({ line, code: "headerUnknown", text: cell });
      continue;
    }

    const continuation = current !== null && onlyWhat(filled, columns);
    const draft: Draft = current !== null && continuation ? current : newDraft(line, term);
    draft.lines.push(line);
    for (let i = 0; i < filled.length; i++) {
      const cell = filled[i];
      if (cell === "") continue;
      if (i >= columns.length) {
        draft.extra.push(cell);
        continue;
      }
      const field = columns[i];
      // Cells under an unknown header are reported once, as that header's "headerUnknown" problem.
      if (field !== null) draft.fields[field] = join(draft.fields[field], cell);
    }
    if (!continuation) {
      drafts.push(draft);
      current = draft;
    }
    previousWasRow = true;
  }

  return { rows: drafts.map(finish), problems, structure };
}

/** A duplicate key: same term, Vad and När give the same key, whatever the case, spacing or lost å/ä/ö. */
export function activityKey(term: Term | null, what: string, when: string): string {
  const norm = (s: string) =>
    foldSwedish(String(s ?? ""))
      // Letters and digits of every script (Arabic, Cyrillic, …) and emoji tell rows apart; the rest is spacing.
      .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, " ")
      .trim();
  return `${term ? formatTerm(term) : "-"}|${norm(what)}|${norm(when)}`;
}
