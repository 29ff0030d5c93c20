// One plan model: every tab renamed, reordered and the locale switched, and every command, sidebar call and formula
// still works on the same data — the tabs are found by the add-on's mark, never by their names.
import { describe, expect, it } from "vitest";
import { type Workbook, workbook } from "../support/workbook";

const NEW_NAMES: Readonly<Record<string, string>> = {
  Mål: "Våra mål 2025",
  Aktiviteter: "Att göra",
  Medlemmar: "Folk",
  Inställningar: "Konfig",
  Tidslinje: "Gantt",
};

interface Dashboard {
  goals: { name: string; link: { tab: string; row: number } }[];
  membership: { constituency: string; target: number }[];
  dueThisMonth: unknown[];
  overdue: { what: string }[];
}

/** The example plan with its timeline, then every tab renamed and moved, and the file made English. */
function renamedPlan(): {
  wb: Workbook;
  before: { dashboard: Dashboard; total: unknown; activities: number };
} {
  const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
  wb.ctx.insertExamplePlan();
  wb.ctx.generateTermTimeline();
  const before = {
    dashboard: wb.load().getDashboard() as Dashboard,
    total: wb.ss.getSheetByName("Medlemmar")!.getRange("F2").getValue(),
    activities: wb.ss.getSheetByName("Aktiviteter")!.getLastRow(),
  };
  for (const [from, to] of Object.entries(NEW_NAMES)) wb.ss.getSheetByName(from)!.setName(to);
  // Reverse the tabs' order, as a user dragging them around would.
  for (const name of Object.values(NEW_NAMES)) {
    wb.ss.setActiveSheet(wb.ss.getSheetByName(name)!);
    wb.ss.moveActiveSheet(1);
  }
  wb.ss.setSpreadsheetLocale("en_US");
  return { wb, before };
}

describe("a plan whose tabs are renamed, reordered and whose locale changed", () => {
  it("still sets up without creating any tab, and keeps every name the user gave", () => {
    const { wb } = renamedPlan();
    const names = wb.ss.getSheets().map((s) => s.getName());
    const result = wb.load().setUpPlan() as { done: string[]; problems: string[] };
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual(names);
    expect(result.done.filter((line) => /Created|Skapade/.test(line))).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("generates the timeline into the renamed timeline tab, with every activity", () => {
    const { wb, before } = renamedPlan();
    const result = wb.load().generateTermTimeline() as { activities: number };
    expect(result.activities).toBe(before.activities - 1);
    expect(wb.ss.getSheetByName("Tidslinje")).toBeNull();
    expect(wb.ss.getSheetByName("Timeline")).toBeNull();
    expect(wb.ss.getSheetByName("Gantt")!.getRange("A2").getValue()).toMatch(/from the Att göra tab/);
  });

  it("validates clean, and the dashboard shows the same plan, now in English", () => {
    const { wb, before } = renamedPlan();
    expect(wb.load().getPlanProblems()).toEqual([]);
    const after = wb.load().getDashboard() as Dashboard & { texts: Record<string, string> };
    expect(after.goals.map((g) => g.name)).toEqual(before.dashboard.goals.map((g) => g.name));
    expect(after.membership).toEqual(before.dashboard.membership);
    expect(after.overdue).toEqual(before.dashboard.overdue);
    expect(after.texts.sidebarTabOverview).toBe("Overview");
  });

  it("adds, imports and links on the renamed tabs", () => {
    const { wb, before } = renamedPlan();
    const added = wb
      .load()
      .addActivity({ term: "HT 2025", when: "Nov", what: "Nytt möte", targetGroup: "", owner: "" }) as {
      row: number;
    };
    expect(added.row).toBe(before.activities + 1);
    expect(wb.ss.getSheetByName("Att göra")!.getRange(added.row, 5).getValue()).toBe("Nytt möte");
    const imported = wb.load().importActivityTable("HT 2025\nDec\tJulfest\tAlla\tDS\t") as {
      imported: number;
    };
    expect(imported.imported).toBe(1);
    wb.load().selectCell({ tab: "goals", row: 3, column: 1 });
    expect(wb.ss.getActiveRange()?.getSheet().getName()).toBe("Våra mål 2025");
  });

  it("keeps every formula computing: membership total, goal progress, activity counts", () => {
    const { wb, before } = renamedPlan();
    wb.load().setUpPlan();
    const folk = wb.ss.getSheetByName("Folk")!;
    expect(folk.getRange("F2").getValue()).toBe(before.total);
    const goals = wb.ss.getSheetByName("Våra mål 2025")!;
    const counts = goals
      .getRange("E2:E9")
      .getFormulas()
      .flat()
      .filter((f) => f.startsWith("=ACTIVITY_COUNT("));
    expect(counts.length).toBeGreaterThan(0);
    for (const formula of counts) expect(formula).toContain("'Att göra'!");
    const values = goals.getRange("I2:I9").getValues().flat();
    expect(values.every((v) => typeof v === "number" || v === "")).toBe(true);
  });

  it("refuses to put the example over the renamed plan, naming the tabs as they are called now", () => {
    const { wb } = renamedPlan();
    wb.load().insertExamplePlan();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toMatch(/Våra mål 2025, Att göra, Folk/);
  });
});
