// The cells of a membership table as pasted: its header's columns and date, and each row's name and numbers.
import type { IsoDate } from "../calendar/dates";
import { parseNumberText } from "../cells/cell-values";
import { foldSwedish } from "../i18n/fold";
import type { DocLine } from "./document-lines";
import { dateOfPhrase } from "./goal-text";

export type Column = "name" | "members" | "growth" | "target" | "current";

export interface MembershipHeader {
  readonly line: number;
  readonly columns: ReadonlyArray<Column | null>;
  /** "Medlemmar 2024-12-31", "Medlemmar dec 2024": the date the member counts are from. */
  readonly baselineDate: IsoDate | null;
}

function columnOf(cell: string): Column | null {
  const f = foldSwedish(cell)
    .replace(/[*:?.]/g, "")
    .trim();
  if (
    /^(?:valkrets|avdelning|krets|kommunkrets|forening|partiforening|lokalavdelning|omrade|organisation|namn|distrikt|kommun|lan)(?:ar|er|en|arna|na)?$/.test(
      f,
    )
  ) {
    return "name";
  }
  if (/okning|tillvaxt|procent|%|forandring/.test(f)) return "growth";
  if (/^(?:nu|idag|i dag|just nu|aktuellt|utfall)\b/.test(f)) return "current";
  if (/^mal\b|malvarde|^malet\b/.test(f)) return "target";
  if (/medlem|antal|^bas|utgangslage|(?:19|20)\d{2}/.test(f)) return "members";
  return null;
}

/**
 * A header's cells: its tab cells, else its words grouped at each column word, as a PDF pastes it
 * ("Valkrets Medlemmar 31 dec 2024 Mål 2026" → Valkrets | Medlemmar 31 dec 2024 | Mål 2026).
 */
function cellsOfLine(line: DocLine): string[] {
  if (line.cells) return line.cells;
  const cells: string[] = [];
  for (const word of line.body.split(" ")) {
    const f = foldSwedish(word);
    const previous = cells.length > 0 ? foldSwedish(cells[cells.length - 1]) : "";
    const keyword = /\p{L}/u.test(word) && columnOf(word) !== null;
    const joinsGoal = previous === "mal" && /^(?:okning|tillvaxt)/.test(f);
    if (keyword && !joinsGoal) cells.push(word);
    else if (cells.length > 0) cells[cells.length - 1] += ` ${word}`;
    else return [];
  }
  return cells;
}

/** A header row of a membership table: a name column and a members column, at least. */
export function membershipHeader(line: DocLine): MembershipHeader | null {
  const cells = cellsOfLine(line);
  if (cells.length < 2) return null;
  const columns = cells.map(columnOf);
  if (columns[0] !== "name" || !columns.includes("members")) return null;
  return { line: line.line, columns, baselineDate: baselineDateOf(cells[columns.indexOf("members")]) };
}

/** The date in a members header: "Medlemmar 2024-12-31", "Antal 31 dec 2024", "Medlemmar dec 2024", "2024". */
function baselineDateOf(header: string): IsoDate | null {
  const f = foldSwedish(header).replace(/\./g, "");
  for (const pattern of [/\d{4}-\d{2}-\d{2}/, /\d{1,2}\s+[a-z]+\s+\d{4}/g, /[a-z]+\s+\d{4}/g, /\b\d{4}\b/]) {
    for (const m of f.matchAll(new RegExp(pattern, "g"))) {
      const date = dateOfPhrase(m[0]);
      if (date) return date;
    }
  }
  return null;
}

export interface Value {
  readonly value: number;
  readonly percent: boolean;
  readonly column: Column | null;
}

/** A number or percentage as written in a cell: "212", "1 234", "15 %", "12,5%". */
export function numberCell(text: string, column: Column | null): Value | null {
  const m = /^([+−-]?\d[\d\s]*(?:[.,]\d+)?)\s*(%)?$/.exec(text.trim());
  if (!m) return null;
  const number = parseNumberText(m[1].replace("−", "-"));
  if (number === null) return null;
  return m[2]
    ? { value: Number(`${number}e-2`), percent: true, column }
    : { value: number, percent: false, column };
}

export interface SplitRow {
  readonly name: string;
  readonly values: Value[];
}

/**
 * Groups the number words of a PDF row into `expected` numbers where that is the only way to get
 * them: "1 155 1 270" with two number columns is 1155 and 1270. Otherwise the words stay as they are.
 */
function groupThousands(words: readonly string[], expected: number): string[] {
  if (expected <= 0 || words.length <= expected) return [...words];
  const groupings = (from: number, left: number): string[][] => {
    if (from === words.length) return left === 0 ? [[]] : [];
    if (left === 0) return [];
    const out: string[][] = [];
    for (let end = from + 1; end <= words.length; end++) {
      const part = words.slice(from, end);
      const grouped =
        part.length === 1 || (/^\d{1,3}$/.test(part[0]) && part.slice(1).every((w) => /^\d{3}%?$/.test(w)));
      if (!grouped) break;
      for (const rest of groupings(end, left - 1)) out.push([part.join(" "), ...rest]);
      if (out.length > 1) return out;
    }
    return out;
  };
  const found = groupings(0, expected);
  return found.length === 1 ? found[0] : [...words];
}

/** How many numbers a row of this table holds: its header's number columns, or null without a header. */
export function numberColumns(header: MembershipHeader | null): number {
  return header ? header.columns.filter((c) => c !== null && c !== "name").length : 0;
}

/** The name and numbers of a row: by cell when tab-separated, else the trailing numbers of the words. */
export function splitRow(line: DocLine, header: MembershipHeader | null): SplitRow {
  if (line.cells) {
    const cells = line.cells;
    const named = numberCell(cells[0] ?? "", null) === null;
    const values: Value[] = [];
    cells.forEach((cell, i) => {
      if (i === 0 && named) return;
      const value = numberCell(cell, named || cells[0] === "" ? (header?.columns[i] ?? null) : null);
      if (value) values.push(value);
    });
    return { name: named ? cells[0] : "", values };
  }
  const words = line.body.replace(/(\d)\s+%/g, "$1%").split(" ");
  const numbers: string[] = [];
  while (words.length > 0 && numberCell(words[words.length - 1], null))
    numbers.unshift(words.pop() as string);
  const values = groupThousands(numbers, numberColumns(header)).flatMap((n) => numberCell(n, null) ?? []);
  return { name: words.join(" ").replace(/[:]+$/, ""), values };
}
