// Reads a membership table pasted from a plan: rows of name, members, growth and target, even as a PDF breaks them.
import type { IsoDate } from "../calendar/dates";
import { parseNumberText } from "../cells/cell-values";
import { foldSwedish } from "../i18n/fold";
import { cleanFloat, memberTarget } from "../targets/targets";
import { type DocLine, foldKey } from "./document-lines";
import type {
  DocumentMembershipRow,
  DocumentMembershipTotal,
  DocumentProblem,
  LineUse,
} from "./document-types";
import { dateOfPhrase } from "./goal-text";
import { type Column, type MembershipHeader, numberColumns, splitRow, type Value } from "./membership-cells";

const TOTAL = /^(?:totalt|total|summa|sammanlagt|samtliga|alla|hela\s+(?:distriktet|kretsen|foreningen))\b/;
const NOTE_GROWTH = /(?:okning|tillvaxt|oka|vaxa)\D{0,30}?(\d+(?:[.,]\d+)?)\s*(?:%|procent)/;
const NOTE_SINCE =
  /(?:sedan|jamfort\s+med|fran|per)\s+(?:den\s+)?(\d{1,2}\s+[a-z]+\s+\d{4}|[a-z]+\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{4})/;

interface Draft {
  line: number;
  lines: number[];
  name: string;
  values: Value[];
}

/** A table being read, line by line; close it to get its rows, totals, and what each line was. */
export interface MembershipBlock {
  readonly header: MembershipHeader | null;
  readonly drafts: Draft[];
  readonly totals: Draft[];
  readonly uses: Array<[number, LineUse]>;
  notes: MembershipNote[];
  pending: Draft | null;
  /** The row read last, which a line of numbers alone may still complete. */
  last: Draft | null;
}

/** "* Ökning med 10% sedan december 2024": a growth for the rows that give none, and the date it counts from. */
export interface MembershipNote {
  readonly line: number;
  readonly growth: number | null;
  readonly baselineDate: IsoDate | null;
}

/** A footnote or sentence naming the table's growth, or null (a row of cells never is one). */
export function membershipNote(line: DocLine): MembershipNote | null {
  const growth = NOTE_GROWTH.exec(line.folded);
  const footnote =
    line.bullet || /^[*¹]|^(?:not|obs)\b/.test(line.folded) || line.body.split(" ").length >= 4;
  if (!growth || line.cells || !footnote) return null;
  const since = NOTE_SINCE.exec(line.folded);
  const value = parseNumberText(growth[1]);
  return {
    line: line.line,
    growth: value === null ? null : Number(`${value}e-2`),
    baselineDate: since ? dateOfPhrase(since[1]) : null,
  };
}

/** Starts a table at its header (or its first row), with any growth sentence written above it. */
export function openMembership(
  header: MembershipHeader | null,
  notes: readonly MembershipNote[] = [],
): MembershipBlock {
  const uses: Array<[number, LineUse]> = header ? [[header.line, "header"]] : [];
  return { header, drafts: [], totals: [], uses, notes: [...notes], pending: null, last: null };
}

/** "Älvsjö -" goes on with "Hägersten": a name broken by a PDF, joined when it ends or the next starts so. */
function joinable(pending: Draft, next: string): boolean {
  return /[-–&/,]$|\boch$/.test(pending.name) || /^[\p{Ll}(-]/u.test(next);
}

/** "Enskede-Årsta-" + "Vantör" → "Enskede-Årsta-Vantör"; "Älvsjö -" + "Hägersten" → "Älvsjö - Hägersten". */
function joinName(first: string, next: string): string {
  return /\S-$/.test(first) ? `${first}${next}` : `${first} ${next}`;
}

function isNameFragment(text: string): boolean {
  const words = text.split(" ");
  return text !== "" && words.length <= 4 && !/\d/.test(text) && !/[.!?]$/.test(text);
}

/** True for a line that looks like a row of a membership table (a short name and numbers). */
export function membershipRowLike(line: DocLine): boolean {
  const row = splitRow(line, null);
  return row.values.length > 0 && row.name !== "" && row.name.split(" ").length <= 5 && !line.bullet;
}

/** A finished row (or total): it joins its list, and each of its lines is recorded as used so. */
function settle(block: MembershipBlock, draft: Draft): void {
  const total = TOTAL.test(foldSwedish(draft.name));
  (total ? block.totals : block.drafts).push(draft);
  for (const line of draft.lines) block.uses.push([line, total ? "membershipTotal" : "membership"]);
}

/** Reads one more line into the table; false when the line is not part of it (the table ends there). */
export function feedMembership(block: MembershipBlock, line: DocLine): boolean {
  const note = membershipNote(line);
  if (note) {
    block.notes.push(note);
    block.uses.push([line.line, "membershipNote"]);
    return true;
  }
  if (line.bullet) return false;
  const row = splitRow(line, block.header);
  // The total row ends the table: after it come only footnotes and the total's own numbers.
  if (block.totals.length > 0 && row.name !== "") return false;
  const pending = block.pending;
  if (row.values.length === 0) {
    if (!isNameFragment(row.name)) return false;
    if (pending && joinable(pending, row.name)) {
      pending.name = joinName(pending.name, row.name);
      pending.lines.push(line.line);
    } else {
      if (pending) settle(block, pending);
      block.pending = { line: line.line, lines: [line.line], name: row.name, values: [] };
    }
    return true;
  }
  let draft: Draft;
  if (row.name === "" && !pending) {
    const last = block.last;
    if (!last || last.values.length + row.values.length > Math.max(numberColumns(block.header), 1))
      return false;
    last.values.push(...row.values);
    last.lines.push(line.line);
    block.uses.push([line.line, block.totals.includes(last) ? "membershipTotal" : "membership"]);
    return true;
  }
  if (row.name === "" && pending) {
    draft = pending;
    draft.lines.push(line.line);
    draft.values = row.values;
  } else if (row.name.split(" ").length > 6) {
    return false;
  } else if (pending && joinable(pending, row.name)) {
    draft = pending;
    draft.name = joinName(pending.name, row.name);
    draft.lines.push(line.line);
    draft.values = row.values;
  } else {
    if (pending) settle(block, pending);
    draft = { line: line.line, lines: [line.line], name: row.name, values: row.values };
  }
  block.pending = null;
  block.last = draft;
  settle(block, draft);
  return true;
}

/** The numbers of a row by column: by header position when known, else in order (percent → growth). */
function columnsOf(
  values: readonly Value[],
  header: MembershipHeader | null,
): Partial<Record<Column, number>> {
  const plainOrder: Column[] = header
    ? header.columns.filter((c): c is Column => c !== null && c !== "name" && c !== "growth")
    : ["members", "target", "current"];
  const out: Partial<Record<Column, number>> = {};
  const free = () => plainOrder.find((c) => out[c] === undefined);
  for (const value of values) {
    const column = value.column ?? (value.percent ? "growth" : free());
    if (column && column !== "name" && out[column] === undefined) {
      out[column] = value.percent && column !== "growth" ? cleanFloat(value.value * 100) : value.value;
    }
  }
  return out;
}

const percentText = (growth: number) => `${cleanFloat(growth * 100)} %`;

function targetOf(members: number, growth: number): number | null {
  try {
    return memberTarget(members, growth);
  } catch {
    return null;
  }
}

/** base × (1 + growth) gives back the target: the derived growth, to 0.01 % when that is exact enough. */
function derivedGrowth(members: number, target: number): number {
  const rounded = Math.round((target / members - 1) * 10000) / 10000;
  return targetOf(members, rounded) === target ? rounded : cleanFloat(target / members - 1);
}

function readRow(draft: Draft, block: MembershipBlock): DocumentMembershipRow {
  const values = columnsOf(draft.values, block.header);
  const note = block.notes[0] ?? null;
  const problems: DocumentProblem[] = [];
  const say = (key: DocumentProblem["key"], vars: Record<string, string | number>) =>
    problems.push({ line: draft.line, key, vars: { name: draft.name, ...vars } });
  const members = values.members ?? null;
  let growth = values.growth ?? null;
  let target = values.target ?? null;
  let source: DocumentMembershipRow["growthSource"] = growth !== null ? "column" : null;
  if (members === null) say("docMembershipNoNumbers", {});
  else if (!Number.isInteger(members) || members < 0) say("docMembershipNotCount", { value: members });
  else {
    if (growth === null && note?.growth != null) {
      const expected = targetOf(members, note.growth);
      if (target === null || expected === target) [growth, source] = [note.growth, "note"];
    }
    if (growth !== null) {
      const expected = targetOf(members, growth);
      if (expected === null) say("docMembershipGrowthOutOfRange", { growth: percentText(growth) });
      else if (target !== null && target !== expected) {
        say("docMembershipTargetMismatch", { target, expected, members, growth: percentText(growth) });
      } else target = expected;
    } else if (target !== null) {
      if (members > 0) [growth, source] = [derivedGrowth(members, target), "derived"];
      else say("docMembershipNoGrowth", { target });
    } else say("docMembershipNoTarget", {});
  }
  return {
    key: `membership|${foldKey(draft.name)}`,
    line: draft.line,
    lines: draft.lines,
    name: draft.name,
    members,
    baselineDate: block.header?.baselineDate ?? note?.baselineDate ?? null,
    growth,
    growthSource: source,
    target,
    current: values.current ?? null,
    problems,
  };
}

function readTotal(draft: Draft, rows: readonly DocumentMembershipRow[], block: MembershipBlock) {
  const values = columnsOf(draft.values, block.header);
  const problems: DocumentProblem[] = [];
  const sum = (pick: (r: DocumentMembershipRow) => number | null) =>
    rows.every((r) => pick(r) !== null) ? rows.reduce((s, r) => s + (pick(r) ?? 0), 0) : null;
  const members = values.members ?? null;
  const memberSum = sum((r) => r.members);
  if (members !== null && memberSum !== null && members !== memberSum) {
    problems.push({
      line: draft.line,
      key: "docMembershipTotalMembers",
      vars: { total: members, sum: memberSum },
    });
  }
  const targetSum = sum((r) => r.target);
  const printed = values.target ?? null;
  if (printed !== null && targetSum !== null && printed !== targetSum) {
    problems.push({
      line: draft.line,
      key: "docMembershipTotalTarget",
      vars: { total: printed, sum: targetSum },
    });
  }
  return { line: draft.line, lines: draft.lines, members, target: printed ?? targetSum, problems };
}

/** Ends the table: its rows with growth and targets worked out, and its totals checked against the rows. */
export function closeMembership(block: MembershipBlock): {
  rows: DocumentMembershipRow[];
  totals: DocumentMembershipTotal[];
} {
  if (block.pending) settle(block, block.pending);
  block.pending = null;
  const rows = block.drafts.sort((a, b) => a.line - b.line).map((d) => readRow(d, block));
  return { rows, totals: block.totals.map((d) => readTotal(d, rows, block)) };
}
