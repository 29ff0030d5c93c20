// Property tests for parsePlanDocument: any text, shuffled plans and injected noise never throw, and every line is accounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PastedPlan } from "../../src/core/document/document-types";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import { MESSAGES } from "../../src/core/i18n/messages";
import { fixture, PLAN_DOCUMENT_EXAMPLE } from "../support/fixtures";

const FIXTURES = [
  PLAN_DOCUMENT_EXAMPLE,
  fixture("plan-document-district.txt"),
  fixture("plan-document-ocr.txt"),
  fixture("plan-document-signatures.txt"),
  fixture("membership-table-pdf.txt"),
  fixture("activity-table-2024.txt"),
];

/** The physical lines the parser sees. */
function physicalLines(text: string): string[] {
  return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
}

/** What the parser counts as a line with content: anything but spaces and tabs. */
function hasContent(text: string): boolean {
  return text.replace(/[\s\u00a0\u2007\u202f\ufeff]/g, "") !== "";
}

/**
 * The invariants of every reading: each line with content has exactly one use; each line not
 * understood has its problem; each data line is backed by an item that names it; every problem
 * names a line of the text and says itself in both languages with no placeholder left.
 */
function checkAccounted(text: string, doc: PastedPlan): void {
  const lines = physicalLines(text);
  const content = lines.flatMap((l, i) => (hasContent(l) ? [i + 1] : []));
  expect(doc.lines.map((l) => l.line)).toEqual(content);
  const notUnderstood = doc.lines.filter((l) => l.use === "notUnderstood").map((l) => l.line);
  const tableProblemLines = new Set(
    doc.problems.filter((p) => p.key.startsWith("import")).map((p) => p.line),
  );
  for (const line of notUnderstood) {
    const said = doc.notUnderstood.some((p) => p.line === line) || tableProblemLines.has(line);
    expect(said, `line ${line} not understood without a problem`).toBe(true);
  }
  const backed: Record<string, (line: number) => boolean> = {
    goal: (line) => doc.goals.some((g) => g.line === line) || doc.problems.some((p) => p.line === line),
    activity: (line) => doc.activities.some((a) => a.lines.includes(line)),
    meeting: (line) => doc.activities.some((a) => a.line === line),
    membership: (line) =>
      doc.membership.some((r) => r.lines.includes(line)) || doc.problems.some((p) => p.line === line),
    membershipTotal: (line) => doc.membershipTotals.some((r) => r.lines.includes(line)),
    board: (line) => doc.board.some((b) => b.lines.includes(line)),
  };
  for (const { line, use } of doc.lines) {
    if (backed[use]) expect(backed[use](line), `line ${line} used as ${use} but no item has it`).toBe(true);
  }
  for (const p of doc.problems) {
    expect(p.line >= 1 && p.line <= lines.length).toBe(true);
    expect(Object.hasOwn(MESSAGES, p.key)).toBe(true);
    for (const language of ["sv", "en"] as const) {
      const placeholders = [...MESSAGES[p.key][language].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(
        placeholders.filter((name) => !Object.hasOwn(p.vars, name)),
        p.key,
      ).toEqual([]);
    }
  }
  for (const a of doc.activities) expect(a.lines[0]).toBe(a.line);
}

/** Lines of every kind a plan has, and noise. */
const noiseLine = fc.oneof(
  fc.constantFrom(
    "",
    "\t\t",
    "Mål 2026",
    "Mätbara mål:",
    "Mål: Öka antalet medlemmar",
    "Aktiviteter per mål",
    "Hösttermin 2025",
    "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
    "Avdelning\tMedlemmar 2024-12-31\tMål ökning\tMål 2026",
    "Totalt\t514",
    "* Ökning med 10% sedan december 2024",
    "Älvsjö -",
    "412 453",
    "· Värvningskampanj",
    "- Minst 9 mandat i valet 2026 (idag 7).",
    "Ordförande\tKarin Lindqvist",
    "Karin Lindqvist",
    "Kassör",
    "anna@example.se",
    "Kretsmöten hålls: 1 mars (konstituerande möte) 8 mars, 5 april",
    "Styrelsen träffas den första måndagen varje månad utom juli.",
    "Exempelstad den 14 januari 2025",
    "Verksamhetsplan 2025–2026",
    "Ev. okt/nov\tKurs\tAlla\tDS",
    "\tLive-sändning via Facebook\tAllmänheten\tKommunikationsansvarig\t",
    "| Q2 | Utbildning | Kandidater | DS | |",
    "1. Inledning",
    "(",
    "Mål:",
    "Totalt",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

describe("parsePlanDocument properties", () => {
  it("never throws and accounts for every line, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        checkAccounted(text, parsePlanDocument(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws and accounts for every line of shuffled plans with noise", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.integer(), { minLength: 1, maxLength: 120 }),
        fc.array(fc.tuple(fc.nat(), noiseLine), { maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        (text, keys, noise, eol) => {
          const lines = shuffle(physicalLines(text), keys);
          for (const [at, extra] of noise) lines.splice(at % (lines.length + 1), 0, extra);
          const shuffled = lines.join(eol);
          checkAccounted(shuffled, parsePlanDocument(shuffled));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads a line of any Unicode spaces as blank (regression: seed 674785956, an en quad U+2000 before the title)", () => {
    const text = `\u2000\n${PLAN_DOCUMENT_EXAMPLE}`;
    checkAccounted(text, parsePlanDocument(text));
    const spaces = "\u2000\u2003\u3000\u205f\u1680\u200a";
    for (const space of spaces) {
      const doc = parsePlanDocument(`${space}\nHT 2025\nNov\tMöte\n${space}${space}`);
      expect(doc.lines.map((l) => l.line)).toEqual([2, 3]);
    }
  });

  it("keeps every section's reading when whole sections of the example change places", () => {
    const blocks = PLAN_DOCUMENT_EXAMPLE.trim().split(/\n\s*\n/);
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: blocks.length, maxLength: blocks.length }), (keys) => {
        const text = shuffle(blocks, keys).join("\n\n");
        const doc = parsePlanDocument(text);
        checkAccounted(text, doc);
        expect(doc.activities.filter((a) => a.source === "table")).toHaveLength(21);
        expect(doc.activities.filter((a) => a.source === "goalBullet")).toHaveLength(4);
        expect(doc.activities.filter((a) => a.source === "meeting")).toHaveLength(9);
        expect(doc.membership.map((r) => r.target)).toEqual([244, 101, 151, 56, 36]);
        expect(doc.board).toHaveLength(9);
        expect(doc.period).toEqual({
          first: { season: "VT", year: 2025 },
          last: { season: "HT", year: 2026 },
        });
        expect(doc.notUnderstood).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("reads the same text the same way twice, keys and all", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.nat(), noiseLine), { maxLength: 6 }),
        (text, noise) => {
          const lines = physicalLines(text);
          for (const [at, extra] of noise) lines.splice(at % (lines.length + 1), 0, extra);
          const joined = lines.join("\n");
          expect(parsePlanDocument(joined)).toEqual(parsePlanDocument(joined));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("an item's key does not depend on where in the document it stands", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (keys) => {
        const blocks = PLAN_DOCUMENT_EXAMPLE.trim().split(/\n\s*\n/);
        const a = parsePlanDocument(PLAN_DOCUMENT_EXAMPLE);
        const b = parsePlanDocument(shuffle(blocks, keys).join("\n\n"));
        const keysOf = (doc: PastedPlan) => ({
          membership: doc.membership.map((r) => r.key).sort(),
          board: doc.board.map((m) => m.key).sort(),
          table: doc.activities
            .filter((x) => x.source === "table")
            .map((x) => x.key)
            .sort(),
        });
        expect(keysOf(b)).toEqual(keysOf(a));
      }),
      { numRuns: 100 },
    );
  });
});
