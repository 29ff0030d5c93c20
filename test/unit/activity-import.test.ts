// Importing a pasted table and adding one activity: duplicates, problems with line numbers, the cells written.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlanError } from "../../src/core/i18n/errors";
import { planImport } from "../../src/core/import/activity-import";
import { ACTIVITIES_TAB, headers } from "../../src/core/layout/tabs";
import { prepareNewActivity } from "../../src/core/records/new-activity";
import { ACTIVITY_TABLE_2024 } from "../support/fixtures";
import { isoOfCell, recordsOf } from "../support/plan-values";

const HEADER = headers(ACTIVITIES_TAB, "sv");
/** An Activities tab whose first free row is `firstRow`, Vad in column E. */
const into = (firstRow = 2, tab = "Aktiviteter") => ({ tab, whatColumn: 5, firstRow });
const EXAMPLE = ACTIVITY_TABLE_2024;

/** The activities a tab of these value rows holds (header included). */
function existing(rows: readonly (readonly unknown[])[]) {
  return (
    recordsOf({
      goals: null,
      activities: { name: "Aktiviteter", values: rows },
      membership: null,
      settings: null,
    }).activities?.records ?? []
  );
}

describe("planImport", () => {
  it("imports the real 2024 table: 21 rows, Start/End from När, nothing flagged", () => {
    const plan = planImport(EXAMPLE, [], "sv", null, into());
    expect(plan.rows).toHaveLength(21);
    expect(plan.cells).toHaveLength(21);
    expect(plan.duplicates).toBe(0);
    expect(plan.allProblems).toEqual([]);
    const [first] = plan.cells;
    expect([first.term, first.when]).toEqual(["VT 2024", "Jan"]);
    expect([isoOfCell(first.start), isoOfCell(first.end)]).toEqual(["2024-01-01", "2024-01-31"]);
    expect([first.what, first.targetGroup, first.owner, first.done]).toEqual([
      "Ledarkonferens",
      "Kretsordförande, gruppleddare och pol sek.",
      "Arbetsgrupp DS",
      false,
    ]);
    expect(plan.rows[0]).toMatchObject({
      line: 4,
      row: 2,
      term: "VT 2024",
      start: "2024-01-01",
      end: "2024-01-31",
      duplicate: false,
    });
  });

  it("never imports a row twice: rows already in the tab and repeats within the paste are duplicates", () => {
    const tab = existing([HEADER, ["VT 2024", "Jan", "", "", "Ledarkonferens", "", "", false, ""]]);
    const text = `${EXAMPLE}\n### VT 2024\nJan\tledarkonferens\nMars\tDistriktsstämma\n`;
    const plan = planImport(text, tab, "sv", null, into(3));
    expect(plan.rows.filter((r) => r.duplicate).map((r) => r.line)).toEqual([4, 33, 34]);
    expect(plan.duplicates).toBe(3);
    expect(plan.cells).toHaveLength(plan.rows.length - 3);
    // Not written: the line of the text, and a link to the sheet row that holds it already.
    // Before: "Rad 4: …" for a line of the text, where Validate says "Aktiviteter, rad 2: …" for a sheet row.
    expect(plan.allProblems).toEqual([
      {
        message: "Rad 4 i texten: ”Ledarkonferens” (Jan) finns redan på rad 2 och importerades inte igen.",
        severity: "warning",
        link: { tab: "activities", row: 2, column: 5 },
      },
      {
        message: "Rad 33 i texten: ”ledarkonferens” (Jan) finns redan på rad 2 och importerades inte igen.",
        severity: "warning",
        link: { tab: "activities", row: 2, column: 5 },
      },
      {
        message:
          "Rad 34 i texten: ”Distriktsstämma” (Mars) står redan på rad 5 i texten och importeras bara en gång.",
        severity: "warning",
        link: { tab: "activities", row: 3, column: 5 },
      },
    ]);
    expect(plan.rows.map((r) => r.row).slice(0, 3)).toEqual([2, 3, 4]);
  });

  it("names a written row's problem by its sheet row, as Validate does, and a line not imported by the text", () => {
    const plan = planImport("VT 2025\nSnart\tMöte\nMars\tStämma\n\nGrej utan rad", [], "sv", null, into(7));
    expect(plan.rows.map((r) => [r.line, r.row])).toEqual([
      [2, 7],
      [3, 8],
    ]);
    expect(plan.allProblems[0].message).toMatch(/^Aktiviteter, rad 7: ”Snart” /);
    expect(plan.allProblems[0].link).toEqual({ tab: "activities", row: 7, column: 5 });
    expect(plan.allProblems.at(-1)?.message).toMatch(/^Rad 5 i texten: /);
    expect(plan.allProblems.at(-1)?.link).toBeNull();
    expect(plan.tableProblems).toEqual([plan.allProblems.at(-1)?.message]);
  });

  it("imports a row whose När can't be read, with empty Start/End, and says why with its line", () => {
    const plan = planImport(
      'VT 2025\nSnart\tMöte\tAlla\tDS\t\n\nGrej utan rad\n=HYPERLINK("x")\t+bad\t-\t@x',
      [],
      "en",
      null,
      into(2, "Activities"),
    );
    const row = plan.cells[0];
    expect([row.term, row.when, row.start, row.end, row.what]).toEqual(["VT 2025", "Snart", "", "", "Möte"]);
    expect(plan.rows[0]).toMatchObject({ start: "", end: "" });
    expect(plan.rows[0].problems[0]).toContain("“Snart” cannot be read as a time");
    expect(plan.allProblems[0].message).toMatch(/^Activities, row 2: “Snart” cannot be read/);
    expect(plan.tableProblems.some((p) => p.startsWith("Line 4 of the text:"))).toBe(true);
    // Text is kept as typed; the Sheets adapter writes it so it stays text (see the bundle's import tests).
    const formulaLike = plan.cells[1];
    expect([formulaLike.when, formulaLike.what, formulaLike.targetGroup, formulaLike.owner]).toEqual([
      '=HYPERLINK("x")',
      "+bad",
      "-",
      "@x",
    ]);
  });

  it("never throws and never drops a row: each parsed row is written or flagged a duplicate", () => {
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
        "=1+1",
      ),
      fc.string({ maxLength: 10 }),
    );
    const line = fc.oneof(
      fc.constantFrom(
        "",
        "### Vårtermin 2024",
        "HT 2025:",
        "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
        "Fri text",
      ),
      fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join("\t")),
      fc.string({ maxLength: 20 }),
    );
    const existingRow = fc
      .tuple(fc.constantFrom("VT 2024", "HT 2025", ""), cell, cell)
      .map(([term, when, what]) => [term, when, "", "", what, "", "", false, ""]);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.array(existingRow, { maxLength: 5 }),
        (lines, rows) => {
          const plan = planImport(
            lines.join("\n"),
            existing([HEADER, ...rows]),
            "sv",
            null,
            into(rows.length + 2),
          );
          expect(plan.cells.length + plan.duplicates).toBe(plan.rows.length);
          expect(plan.rows.filter((r) => !r.duplicate).map((r) => r.what)).toEqual(
            plan.cells.map((c) => c.what),
          );
          // The written rows go to consecutive sheet rows from the first free one.
          expect(plan.rows.filter((r) => !r.duplicate).map((r) => r.row)).toEqual(
            plan.cells.map((_, i) => rows.length + 2 + i),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("prepareNewActivity", () => {
  it("needs a Vad and a term; a När it can't read gives a warning, not a refusal", () => {
    expect(() => prepareNewActivity({ term: "VT 2025", when: "Mars", what: " " }, "sv")).toThrow(PlanError);
    expect(() => prepareNewActivity({ term: "snart", when: "Mars", what: "Möte" }, "en")).toThrow(
      'Term must be a term such as VT 2025 or HT 2025, not "snart".',
    );
    const ok = prepareNewActivity(
      { term: "ht25", when: "Ca. okt", what: "=Möte", targetGroup: "", owner: "DS" },
      "sv",
    );
    expect(ok.warnings).toEqual([]);
    expect(ok.cells.term).toBe("HT 2025");
    expect(isoOfCell(ok.cells.start)).toBe("2025-10-01");
    expect([ok.cells.what, ok.cells.targetGroup, ok.cells.owner, ok.cells.done]).toEqual([
      "=Möte",
      "",
      "DS",
      false,
    ]);
    const unread = prepareNewActivity(
      { term: "VT 2025", when: "snart", what: "Möte", targetGroup: "", owner: "" },
      "sv",
    );
    expect([unread.cells.when, unread.cells.start, unread.cells.end]).toEqual(["snart", "", ""]);
    expect(unread.warnings[0]).toContain("”snart” går inte att läsa");
  });
});
