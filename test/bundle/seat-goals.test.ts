// A seat goal's row shows the votes and share still needed, from the Election results tab (issue 14, point 4).
import { describe, expect, it } from "vitest";
import { put, sheet, type Workbook, workbook } from "../support/workbook";

const GOAL = "Minst 5 mandat i kommunvalet 2026 i Exempelkommun";

/** The Goals tab's cells under a header, by goal name. */
function goalCell(wb: Workbook, goal: string, header: string, tab = "Mål") {
  const goals = sheet(wb, tab);
  const values = goals.getDataRange().getDisplayValues();
  const row = values.findIndex((r) => r[0] === goal) + 1;
  const column = values[0].indexOf(header) + 1;
  expect(row, goal).toBeGreaterThan(1);
  expect(column, header).toBeGreaterThan(0);
  return goals.getRange(row, column);
}

describe("the example plan's seat goal", () => {
  const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
  wb.ctx.insertExamplePlan();
  const results = sheet(wb, "Valresultat");

  it("has its last election on the Election results tab, with the source named", () => {
    const rows = results.getDataRange().getValues();
    expect(rows[0]).toEqual(["Mål", "Parti", "Röster", "Vårt parti", "Mandat att fördela", "Spärr", "Källa"]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toContainEqual(["C", 2650, true]);
    expect(rows[1].slice(4, 6)).toEqual([41, 0.02]);
    expect(rows[1][6]).toMatch(/^Påhittade siffror: Exempelkommun finns inte\. .*Valmyndigheten/);
    expect(String(results.getRange("D2").getDataValidation()?.getCriteriaType())).toBe("CHECKBOX");
  });

  it("shows on the goal's row the votes still needed and the share then (worked example 3, seat-goals.test.ts)", () => {
    // C's fifth of 41 seats: 3361 / 9 must beat L's 1120 / 3, so 711 more votes; 3361 of 30 578 is 10.99 %.
    expect(goalCell(wb, GOAL, "Röster som behövs").getValue()).toBe(711);
    expect(goalCell(wb, GOAL, "Andel som behövs").getValue()).toBeCloseTo(3361 / 30_578, 12);
    expect(goalCell(wb, GOAL, "Andel som behövs").getDisplayValue()).toBe("11,0%");
    // A goal with no result rows shows nothing.
    expect(goalCell(wb, "Minst 106 mandat i kommunvalet 2026", "Röster som behövs").getDisplayValue()).toBe(
      "",
    );
  });

  it("follows the result as it is corrected, as Sheets recalculates", () => {
    const rows = results.getDataRange().getValues();
    const c = rows.findIndex((r) => r[1] === "C") + 1;
    // 3361 votes: C already has the fifth seat.
    results.getRange(c, 3).setValue(3361);
    expect(goalCell(wb, GOAL, "Röster som behövs").getValue()).toBe(0);
    results.getRange(c, 4).setValue(false);
    expect(goalCell(wb, GOAL, "Röster som behövs").getValue()).toBe(
      "Kryssa i Vårt parti på en av målets rader i valresultatet.",
    );
    results.getRange(c, 3, 1, 2).setValues([[2650, true]]);
    expect(goalCell(wb, GOAL, "Röster som behövs").getValue()).toBe(711);
  });
});

describe("in an English spreadsheet", () => {
  it("the formula reads the quoted Election results tab and the row shows the same 711 votes", () => {
    const wb = workbook({ locale: "en_US", now: "2025-10-15" });
    wb.ctx.insertExamplePlan();
    const votes = goalCell(wb, GOAL, "Votes needed", "Goals");
    expect(votes.getValue()).toBe(711);
    expect(goalCell(wb, GOAL, "Share needed", "Goals").getDisplayValue()).toBe("11.0%");
    const anchor = sheet(wb, "Goals").getRange(2, votes.getColumn()).getFormula();
    expect(anchor).toBe(
      "=SEAT_GOAL_NEEDS(A2:A, B2:B, D2:D, 'Election results'!$A$2:$A, 'Election results'!$C$2:$C, " +
        "'Election results'!$D$2:$D, 'Election results'!$E$2:$E, 'Election results'!$F$2:$F)",
    );
  });
});

describe("set-up and the Election results tab", () => {
  it("repairs the table's headers and formats without touching typed cells, and points the formula at it", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.setUpPlan();
    // A volunteer's own table: the Vårt parti header deleted, a typed note in Källa, a seat goal on Goals.
    put(wb, "Valresultat", [
      ["Mål", "Parti", "Röster", "", "Mandat att fördela", "Spärr", "Källa"],
      ["Två mandat", "A", 300, true, 2, "", "Egen räkning"],
      ["Två mandat", "B", 120, "", "", "", ""],
    ]);
    put(wb, "Mål", [["Två mandat", "Mandat", 1, 2]], 2);
    const typed = sheet(wb, "Valresultat").getRange("A2:G3").getValues();
    const result = wb.load().setUpPlan() as { done: string[]; problems: string[] };
    const tab = sheet(wb, "Valresultat");
    expect(tab.getRange("D1").getValue()).toBe("Vårt parti");
    expect(tab.getRange("A2:G3").getValues()).toEqual(typed);
    expect(tab.getFrozenRows()).toBe(1);
    expect(result.problems).toEqual([]);
    // A 300, B 120, 2 seats (seats.test.ts): A's 250 wins seat 1, then A's 300 / 3 and B's 120 / 1.2 tie at 100
    // and the lot decides seat 2. For both seats for certain A (ours) needs 1 more vote: 301 of 421.
    expect(goalCell(wb, "Två mandat", "Röster som behövs").getValue()).toBe(1);
    expect(goalCell(wb, "Två mandat", "Andel som behövs").getValue()).toBeCloseTo(301 / 421, 12);
  });

  it("Validate plan warns of a result row whose goal is not on the Goals tab, linked to it", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.insertExamplePlan();
    expect(wb.load().getPlanProblems()).toEqual([]);
    const results = sheet(wb, "Valresultat");
    const row = results.getLastRow() + 1;
    results
      .getRange(row, 1, 1, 3)
      .setValues([["Minst 5 mandat i kommunvalet 2026 i Exempelkomun", "S", 9412]]);
    expect(wb.load().getPlanProblems()).toEqual([
      {
        message: `Valresultat, rad ${row}: målet ”Minst 5 mandat i kommunvalet 2026 i Exempelkomun” finns inte på fliken Mål, så raden räknas inte.`,
        severity: "warning",
        link: { tab: "results", row, column: 1 },
      },
    ]);
  });

  it("leaves a Votes needed column a user typed into alone, and says so", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.setUpPlan();
    put(wb, "Mål", [["Två mandat", "Mandat", 1, 2]], 2);
    const cell = goalCell(wb, "Två mandat", "Röster som behövs");
    cell.setValue("ca 500");
    const result = wb.load().setUpPlan() as { problems: string[] };
    expect(cell.getValue()).toBe("ca 500");
    expect(cell.getFormula()).toBe("");
    // Votes needed is the Goals tab's 15th column, O (after the two hidden date helpers).
    expect(result.problems).toContain("Mål: kolumnen O har inskrivna värden, så inga formler lades in där.");
  });
});
