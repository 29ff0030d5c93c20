// onEdit in the emulator: Start and End follow Term and När as volunteers type, with a note when När can't be read.
import { describe, expect, it } from "vitest";
import { paste, sheet, workbook } from "../support/workbook";

/**
 * A plan set up on 2026-01-15 (default period VT 2026 – HT 2026, up to that autumn's election), its last term then
 * typed as HT 2030 on Settings, so the Term dropdown offers every term these edits type. Pinned: the default
 * period follows the day a plan is set up.
 */
function planned() {
  const wb = workbook({ locale: "sv_SE", now: "2026-01-15" });
  wb.ctx.setUpPlan();
  expect(wb.emu.userEdit(wb.ctx, "Inställningar", "B4", "HT 2030").accepted).toBe(true);
  return wb;
}

const iso = (value: unknown) => {
  if (Object.prototype.toString.call(value) !== "[object Date]") return value;
  const d = value as Date;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

describe("editing an activity's När", () => {
  it("fills Start and End from När under the row's term", () => {
    const wb = planned();
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "VT 2026");
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "Ca. feb");
    const row = sheet(wb, "Aktiviteter").getRange("C2:D2").getValues()[0].map(iso);
    expect(row).toEqual(["2026-02-01", "2026-02-28"]);
  });

  it("updates them when När changes, and when the term changes", () => {
    const wb = planned();
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "HT 2026");
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "1 okt");
    const dates = () => sheet(wb, "Aktiviteter").getRange("C2:D2").getValues()[0].map(iso);
    expect(dates()).toEqual(["2026-10-01", "2026-10-01"]);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "sep–nov");
    expect(dates()).toEqual(["2026-09-01", "2026-11-30"]);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "HT 2027");
    expect(dates()).toEqual(["2027-09-01", "2027-11-30"]);
  });

  it("leaves Start and End empty with a clear note when När can't be read, and clears the note once it can", () => {
    const wb = planned();
    const activities = sheet(wb, "Aktiviteter");
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "VT 2026");
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "när andan faller på");
    expect(activities.getRange("C2:D2").getValues()[0]).toEqual(["", ""]);
    expect(activities.getRange("B2").getNote()).toMatch(/^Kunde inte läsa När/);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "v. 12");
    expect(activities.getRange("C2:D2").getValues()[0].map(iso)).toEqual(["2026-03-16", "2026-03-22"]);
    expect(activities.getRange("B2").getNote()).toBe("");
  });

  it("handles a pasted block of rows with one read and one write per column pair", () => {
    const wb = planned();
    const activities = sheet(wb, "Aktiviteter");
    activities.getRange("A2:B4").setValues([
      ["VT 2026", "jan"],
      ["VT 2026", "mars"],
      ["HT 2026", "dec"],
    ]);
    const ctx = wb.load();
    // The event's range is a service object, as Sheets hands it to onEdit, so the handler's calls on it count.
    const app = ctx.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const source = app.getActiveSpreadsheet();
    const range = source.getSheetByName("Aktiviteter")!.getRange("A2:B4");
    wb.emu.calls.reset();
    ctx.onEdit({ range, source, authMode: "LIMITED" });
    expect(
      activities
        .getRange("C2:C4")
        .getValues()
        .map((r) => iso(r[0])),
    ).toEqual(["2026-01-01", "2026-03-01", "2026-12-01"]);
    // One read of the tab (and one of När's notes), one write of the Start and End block; no note changed.
    expect(wb.emu.calls.count("Range.getValues")).toBe(1);
    expect(wb.emu.calls.count("Range.getNotes")).toBe(1);
    expect(wb.emu.calls.count("Range.setValues")).toBe(1);
    expect(wb.emu.calls.count("Range.setNotes")).toBe(0);
  });

  it("reads a När under no term (a recurring meeting) over the plan period in Settings, with no note", () => {
    const wb = planned();
    sheet(wb, "Inställningar")
      .getRange("B3:B4")
      .setValues([["VT 2025"], ["HT 2026"]]);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "den första måndagen varje månad utom juli");
    const activities = sheet(wb, "Aktiviteter");
    expect(activities.getRange("C2:D2").getValues()[0].map(iso)).toEqual(["2025-01-01", "2026-12-31"]);
    expect(activities.getRange("B2").getNote()).toBe("");
    // A month without a year still needs a term: it is no recurrence.
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B3", "mars");
    expect(activities.getRange("B3").getNote()).toMatch(/^Kunde inte läsa När: ”mars” säger inte vilket år/);
  });

  it("ignores edits elsewhere, such as the header row or another tab", () => {
    const wb = planned();
    wb.emu.calls.reset();
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "E2", "Ledarkonferens");
    expect(wb.emu.calls.count("Range.setValues")).toBe(0);
  });
});

describe("editing the plan period in Settings", () => {
  it("makes the Activities tab's Term dropdown offer the new period's terms at once, and refuse those outside it", () => {
    const wb = planned();
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "VT 2019").accepted).toBe(false);
    expect(wb.emu.userEdit(wb.ctx, "Inställningar", "B3", "VT 2019").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Inställningar", "B4", "HT 2020").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "A2", "VT 2019").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "A3", "HT 2020").accepted).toBe(true);
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", "A4", "VT 2021").accepted).toBe(false);
  });

  it("leaves the dropdown alone for an edit of another Settings row", () => {
    const wb = planned();
    wb.emu.calls.reset();
    wb.emu.userEdit(wb.ctx, "Inställningar", "B2", "Centerpartiet i Exempellän");
    expect(wb.emu.calls.count("Range.setDataValidation")).toBe(0);
  });
});

describe("goals of kind activities", () => {
  it("count what was done in Utfall and what is planned in Planerat, the deadline term no filter", () => {
    const wb = planned();
    const activities = sheet(wb, "Aktiviteter");
    activities.getRange("A2:E6").setValues([
      ["HT 2026", "Ca. sep", "", "", "Ny i C"],
      ["HT 2026", "Ca. dec", "", "", "ny i c – höst"],
      ["VT 2026", "Ca. feb", "", "", "Ny i C"],
      ["HT 2026", "okt", "", "", "Kretsordförandeträff"],
      ["HT 2026", "nov", "", "", "Medlemsaktivitet: pubkväll"],
    ]);
    const goals = sheet(wb, "Mål");
    goals.getRange("A2:G2").setValues([["Minst två Ny i C", "", 0, 2, "", "", "HT 2026"]]);
    goals.getRange("A3:G3").setValues([["Minst 10 medlemsaktiviteter", "", 0, 10, "", "", "2026"]]);
    goals.getRange("L2:L3").setValues([["Ny i C"], ["medlemsaktivitet"]]);
    wb.emu.userEdit(wb.ctx, "Mål", "B2", "aktiviteter");
    wb.emu.userEdit(wb.ctx, "Mål", "B3", "aktiviteter");
    // Utfall (E) counts ticked activities, Planerat (O, added after the first columns) every planned one.
    expect(goals.getRange("O1").getValue()).toBe("Planerat");
    expect(goals.getRange("E2").getFormula()).toMatch(/^=ACTIVITY_COUNT\(.*, TRUE\)$/);
    expect(goals.getRange("O2").getFormula()).toMatch(/^=ACTIVITY_COUNT\(.*, FALSE\)$/);
    // Before: Klart senast "HT 2026" filtered the count to that term (2), and every planned row counted as done.
    expect([goals.getRange("E2").getValue(), goals.getRange("O2").getValue()]).toEqual([0, 3]);
    expect([goals.getRange("E3").getValue(), goals.getRange("O3").getValue()]).toEqual([0, 1]);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "H4", true);
    expect([goals.getRange("E2").getValue(), goals.getRange("O2").getValue()]).toEqual([1, 3]);
    activities.getRange("A7:E7").setValues([["HT 2026", "nov", "", "", "Ny i C extra"]]);
    expect(goals.getRange("O2").getValue()).toBe(4);
  });
});

describe("checks on edit of Membership", () => {
  it("reads 10 typed in Tillväxt % as 10 %, with a note in the cell saying so, and drops the note when fixed", () => {
    const wb = planned();
    const growth = sheet(wb, "Medlemmar").getRange("E3");
    const toasts = wb.emu.ui.toasts.length;
    // Before: 10 stood as 1000 % growth, with only a toast about it.
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "10").accepted).toBe(true);
    expect(growth.getValue()).toBe(0.1);
    expect(growth.getNote()).toBe(
      "Läst som 10 %: du skrev 10, och ett tal över 1 och högst 100 i Tillväxt % läses som procent.",
    );
    expect(wb.emu.ui.toasts.length).toBe(toasts);
    wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "12,5");
    expect(growth.getValue()).toBe(0.125);
    expect(growth.getNote()).toMatch(/^Läst som 12,5 %/);
    wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "5%");
    expect([growth.getValue(), growth.getNote()]).toEqual([0.05, ""]);
  });

  it("keeps a growth over 100 a clear error: refused when typed, noted and told when pasted", () => {
    const wb = planned();
    const result = wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "150");
    expect(result.accepted).toBe(false);
    paste(wb, "Medlemmar", "E4", [[150]]);
    const cell = sheet(wb, "Medlemmar").getRange("E4");
    expect(cell.getValue()).toBe(150);
    expect(cell.getNote()).toBe("Tillväxten 15000 % ligger utanför −100 % till 1000 %.");
    expect(wb.emu.ui.toasts.at(-1)?.message).toBe(cell.getNote());
  });

  it("never rewrites a note the user wrote, nor a growth given by a formula", () => {
    const wb = planned();
    const members = sheet(wb, "Medlemmar");
    members.getRange("E3").setNote("Enligt styrelsebeslut");
    wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "10");
    expect([members.getRange("E3").getValue(), members.getRange("E3").getNote()]).toEqual([
      0.1,
      "Enligt styrelsebeslut",
    ]);
    members.getRange("E4").setFormula("=2*4");
    paste(wb, "Medlemmar", "E4", [["=2*4"]]);
    expect(members.getRange("E4").getFormula()).toBe("=2*4");
  });
});
