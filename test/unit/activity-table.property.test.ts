// Property tests for parseActivityTable: never throws, and every line with content is accounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseActivityTable } from "../../src/core/import/activity-table";

const cell = fc.oneof(
  fc.constantFrom(
    "",
    "Jan",
    "Mars",
    "Ca. feb",
    "1 maj",
    "v. 12",
    "jan–mars",
    "Ny i C",
    "Ombudsman",
    "x",
    "Snart",
    "DS",
  ),
  fc.string({ maxLength: 12 }),
);

const line = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "### Vårtermin 2024",
    "Hosttermin 2024 (forts.)",
    "HT 2025:",
    "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
    "When\tWhat\tTarget group\tResponsible\tDone",
    "| När? | Vad? | Målgrupp |",
    "|---|---|---|",
    "# Åtgärder",
    "Fri text",
    "\t\t\t",
  ),
  fc.array(cell, { minLength: 1, maxLength: 7 }).map((cells) => cells.join("\t")),
  fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(" | ")} |`),
  fc.array(cell, { minLength: 2, maxLength: 4 }).map((cells) => cells.join(";")),
  fc.string({ maxLength: 30 }),
);

const document = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom("\n", "\r\n", "\r"), fc.boolean())
  .map(([lines, eol, bom]) => ({ lines, text: (bom ? "\ufeff" : "") + lines.join(eol) }));

/** The physical lines the parser sees (a lone "\r" or "\n" inside a generated string also splits a line). */
function physicalLines(text: string): string[] {
  return text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
}

function hasContent(text: string): boolean {
  return text.replace(/[\s\u00a0\u2007\u202f\ufeff\t|;]/g, "") !== "";
}

describe("parseActivityTable properties", () => {
  it("never throws, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const table = parseActivityTable(text);
        expect(Array.isArray(table.rows)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("accounts for every line with content: a row, part of a row, a heading or header, or a problem", () => {
    fc.assert(
      fc.property(document, ({ text }) => {
        const table = parseActivityTable(text);
        const accounted = new Set<number>([
          ...table.rows.flatMap((r) => r.lines),
          ...table.problems.map((p) => p.line),
          ...table.structure.map((s) => s.line),
        ]);
        physicalLines(text).forEach((content, i) => {
          if (hasContent(content))
            expect(accounted.has(i + 1), `line ${i + 1}: ${JSON.stringify(content)}`).toBe(true);
        });
        for (const row of table.rows) {
          expect(row.lines[0]).toBe(row.line);
          if (row.what === "") expect(row.problems.some((p) => p.code === "noWhat")).toBe(true);
          if (row.term === null) expect(row.problems.some((p) => p.code === "noTerm")).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every row's first line in input order", () => {
    fc.assert(
      fc.property(document, ({ text }) => {
        const lines = parseActivityTable(text).rows.map((r) => r.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
      }),
    );
  });

  it("a line continues the row above only when it has nothing but text under Vad", () => {
    const text = fc
      .stringMatching(/^[A-Za-zåäö][A-Za-zåäö ]{0,12}$/)
      .map((t) => t.replace(/\s+/g, " ").trim())
      .filter((t) => t !== "");
    fc.assert(
      fc.property(text, fc.option(text, { nil: "" }), fc.option(text, { nil: "" }), (what, group, owner) => {
        const table = parseActivityTable(`VT 2025\nMars\tStämma\tOmbud\tDS\n\t${what}\t${group}\t${owner}`);
        if (group === "" && owner === "") {
          expect(table.rows.map((r) => r.what)).toEqual([`Stämma ${what}`]);
        } else {
          expect(table.rows.map((r) => [r.what, r.targetGroup, r.owner, r.parsed.ok])).toEqual([
            ["Stämma", "Ombud", "DS", true],
            [what, group, owner, false],
          ]);
          expect(table.rows[1].problems).toEqual([]);
        }
      }),
    );
  });
});
