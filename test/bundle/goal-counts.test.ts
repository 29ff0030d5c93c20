// Issue 12's done-when: a volunteer's plan in June with its autumn campaigns not yet done shows them as planned,
// not done, on the Goals tab and in the sidebar; goals without a number get a status too.
import { describe, expect, it } from "vitest";
import { sheet, workbook } from "../support/workbook";

interface GoalItem {
  name: string;
  progress: number | null;
  statusCode: string;
  status: string;
  counts: { done: number; planned: number; target: number | null } | null;
}

/** A small plan on 15 June 2026: spring done, autumn campaigns planned, goals with and without numbers. */
function junePlan() {
  const wb = workbook({ locale: "sv_SE", now: "2026-06-15" });
  wb.ctx.setUpPlan();
  sheet(wb, "Aktiviteter")
    .getRange("A2:H5")
    .setValues([
      ["VT 2026", "Mars", "", "", "Medlemsmöte", "", "", true],
      ["HT 2026", "Sep", "", "", "Kampanj: dörrknackning", "", "", false],
      ["HT 2026", "Nov–dec", "", "", "Kampanj: julmarknad", "", "", false],
      ["VT 2026", "2 gånger per termin", "", "", "Ny i C", "", "", true],
    ]);
  const goals = sheet(wb, "Mål");
  goals.getRange("A2:G4").setValues([
    ["Minst två kampanjer", "aktiviteter", 0, 2, "", "2026", "2026"],
    ["Ny i C 2 gånger per termin", "aktiviteter", 0, 2, "", "VT 2026", "VT 2026"],
    ["Högre stöd i SCB:s mätning december 2026 än december 2025", "övrigt", "", "", 5.6, "", "2026"],
  ]);
  goals.getRange("A5").setValue("Sveriges största Centerdistrikt 2026");
  goals.getRange("L2:L3").setValues([["kampanj"], ["Ny i C"]]);
  // The comparison goal's "Jämför med" (P) and the status picked by hand for a goal without numbers (Q).
  goals.getRange("P4").setValue(5.1);
  goals.getRange("Q5:R5").setValues([["I fas", "Näst störst i dag"]]);
  wb.load().setUpPlan();
  return { wb, goals };
}

const row = (goals: GoogleAppsScript.Spreadsheet.Sheet, r: number) => {
  const [actual, progress, status, planned] = ["E", "I", "J", "O"].map((c) =>
    goals.getRange(`${c}${r}`).getValue(),
  );
  return { actual, planned, progress, status };
};

describe("a plan in June with its autumn campaigns not yet done", () => {
  it("shows them as planned, not done, on the Goals tab", () => {
    const { goals } = junePlan();
    // Before: the two planned campaigns counted as Utfall 2 of 2, "Klar", 100 %.
    expect(row(goals, 2)).toEqual({ actual: 0, planned: 2, progress: 0, status: "Efter" });
    // "2 gånger per termin", ticked: both occurrences are done (before: one row counted once, 50 %).
    expect(row(goals, 3)).toEqual({ actual: 2, planned: 2, progress: 1, status: "Klar" });
  });

  it("shows them as planned, not done, in the sidebar", () => {
    const { wb } = junePlan();
    const goals = (wb.load().getDashboard() as { goals: GoalItem[] }).goals;
    expect(goals[0]).toMatchObject({
      name: "Minst två kampanjer",
      progress: 0,
      statusCode: "behind",
      counts: { done: 0, planned: 2, target: 2 },
    });
    expect(goals[1]).toMatchObject({ progress: 1, statusCode: "done", counts: { done: 2, planned: 2 } });
  });

  it("gives every goal a status: a comparison goal from its two numbers, another from the dropdown", () => {
    const { wb, goals } = junePlan();
    expect(goals.getRange("J4:J5").getValues()).toEqual([["Klar"], ["I fas"]]);
    const items = (wb.load().getDashboard() as { goals: GoalItem[] }).goals;
    expect(items.slice(2).map((g) => [g.statusCode, g.status])).toEqual([
      ["done", "Klar"],
      ["onTrack", "I fas"],
    ]);
    goals.getRange("E4").setValue(4.9);
    expect(goals.getRange("J4").getValue()).toBe("Efter");
  });

  it("offers the four statuses as a dropdown in Egen status", () => {
    const { goals } = junePlan();
    const rule = goals.getRange("Q3").getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(["Ej påbörjad", "I fas", "Efter", "Klar"]);
  });
});

describe("a Goals tab from before Planerat, Jämför med, Egen status and Kommentar", () => {
  it("gets the new columns by header from set-up, after a column of the user's own, every typed cell kept", () => {
    const wb = workbook({ locale: "sv_SE", now: "2026-06-15" });
    wb.ctx.setUpPlan();
    const goals = sheet(wb, "Mål");
    // An older plan: the new columns' headers gone, and the user's own column where Planerat would go.
    goals.getRange("O1:T1").setValues([["Min anteckning", "", "", "", "", ""]]);
    goals.getRange("O2").setValue("ringa Anna");
    goals.getRange("A2:D2").setValues([["Fler aktiva", "övrigt", "", ""]]);
    wb.load().setUpPlan();
    const headers = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0];
    expect(headers.slice(14)).toEqual([
      "Min anteckning",
      "Jämför med",
      "Egen status",
      "Kommentar",
      "Per termin/år (klara/planerade)",
      "Alla perioder (hjälpkolumn)",
      // The seat goals' columns (issue 14) were not blanked, so they stay where they are.
      "Röster som behövs",
      "Andel som behövs",
      "Planerat",
    ]);
    expect(goals.getRange("O2").getValue()).toBe("ringa Anna");
    // The manual status is read from the column found by its header, wherever it stands.
    goals.getRange("Q2").setValue("Efter");
    expect(goals.getRange("J2").getValue()).toBe("Efter");
  });
});

describe('a "per termin" goal on the Goals tab', () => {
  /** "Ny i C 2 gånger per termin" over 2025–2026: both of 2025's terms done, VT 2026 one of two, HT 2026 planned. */
  function perTermPlan(now: string) {
    const wb = workbook({ locale: "sv_SE", now });
    wb.ctx.setUpPlan();
    sheet(wb, "Aktiviteter")
      .getRange("A2:H7")
      .setValues([
        ["VT 2025", "2 gånger per termin", "", "", "Ny i C", "", "", true],
        ["HT 2025", "Sep", "", "", "Ny i C", "", "", true],
        ["HT 2025", "Nov", "", "", "Ny i C", "", "", true],
        ["VT 2026", "Feb", "", "", "Ny i C", "", "", true],
        ["VT 2026", "Maj", "", "", "Ny i C", "", "", false],
        ["HT 2026", "2 gånger per termin", "", "", "Ny i C", "", "", false],
      ]);
    const goals = sheet(wb, "Mål");
    goals
      .getRange("A2:G2")
      .setValues([["Ny i C 2 gånger per termin", "aktiviteter", 0, 2, "", "2025", "2026"]]);
    goals.getRange("L2").setValue("Ny i C");
    wb.load().setUpPlan();
    return { wb, goals };
  }

  it("judges today's term, and shows it with the terms before it", () => {
    const { wb, goals } = perTermPlan("2026-03-20");
    // Before: every planned row of the whole plan counted as done, 8 of 2, "Klar".
    expect(row(goals, 2)).toEqual({ actual: 1, planned: 2, progress: 0.5, status: "I fas" });
    expect(goals.getRange("S2").getValue()).toBe("VT 2025: 2/2 · HT 2025: 2/2 · VT 2026: 1/2");
    const item = (wb.load().getDashboard() as { goals: (GoalItem & { counts: { period: string } })[] })
      .goals[0];
    expect(item).toMatchObject({
      progress: 0.5,
      statusCode: "onTrack",
      counts: { done: 1, planned: 2, target: 2, period: "VT 2026", earlier: "VT 2025: 2/2 · HT 2025: 2/2" },
    });
  });

  it("moves to the next term when today does, with nothing of it done yet", () => {
    const { goals } = perTermPlan("2026-10-01");
    expect(row(goals, 2)).toEqual({ actual: 0, planned: 2, progress: 0, status: "Efter" });
    expect(goals.getRange("S2").getValue()).toBe("VT 2025: 2/2 · HT 2025: 2/2 · VT 2026: 1/2 · HT 2026: 0/2");
  });
});
