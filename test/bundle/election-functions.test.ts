// ELECTION_DAY, SEATS, VOTES_FOR_SEATS and SHARE_FOR_SEATS typed into cells, over single cells and ranges, via the bundle.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isoOfDate } from "../support/entry-calls";
import { workbook } from "../support/workbook";

function grid(rows: unknown[][], locale = "en_US") {
  const wb = workbook({ locale });
  const sheet = wb.ss.getSheets()[0];
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  const at = (a1: string, formula: string) => {
    sheet.getRange(a1).setFormula(formula);
    return sheet.getRange(a1);
  };
  const error = (a1: string) => wb.emu.cellError(sheet.getName(), a1) ?? "";
  return { wb, sheet, at, error };
}

const isoOf = (v: unknown) => isoOfDate(v);

/** Worked example 1 of test/unit/seats.test.ts: A 5000, B 3000, C 1610, D 390 votes in B2:B5. */
const PARTIES = [
  ["Parti", "Röster"],
  ["A", 5000],
  ["B", 3000],
  ["C", 1610],
  ["D", 390],
];

describe("election functions in cells", () => {
  it("ELECTION_DAY over a cell and a column of years, as dates", () => {
    const { sheet, at } = grid([
      [2026, "kyrkoval"],
      [2022, ""],
      [2030, ""],
    ]);
    expect(isoOf(at("C1", "=ELECTION_DAY(A1)").getValue())).toBe("2026-09-13");
    expect(isoOf(at("D1", '=ELECTION_DAY(2024, "EU")').getValue())).toBe("2024-06-09");
    at("E1", "=ELECTION_DAY(A1:A3)");
    expect(
      sheet
        .getRange("E1:E3")
        .getValues()
        .map((r) => isoOf(r[0])),
    ).toEqual(["2026-09-13", "2022-09-11", "2030-09-08"]);
    expect(at("F1", "=ELECTION_DAY(A1, B1)").getDisplayValue()).toBe("#ERROR!");
  });

  it("SEATS spills a column of seats next to the votes, with a 4 % threshold", () => {
    const { sheet, at } = grid(PARTIES);
    at("C2", "=SEATS(B2:B5, 16)");
    expect(sheet.getRange("C2:C5").getValues()).toEqual([[8], [5], [2], [1]]);
    at("D2", "=SEATS(B2:B5, 16, 4%)");
    expect(sheet.getRange("D2:D5").getValues()).toEqual([[8], [5], [3], [0]]);
  });

  it("SEATS flags a tie for the last seat where the user cannot miss it", () => {
    const { sheet, at } = grid(PARTIES);
    at("C2", "=SEATS(B2:B5, 14)");
    expect(sheet.getRange("C2:C5").getValues()).toEqual([["7–8 (by lot)"], ["4–5 (by lot)"], [2], [0]]);
  });

  it("SEATS follows the votes when they change, as Sheets recalculates", () => {
    const { sheet, at } = grid(PARTIES);
    at("C2", "=SEATS(B2:B5, 16, 4%)");
    sheet.getRange("B5").setValue(401);
    expect(sheet.getRange("C2:C5").getValues()).toEqual([[8], [5], [2], [1]]);
  });

  it("VOTES_FOR_SEATS and SHARE_FOR_SEATS for one party and for a column of parties", () => {
    const { sheet, at } = grid([...PARTIES.map((r, i) => [...r, i === 0 ? "Mål" : [0, 8, 5, 3, 2][i]])]);
    expect(at("D2", "=VOTES_FOR_SEATS(B2:B5, 4, 1, 16, 4%)").getValue()).toBe(11);
    expect(at("E2", "=SHARE_FOR_SEATS(B2:B5, 4, 1, 16, 4%)").getValue()).toBeCloseTo(401 / 10_011, 10);
    // One row per party: the goal in C, the party's place 1–4 in F. With no threshold C has 2 seats; for a
    // 3rd its 3rd number v / 5 must beat D's 325, the others' 14th: v ≥ 1626, 16 more. D: 611 (seats.test.ts).
    sheet.getRange("F2:F5").setValues([[1], [2], [3], [4]]);
    at("G2", "=VOTES_FOR_SEATS(B2:B5, F2:F5, C2:C5, 16)");
    expect(sheet.getRange("G2:G5").getValues()).toEqual([[0], [0], [16], [611]]);
  });

  it("shows a clear message, not a TypeError, for bad input", () => {
    const { at, error } = grid(PARTIES);
    at("D1", "=SEATS(A2:B5, 16)");
    at("D2", "=SEATS(B2:B5, 16, 150%)");
    at("D3", "=VOTES_FOR_SEATS(B2:B5, 9, 1, 16)");
    at("D4", "=ELECTION_DAY(2027)");
    for (const cell of ["D1", "D2", "D3", "D4"]) {
      expect(error(cell)).toMatch(/^(SEATS|VOTES_FOR_SEATS|ELECTION_DAY): /);
      expect(error(cell)).not.toMatch(/TypeError|undefined|null|NaN/);
    }
    expect(error("D1")).toContain("=SEATS(B2:B9, 101)");
  });

  it("speaks Swedish in a Swedish spreadsheet, with the form that works there", () => {
    const { at, error, sheet } = grid(PARTIES, "sv_SE");
    at("D1", "=SEATS(A2:B5, 16)");
    expect(error("D1")).toBe(
      "SEATS: votes ska vara en kolumn (eller en rad) med ett parti per cell, t.ex. =SEATS(B2:B9; 101).",
    );
    at("C2", "=SEATS(B2:B5, 14)");
    expect(sheet.getRange("C2").getValue()).toBe("7–8 (lott)");
    at("E1", "=ELECTION_DAY(2027)");
    expect(error("E1")).toBe(
      "ELECTION_DAY: Valkalendern har inget ”Val till riksdag, region och kommun” år 2027. Närmaste år med det valet: 2026, 2030.",
    );
  });

  it("ELECTION_DAY over a column of years and a column of kinds, one date a row", () => {
    const { sheet, at } = grid([
      [2024, "EU"],
      [2025, "kyrkoval"],
      [2026, "kommun"],
      ["", ""],
    ]);
    at("C1", "=ELECTION_DAY(A1:A4, B1:B4)");
    expect(
      sheet
        .getRange("C1:C4")
        .getValues()
        .map((r) => (r[0] === "" ? "" : isoOf(r[0]))),
    ).toEqual(["2024-06-09", "2025-09-21", "2026-09-13", ""]);
  });

  it("SHARE_FOR_SEATS over a column of parties and goals, one share a row", () => {
    const { sheet, at } = grid(PARTIES);
    // Worked example 2 of test/unit/seats.test.ts: with 4 %, D needs 401 of 10 011 votes for one seat; C already
    // has 3 seats, so its share stays 1610 of 10 000.
    sheet.getRange("F2:G3").setValues([
      [4, 1],
      [3, 3],
    ]);
    at("H2", "=SHARE_FOR_SEATS(B2:B5, F2:F3, G2:G3, 16, 4%)");
    const [[d], [c]] = sheet.getRange("H2:H3").getValues() as number[][];
    expect(d).toBeCloseTo(401 / 10_011, 10);
    expect(c).toBeCloseTo(1610 / 10_000, 10);
  });
});

describe("the bundle", () => {
  // Apps Script's editor has been reported to reject BigInt literals such as 10n; the seat math uses BigInt().
  it("holds no BigInt literal", () => {
    const code = readFileSync(new URL("../../build/Code.js", import.meta.url), "utf8");
    const scanner = ts.createScanner(ts.ScriptTarget.ES2020, false, ts.LanguageVariant.Standard, code);
    const literals: string[] = [];
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
      if (token === ts.SyntaxKind.BigIntLiteral) literals.push(scanner.getTokenText());
    }
    expect(literals).toEqual([]);
    expect(code).toContain("BigInt(");
  });
});
