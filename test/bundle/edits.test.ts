// onEdit in the emulator: Start and End follow Term and När as volunteers type, with a note when När can't be read.
import { describe, expect, it } from "vitest";
import { sheet, workbook } from "../support/workbook";

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
  it("count the matching activities of their term", () => {
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
    goals.getRange("A2:G2").setValues([["Ny i C 2 gånger per termin", "", 0, 2, "", "", "HT 2026"]]);
    goals.getRange("A3:G3").setValues([["Minst 10 medlemsaktiviteter", "", 0, 10, "", "", "2026"]]);
    goals.getRange("L2:L3").setValues([["Ny i C"], ["medlemsaktivitet"]]);
    wb.emu.userEdit(wb.ctx, "Mål", "B2", "aktiviteter");
    wb.emu.userEdit(wb.ctx, "Mål", "B3", "aktiviteter");
    expect(goals.getRange("E2").getFormula()).toMatch(/^=ACTIVITY_COUNT\(/);
    expect(goals.getRange("E2").getValue()).toBe(2);
    expect(goals.getRange("E3").getValue()).toBe(1);
    activities.getRange("A7:E7").setValues([["HT 2026", "nov", "", "", "Ny i C extra"]]);
    expect(goals.getRange("E2").getValue()).toBe(3);
  });
});

describe("checks on edit of Membership", () => {
  it("accepts a growth beyond ±100 % but warns with a toast in the user's language", () => {
    const wb = planned();
    expect(wb.emu.userEdit(wb.ctx, "Medlemmar", "E3", "150%").accepted).toBe(true);
    expect(wb.emu.ui.toasts.at(-1)?.message ?? "").toMatch(/150/);
    const before = wb.emu.ui.toasts.length;
    wb.emu.userEdit(wb.ctx, "Medlemmar", "E4", "10%");
    expect(wb.emu.ui.toasts.length).toBe(before);
  });
});
