// Tables that grow: the Membership tab takes any number of constituencies, typed below the last row, over the total
// or in a row inserted above it, and "Set up plan" moves an older layout's total out of the typed rows.
import { describe, expect, it } from "vitest";
import { memberTarget } from "../../src/core/targets/targets";
import { paste, sheet, type Workbook, workbook } from "../support/workbook";

interface Constituency {
  readonly name: string;
  readonly base: number;
  readonly growth: number;
  readonly current: number;
}

/** n constituencies with varied counts and growths (half-up rounding included). */
function constituencies(n: number, from = 0): Constituency[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return {
      name: `Valkrets ${k + 1}`,
      base: 20 + ((k * 37) % 180),
      growth: [0.1, 0.05, 0.15, 0, 0.08][k % 5],
      current: 10 + ((k * 13) % 90),
    };
  });
}

const row = (c: Constituency) => [c.name, "", "", c.base, c.growth, "", c.current];

/** Every cell of the tab that displays an error, as "A1: #REF!". */
function errorCells(wb: Workbook): string[] {
  const membership = sheet(wb, "Medlemmar");
  const values = membership.getDataRange().getDisplayValues();
  return values.flatMap((cells, r) =>
    cells.flatMap((value, c) =>
      /^#[A-Z0-9/!?]+$/.test(value) ? [`${String.fromCharCode(65 + c)}${r + 1}: ${value}`] : [],
    ),
  );
}

/** Checks the tab: each constituency's target, the total row under the header, and no error anywhere. */
function expectTargets(wb: Workbook, expected: readonly Constituency[]): void {
  const membership = sheet(wb, "Medlemmar");
  const values = membership.getDataRange().getValues();
  expect(values[1][0]).toBe("Totalt");
  const rows = values.slice(2).filter((r) => r[0] !== "");
  expect(rows.map((r) => r[0])).toEqual(expected.map((c) => c.name));
  expect(rows.map((r) => r[5])).toEqual(expected.map((c) => memberTarget(c.base, c.growth)));
  const total = expected.reduce((sum, c) => sum + memberTarget(c.base, c.growth), 0);
  expect(values[1][5]).toBe(total);
  expect(values[1][3]).toBe(expected.reduce((sum, c) => sum + c.base, 0));
  expect(values[1][6]).toBe(expected.reduce((sum, c) => sum + c.current, 0));
  expect(errorCells(wb)).toEqual([]);
}

function plan(): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  return wb;
}

/** Types each constituency on the row after the last one, as a volunteer adds the next. */
function typeBelow(wb: Workbook, list: readonly Constituency[]): void {
  for (const c of list) {
    const last = sheet(wb, "Medlemmar").getLastRow();
    paste(wb, "Medlemmar", `A${last + 1}`, [row(c)]);
  }
}

describe("constituencies typed below the last row", () => {
  it("are counted at 7 and at 30, every target and the total right, no cell in error", () => {
    const wb = plan();
    const seven = constituencies(7);
    typeBelow(wb, seven);
    expectTargets(wb, seven);
    const more = constituencies(23, 7);
    typeBelow(wb, more);
    expectTargets(wb, [...seven, ...more]);
  });
});

describe("constituencies typed over the total row", () => {
  it("move the total back under the header and keep every typed cell", () => {
    const wb = plan();
    const seven = constituencies(7);
    // The first constituency lands on row 2, where the total is, then the rest below it.
    paste(wb, "Medlemmar", "A2", seven.map(row));
    expectTargets(wb, seven);
    const more = constituencies(23, 7);
    paste(wb, "Medlemmar", "A2", [row(more[0])]);
    typeBelow(wb, more.slice(1));
    expectTargets(wb, [more[0], ...seven, ...more.slice(1)]);
  });
});

describe("constituencies typed into a row inserted above the total", () => {
  it("are counted, the total keeping its place under the header", () => {
    const wb = plan();
    const all = constituencies(30);
    const typed: Constituency[] = [];
    for (const [i, c] of all.entries()) {
      const membership = sheet(wb, "Medlemmar");
      membership.insertRowBefore(2);
      paste(wb, "Medlemmar", "A2", [row(c)]);
      typed.unshift(c);
      if (i === 6 || i === 29) expectTargets(wb, typed);
    }
  }, 120_000); // Thirty inserts, each an onEdit and a recalculation of every tab: slow on a busy machine.
});

describe("Set up plan on a tab laid out before the total moved", () => {
  /** The old layout: six rows for constituencies, the total on row 8 with the add-on's old formulas. */
  function oldLayout(): Workbook {
    const wb = plan();
    const m = sheet(wb, "Medlemmar");
    m.deleteRow(2); // no total under the header
    m.getRange("F2:I2").setValues([["", "", "", ""]]);
    m.getRange("F2").setFormula("=MEMBER_TARGET(D2:D7, E2:E7)");
    m.getRange("H2").setFormula("=MEMBER_GAP(F2:F7, G2:G7)");
    m.getRange("I2").setFormula("=MEMBER_PROGRESS(D2:D7, G2:G7, F2:F7)");
    m.getRange("A8:I8").setValues([
      [
        "Totalt",
        "",
        "",
        "=SUM(D2:D7)",
        "",
        "=SUM(F2:F7)",
        "=SUM(G2:G7)",
        "=MEMBER_GAP(F8, G8)",
        "=MEMBER_PROGRESS(D8, G8, F8)",
      ],
    ]);
    return wb;
  }

  it("moves the old total out of seven typed rows, over it, and keeps every typed cell", () => {
    const wb = oldLayout();
    const seven = constituencies(7);
    // Typed into rows 2–8 by hand, over the old total's label and sums but not over its targets and gaps.
    const m = sheet(wb, "Medlemmar");
    for (const [i, c] of seven.entries()) {
      m.getRange(2 + i, 1, 1, 5).setValues([row(c).slice(0, 5)]);
      m.getRange(2 + i, 7).setValue(c.current);
    }
    expect(m.getRange("F8").getFormula()).toBe("=SUM(F2:F7)");
    const result = wb.load().setUpPlan() as { problems: string[] };
    expect(result.problems).toEqual([]);
    expectTargets(wb, seven);
  });

  it("counts rows typed past the old total once it has moved", () => {
    const wb = oldLayout();
    const [a, b, c] = constituencies(3);
    const m = sheet(wb, "Medlemmar");
    m.getRange("A2:G2").setValues([row(a)]);
    m.getRange("A9:G10").setValues([row(b), row(c)]);
    wb.load().setUpPlan();
    expectTargets(wb, [a, b, c]);
  });
});

describe("the Goals tab", () => {
  it("takes any number of goals: the formulas reach the 300th", () => {
    const wb = plan();
    const goals = sheet(wb, "Mål");
    goals.insertRowsAfter(goals.getMaxRows(), 300);
    goals
      .getRange(2, 1, 300, 4)
      .setValues(Array.from({ length: 300 }, (_, i) => [`Mål ${i + 1}`, "övrigt", 0, 10]));
    goals.getRange(301, 5).setValue(5);
    expect(goals.getRange(301, 9).getValue()).toBe(0.5);
  });
});

describe("Validate plan with a cell in error", () => {
  it("reports the #REF! a typed value causes, linked to the cell, where it reported nothing before", () => {
    const wb = plan();
    typeBelow(wb, constituencies(3));
    // A volunteer types a target over the spilling Mål column: the spill cannot expand.
    sheet(wb, "Medlemmar").getRange("F5").setValue(99);
    const problems = wb.load().getPlanProblems() as { message: string; link: { tab: string; row: number } }[];
    const refs = problems.filter((p) => p.message.includes("#REF!"));
    // Mål's spill is blocked; the total and Kvar att värva and Framsteg, computed from it, show its error too.
    // Each column is one problem, at its first cell in error (the total row, right above the spill's anchor).
    expect(refs.map((p) => p.link)).toEqual([
      { tab: "membership", row: 2, column: 6 },
      { tab: "membership", row: 2, column: 8 },
      { tab: "membership", row: 2, column: 9 },
    ]);
    expect(refs[0].message).toMatch(/^Medlemmar, rad 2: cellen visar #REF! \(2 celler i kolumnen\)/);
  });
});
