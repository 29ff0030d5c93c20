// Tests of shiftFormula: relative references move, absolute parts, strings and names stay.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnIndex, columnLetters } from "./a1";
import { shiftFormula } from "./rules/shift-formula";

// https://support.google.com/docs/answer/78413 (conditional formatting: custom formulas are relative to the
// top-left cell of the range) — https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)
describe("shiftFormula", () => {
  it("moves relative references and keeps absolute parts", () => {
    expect(shiftFormula("=A1+$B1+C$1+$D$1", 2, 1)).toBe("=B3+$B3+D$1+$D$1");
    expect(shiftFormula("=SUM(A1:B2)", 1, 0)).toBe("=SUM(A2:B3)");
    expect(shiftFormula("=COUNTA(A:A)+SUM(2:3)", 5, 2)).toBe("=COUNTA(C:C)+SUM(7:8)");
    expect(shiftFormula("=COUNTA($A2:A)", 1, 1)).toBe("=COUNTA($A3:B)");
    expect(shiftFormula("=Plan!A1+'Mål och år'!$B2", 1, 0)).toBe("=Plan!A2+'Mål och år'!$B3");
    expect(shiftFormula("=Z1", 0, 1)).toBe("=AA1");
  });

  it("leaves string literals, function names and named ranges alone", () => {
    expect(shiftFormula('=IF(A1="A1","B2 ""C3""",LOG10(A2))', 1, 1)).toBe(
      '=IF(B2="A1","B2 ""C3""",LOG10(B3))',
    );
    expect(shiftFormula("=PlanToday+ATAN2(A1,1)+Plan2024", 1, 0)).toBe("=PlanToday+ATAN2(A2,1)+Plan2024");
    // Q2024 is a cell (Sheets forbids names that look like cells), so it moves.
    expect(shiftFormula("=Q2024", 1, 0)).toBe("=Q2025");
    expect(shiftFormula("=A1*0.5+TRUE", 1, 0)).toBe("=A2*0.5+TRUE");
  });

  it("turns references pushed off the sheet into #REF!", () => {
    expect(shiftFormula("=A1+B2", -1, 0)).toBe("=#REF!+B1");
    expect(shiftFormula("=SUM(A1:B2)", 0, -1)).toBe("=SUM(#REF!)");
  });

  it("column letters round-trip", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => columnIndex(columnLetters(n)) === n));
  });

  const ref = fc.record({
    sheet: fc.constantFrom("", "Plan!", "'Mål 2025'!"),
    colAbs: fc.boolean(),
    col: fc.integer({ min: 1, max: 500 }),
    rowAbs: fc.boolean(),
    row: fc.integer({ min: 1, max: 5000 }),
  });
  type Ref = typeof ref extends fc.Arbitrary<infer T> ? T : never;
  const text = (r: Ref) =>
    `${r.sheet}${r.colAbs ? "$" : ""}${columnLetters(r.col)}${r.rowAbs ? "$" : ""}${r.row}`;
  const piece = fc.oneof(
    ref.map((r) => ({ text: text(r), refs: [r] })),
    fc.tuple(ref, ref).map(([a, b]) => ({ text: `${text(a)}:${text({ ...b, sheet: "" })}`, refs: [a, b] })),
    fc.constantFrom('"A1"', "SUM(", "LOG10(", ")", "+", "*2", ",", "PlanToday", '"x""B2"""').map((t) => ({
      text: t,
      refs: [] as Ref[],
    })),
  );

  it("shifting by (a, b) then (-a, -b) is the identity when no reference leaves the sheet", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -60, max: 60 }),
        (pieces, dRow, dCol) => {
          const refs = pieces.flatMap((p) => p.refs);
          fc.pre(refs.every((r) => (r.rowAbs || r.row + dRow >= 1) && (r.colAbs || r.col + dCol >= 1)));
          const formula = `=${pieces.map((p) => p.text).join(" ")}`;
          const there = shiftFormula(formula, dRow, dCol);
          expect(shiftFormula(there, -dRow, -dCol)).toBe(formula);
        },
      ),
      { numRuns: 500 },
    );
  });
});
