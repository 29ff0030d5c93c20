// The Goals tab's formulas: balanced, open-ended, and the live ones native (no custom function ever gets today).
import { describe, expect, it } from "vitest";
import { specColumns } from "../../src/core/layout/columns";
import { goalFormulas, isOurGoalFormula, seatGoalFormula } from "../../src/core/layout/goals-layout";
import { GOALS_TAB } from "../../src/core/layout/tabs";

const place = { columns: specColumns(GOALS_TAB).column, firstDataRow: 2 };
const refs = {
  today: "PlanToday",
  planStart: "'Inställningar'!$B$3",
  words: { notStarted: "Ej påbörjad", onTrack: "I fas", behind: "Efter", done: "Klar" },
};

/** Parentheses outside strings balance, and never go below zero. */
function balanced(formula: string): boolean {
  let depth = 0;
  for (const part of formula.split('"').filter((_, i) => i % 2 === 0)) {
    for (const c of part) {
      if (c === "(") depth++;
      if (c === ")" && --depth < 0) return false;
    }
  }
  return depth === 0;
}

describe("goalFormulas", () => {
  const formulas = goalFormulas(place, refs);

  it("writes balanced formulas over open-ended columns", () => {
    for (const formula of Object.values(formulas)) {
      expect(balanced(formula), formula).toBe(true);
      expect(formula).toMatch(/[A-Z]2:[A-Z][,)]/);
    }
  });

  it("reads today only in native formulas, never as a custom function's argument", () => {
    expect(formulas.progress).not.toContain("PlanToday");
    expect(formulas.startDate).not.toContain("PlanToday");
    expect(formulas.expected).toMatch(/^=ARRAYFORMULA\(/);
    expect(formulas.status).toMatch(/^=ARRAYFORMULA\(/);
    expect(formulas.status).toContain("PlanToday");
    for (const formula of [formulas.expected, formulas.status])
      expect(formula).not.toMatch(/[A-Z]+_[A-Z]+\(/);
  });

  it("says the statuses in the sheet's words", () => {
    expect(formulas.status).toContain('"Ej påbörjad"');
    expect(formulas.status).toContain('"I fas"');
  });
});

describe("seatGoalFormula", () => {
  const results = {
    sheet: "'Election results'",
    firstDataRow: 2,
    goal: 1,
    votes: 3,
    ours: 4,
    seats: 5,
    threshold: 6,
  };

  it("reads the goal names and targets down the Goals tab and the results' columns, all open-ended", () => {
    const formula = seatGoalFormula(place, results);
    expect(formula).toBe(
      "=SEAT_GOAL_NEEDS(A2:A, B2:B, D2:D, 'Election results'!$A$2:$A, 'Election results'!$C$2:$C, " +
        "'Election results'!$D$2:$D, 'Election results'!$E$2:$E, 'Election results'!$F$2:$F)",
    );
    expect(balanced(formula)).toBe(true);
    // Set-up recognises it as its own, so it may rewrite it when the tabs move.
    expect(isOurGoalFormula(formula)).toBe(true);
    expect(isOurGoalFormula("=SEATS(B2:B9, 41)")).toBe(false);
  });
});
