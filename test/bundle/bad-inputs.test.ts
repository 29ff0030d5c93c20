// What each bad input gets, as the README's table says: every row of that table is shown here.
import { describe, expect, it } from "vitest";
import { sheet, type Workbook, workbook } from "../support/workbook";

/** A plan set up on 15 Oct 2025: period VT 2025–HT 2028, in Swedish. */
function planned(): Workbook {
  const wb = workbook({ now: "2025-10-15" });
  wb.ctx.setUpPlan();
  return wb;
}

function type(wb: Workbook, tab: string, a1: string, value: string) {
  return wb.emu.userEdit(wb.load(), tab, a1, value);
}

describe("the README's table of bad inputs", () => {
  it("text in a member count: refused as it is typed, with the rule's help", () => {
    const wb = planned();
    expect(type(wb, "Medlemmar", "D3", "många")).toEqual({
      accepted: false,
      message: "Ett helt antal, 0 eller mer.",
    });
  });

  it("10 % in the growth column: a tenth, so 117 members aim for 129", () => {
    const wb = planned();
    for (const [a1, value] of [
      ["A3", "Nord"],
      ["D3", "117"],
      ["E3", "10%"],
    ])
      expect(type(wb, "Medlemmar", a1, value).accepted).toBe(true);
    expect(sheet(wb, "Medlemmar").getRange("E3").getValue()).toBe(0.1);
    expect(sheet(wb, "Medlemmar").getRange("F3").getValue()).toBe(129);
  });

  it("a month outside its term: the dates it says, and a warning from Validate linked to När", () => {
    const wb = planned();
    for (const [a1, value] of [
      ["A2", "HT 2025"],
      ["E2", "Kurs"],
      ["B2", "1 mars 2026"],
    ])
      type(wb, "Aktiviteter", a1, value);
    const activities = sheet(wb, "Aktiviteter");
    expect(activities.getRange("C2:D2").getDisplayValues()[0]).toEqual(["2026-03-01", "2026-03-01"]);
    expect(wb.load().getPlanProblems()).toEqual([
      {
        message:
          "Aktiviteter, rad 2: ”1 mars 2026” ligger utanför terminen raden står under. Kontrollera året eller flytta raden till rätt termin.",
        severity: "warning",
        link: { tab: "activities", row: 2, column: 2 },
      },
    ]);
  });

  it("a term outside the period: refused by the Term dropdown as typed; imported, it is kept with a warning", () => {
    const wb = planned();
    expect(type(wb, "Aktiviteter", "A2", "HT 2030")).toEqual({
      accepted: false,
      message: "Välj en termin i listan, t.ex. VT 2025.",
    });
    const result = wb.emu.runFromSidebar(wb.load(), "importActivityTable", ["HT 2030\nOkt\tKurs\tAlla\t\t"]);
    expect(result).toMatchObject({ ok: true, value: { imported: 1 } });
    const problems = (result as { value: { problems: { message: string }[] } }).value.problems;
    // Set up on 2025-10-15, the plan runs from that term through the term of the 2026 general election (issue 14).
    expect(problems.map((p) => p.message).join("\n")).toMatch(
      /HT 2030 ligger utanför planperioden HT 2025–HT 2026/,
    );
  });

  it("a deleted header: Set up plan writes it back; with none left, adding says so and writes nothing", () => {
    const wb = planned();
    const activities = sheet(wb, "Aktiviteter");
    activities.getRange("E1").setValue("");
    const result = wb.load().setUpPlan() as { done: string[] };
    expect(activities.getRange("E1").getValue()).toBe("Vad");
    expect(result.done).toContain("Aktiviteter: återställde 1 rubriker.");
    activities.getRange(1, 1, 1, activities.getMaxColumns()).setValue("");
    const added = wb.emu.runFromSidebar(wb.load(), "addActivity", [
      { term: "HT 2025", when: "nov", what: "Möte", targetGroup: "", owner: "" },
    ]);
    expect(added).toEqual({
      ok: false,
      error:
        "Fliken Aktiviteter har inga rubriker kvar, så inget skrevs. Välj ”Skapa eller reparera planen” i menyn.",
    });
    expect(activities.getLastRow()).toBe(0);
  });

  it("a renamed tab: found by its mark, so adding writes into it under its new name", () => {
    const wb = planned();
    sheet(wb, "Aktiviteter").setName("Att göra");
    const added = wb.emu.runFromSidebar(wb.load(), "addActivity", [
      { term: "HT 2025", when: "nov", what: "Möte", targetGroup: "", owner: "" },
    ]);
    expect(added).toMatchObject({ ok: true, value: { row: 2 } });
    expect(sheet(wb, "Att göra").getRange("E2").getValue()).toBe("Möte");
  });

  it("a formula-looking name: added from the sidebar, it is stored as the text it is", () => {
    const wb = planned();
    wb.emu.runFromSidebar(wb.load(), "addActivity", [
      { term: "HT 2025", when: "nov", what: "=Räknar", targetGroup: "+46 70", owner: "" },
    ]);
    const row = sheet(wb, "Aktiviteter").getRange("E2:F2");
    expect(row.getFormulas()[0]).toEqual(["", ""]);
    expect(row.getValues()[0]).toEqual(["=Räknar", "+46 70"]);
  });

  it("a hostile pattern: matched literally with * as a wildcard, so it counts at once and shows no error", () => {
    const wb = planned();
    type(wb, "Aktiviteter", "A2", "HT 2025");
    type(wb, "Aktiviteter", "E2", "a".repeat(60));
    for (const [a1, value] of [
      ["A2", "Mål"],
      ["D2", "1"],
      ["G2", "2025"],
      ["L2", "a*a*a*a*a*a*a*a*a*b"],
      ["B2", "aktiviteter"],
    ])
      type(wb, "Mål", a1, value);
    const goals = sheet(wb, "Mål");
    expect(goals.getRange("E2").getFormula()).toMatch(/^=ACTIVITY_COUNT\(/);
    expect(goals.getRange("E2").getValue()).toBe(0);
    expect(wb.emu.cellError("Mål", "E2")).toBeNull();
  });
});
