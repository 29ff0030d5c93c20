// Importing a pasted table and adding one activity: duplicates, problems with line numbers, the cells written.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDateValue, isoFromDate } from "../../src/core/calendar/dates";
import { PlanError } from "../../src/core/i18n/errors";
import { planImport } from "../../src/core/import/activity-import";
import { prepareNewActivity } from "../../src/core/plan/new-activity";
import { ACTIVITIES_TAB, headers } from "../../src/core/plan/tabs";
import { ACTIVITY_TABLE_2024 } from "../support/fixtures";

const HEADER = headers(ACTIVITIES_TAB, "sv");
const EXAMPLE = ACTIVITY_TABLE_2024;

describe("planImport", () => {
  it("imports the real 2024 table: 21 rows, Start/End from När, nothing flagged", () => {
    const plan = planImport(EXAMPLE, [HEADER], "sv");
    expect(plan.rows).toHaveLength(21);
    expect(plan.cells).toHaveLength(21);
    expect(plan.duplicates).toBe(0);
    expect(plan.allProblems).toEqual([]);
    const [first] = plan.cells;
    expect(first.slice(0, 2)).toEqual(["VT 2024", "Jan"]);
    expect(isDateValue(first[2]) && isoFromDate(first[2] as Date)).toBe("2024-01-01");
    expect(isDateValue(first[3]) && isoFromDate(first[3] as Date)).toBe("2024-01-31");
    expect(first.slice(4)).toEqual([
      "Ledarkonferens",
      "Kretsordförande, gruppleddare och pol sek.",
      "Arbetsgrupp DS",
      false,
      "",
    ]);
    expect(plan.rows[0]).toMatchObject({
      line: 4,
      term: "VT 2024",
      start: "2024-01-01",
      end: "2024-01-31",
      duplicate: false,
    });
  });

  it("never imports a row twice: rows already in the tab and repeats within the paste are duplicates", () => {
    const existing = [HEADER, ["VT 2024", "Jan", "", "", "Ledarkonferens", "", "", false, ""]];
    const text = `${EXAMPLE}\n### VT 2024\nJan\tledarkonferens\nMars\tDistriktsstämma\n`;
    const plan = planImport(text, existing, "sv");
    expect(plan.rows.filter((r) => r.duplicate).map((r) => r.line)).toEqual([4, 33, 34]);
    expect(plan.duplicates).toBe(3);
    expect(plan.cells).toHaveLength(plan.rows.length - 3);
    expect(plan.allProblems).toEqual([
      "Rad 4: ”Ledarkonferens” (Jan) finns redan i planen och importerades inte igen.",
      "Rad 33: ”ledarkonferens” (Jan) finns redan i planen och importerades inte igen.",
      "Rad 34: ”Distriktsstämma” (Mars) står redan på rad 5 i texten och importeras bara en gång.",
    ]);
  });

  it("imports a row whose När can't be read, with empty Start/End, and says why with its line", () => {
    const plan = planImport(
      'VT 2025\nSnart\tMöte\tAlla\tDS\t\n\nGrej utan rad\n=HYPERLINK("x")\t+bad\t-\t@x',
      [HEADER],
      "en",
    );
    expect(plan.cells[0].slice(0, 5)).toEqual(["VT 2025", "Snart", "", "", "Möte"]);
    expect(plan.rows[0]).toMatchObject({ start: "", end: "" });
    expect(plan.rows[0].problems[0]).toContain("“Snart” cannot be read as a time");
    expect(plan.allProblems[0]).toMatch(/^Line 2: “Snart” cannot be read/);
    expect(plan.tableProblems.some((p) => p.startsWith("Line 4:"))).toBe(true);
    // Formula-like text stays text: When as is (its column is "@"), the other texts with an apostrophe.
    expect(plan.cells[1].slice(4, 7)).toEqual(["'+bad", "'-", "'@x"]);
    expect(plan.cells[1][1]).toBe('=HYPERLINK("x")');
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
          const plan = planImport(lines.join("\n"), [HEADER, ...rows], "sv");
          expect(plan.cells.length + plan.duplicates).toBe(plan.rows.length);
          expect(plan.rows.filter((r) => !r.duplicate).map((r) => r.what)).toEqual(
            plan.cells.map((c) => String(c[4]).replace(/^'(?=[=+\-@'])/, "")),
          );
          expect(plan.cells.every((c) => c.length === ACTIVITIES_TAB.columns.length)).toBe(true);
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
    expect(ok.cells[0]).toBe("HT 2025");
    expect(isDateValue(ok.cells[2]) && isoFromDate(ok.cells[2] as Date)).toBe("2025-10-01");
    expect(ok.cells.slice(4)).toEqual(["'=Möte", "", "DS", false, ""]);
    const unread = prepareNewActivity(
      { term: "VT 2025", when: "snart", what: "Möte", targetGroup: "", owner: "" },
      "sv",
    );
    expect(unread.cells.slice(1, 4)).toEqual(["snart", "", ""]);
    expect(unread.warnings[0]).toContain("”snart” går inte att läsa");
  });
});
