// One vocabulary: every spelling of a term that one part of the add-on reads, every part reads the same way.
import { describe, expect, it } from "vitest";
import { formatTerm, parseTerm, seasonOfWord } from "../../src/core/calendar/terms";
import { readTerm } from "../../src/core/cells/cell-values";
import { termHeading } from "../../src/core/import/activity-table";
import { termEdgeCell } from "../../src/core/targets/formula-cells";
import { deadlineDate, startDate } from "../../src/core/targets/goal-pace";
import { parseWhen } from "../../src/core/when/when";

/** Each spelling, and the term it means. */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ["VT 2025", "VT 2025"],
  ["vt 2025", "VT 2025"],
  ["VT2025", "VT 2025"],
  ["VT25", "VT 2025"],
  ["vt-25", "VT 2025"],
  ["Vårtermin 2025", "VT 2025"],
  ["Vårterminen 2025", "VT 2025"],
  ["Vartermin 2025", "VT 2025"],
  ["Våren 2025", "VT 2025"],
  ["Vår 2025", "VT 2025"],
  ["Vart 2025", "VT 2025"],
  ["Spring 2025", "VT 2025"],
  ["HT 2024", "HT 2024"],
  ["ht24", "HT 2024"],
  ["Hösttermin 2024", "HT 2024"],
  ["Hosttermin 2024", "HT 2024"],
  ["Hösten 2024", "HT 2024"],
  ["Höst 2024", "HT 2024"],
  ["Autumn 2024", "HT 2024"],
  ["Fall 2024", "HT 2024"],
];

/** Every reader of a term in the add-on, each giving "VT 2025" style text or null. */
const READERS: ReadonlyArray<readonly [string, (text: string) => string | null]> = [
  ["parseTerm (Term cells, Settings)", (text) => format(parseTerm(text))],
  ["termHeading (import headings)", (text) => format(termHeading(text))],
  [
    "readTerm (custom-function arguments)",
    (text) => {
      const cell = readTerm(text, "term");
      return cell.kind === "term" ? formatTerm(cell.value) : null;
    },
  ],
  [
    "När (a whole term)",
    (text) => {
      const when = parseWhen(text, null);
      return when.ok && when.precision === "term" ? termOfStart(when.start) : null;
    },
  ],
  [
    "TERM_START",
    (text) => {
      const start = termEdgeCell(text, "start");
      return start === "" ? null : termOfStart(start.iso);
    },
  ],
  ["Goals Start column", (text) => termOfStart(startDate(text) ?? "")],
  [
    "Goals deadline column",
    (text) => {
      const end = deadlineDate(text);
      return end ? termOfStart(`${end.slice(0, 4)}-${end.slice(5, 7) === "06" ? "01" : "07"}-01`) : null;
    },
  ],
];

function format(term: ReturnType<typeof parseTerm>): string | null {
  return term ? formatTerm(term) : null;
}

function termOfStart(iso: string): string | null {
  if (iso.endsWith("-01-01")) return `VT ${iso.slice(0, 4)}`;
  if (iso.endsWith("-07-01")) return `HT ${iso.slice(0, 4)}`;
  return null;
}

describe("one vocabulary of terms", () => {
  for (const [reader, read] of READERS) {
    it(`${reader} reads every spelling`, () => {
      const misread = SPELLINGS.filter(([text, term]) => read(text) !== term).map(([text]) => text);
      expect(misread).toEqual([]);
    });
  }

  it("season words are one list", () => {
    expect(["vt", "Vår", "VÅREN", "vårterminen", "spring"].map(seasonOfWord)).toEqual([
      "VT",
      "VT",
      "VT",
      "VT",
      "VT",
    ]);
    expect(["ht", "Höst", "hösten", "hostterminen", "autumn", "fall"].map(seasonOfWord)).toEqual([
      "HT",
      "HT",
      "HT",
      "HT",
      "HT",
      "HT",
    ]);
    expect(["sommar", "vinter", "v", ""].map(seasonOfWord)).toEqual([null, null, null, null]);
  });
});
