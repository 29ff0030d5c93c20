// The sidebar's "Mark done up to …" through the built bundle: one write under the lock, never an untick, a listed result.
import { describe, expect, it } from "vitest";
import { ACTIVITY_TABLE_2024 } from "../support/fixtures";
import { setToday, sheet, type Workbook, workbook } from "../support/workbook";

interface Result {
  before: string;
  preview: boolean;
  items: Array<{
    what: string;
    due: string;
    end: string;
    link: { tab: string; row: number; column: number };
  }>;
}

/** The 2024 table imported mid-period (October), nothing ticked: rows 2–13 are VT 2024, 14–22 HT 2024. */
function midPeriodPlan(): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([["VT 2024"], ["HT 2024"]]);
  setToday(wb, "Inställningar", new Date(2024, 9, 15));
  wb.ctx.importActivityTable(ACTIVITY_TABLE_2024);
  return wb;
}

const everything = (wb: Workbook) => {
  const range = sheet(wb, "Aktiviteter").getDataRange();
  return { values: range.getDisplayValues(), formulas: range.getFormulas() };
};

describe("markDoneBefore", () => {
  const wb = midPeriodPlan();
  const activities = sheet(wb, "Aktiviteter");
  // Distriktsstämma is ticked already; Medlemsvärvning's Klar holds a user's formula.
  activities.getRange("H3").setValue(true);
  activities.getRange("H4").setFormula("=1>2");

  it("previews what it would tick, writing nothing", () => {
    const before = everything(wb);
    wb.emu.calls.reset();
    const preview = wb.ctx.markDoneBefore("2024-04-01", { preview: true }) as Result;
    expect(preview.preview).toBe(true);
    expect(preview.items.map((i) => [i.link.row, i.what, i.due])).toEqual([
      [2, "Ledarkonferens", "slutade 31 jan 2024"],
      [5, "Ny i C", "slutade 29 feb 2024"],
      [6, "Styrelseutbildning", "slutade 31 mars 2024"],
      [7, "EU-val utbildning/pepp", "slutade 31 mars 2024"],
    ]);
    expect(wb.emu.calls.count("RangeList.setValue") + wb.emu.calls.count("Range.setValues")).toBe(0);
    expect(everything(wb)).toEqual(before);
  });

  it("ticks exactly those Klar cells in one write under the lock, and lists them", () => {
    const before = everything(wb);
    wb.emu.calls.reset();
    const result = wb.ctx.markDoneBefore("2024-04-01") as Result;
    expect(result).toMatchObject({ before: "2024-04-01", preview: false });
    expect(result.items.map((i) => i.link)).toEqual(
      [2, 5, 6, 7].map((row) => ({ tab: "activities", row, column: 5 })),
    );
    const calls = wb.emu.calls.snapshot();
    expect(calls["Sheet.getRangeList"]).toBe(1);
    expect(calls["RangeList.setValue"]).toBe(1);
    expect(Object.keys(calls).filter((k) => /^(Range|Sheet)\.(set|clear|insert|delete)/.test(k))).toEqual([]);
    expect(calls["Lock.tryLock"]).toBe(1);
    expect(calls["Lock.releaseLock"]).toBe(1);
    // Every other cell of the tab is as it was: H3 still ticked, H4 still the user's formula.
    const after = everything(wb);
    const changed: string[] = [];
    for (const [r, row] of after.values.entries()) {
      for (const [c, value] of row.entries()) {
        if (value !== before.values[r][c] || after.formulas[r][c] !== before.formulas[r][c])
          changed.push(`${String.fromCharCode(65 + c)}${r + 1}=${value}`);
      }
    }
    expect(changed).toEqual(["H2=TRUE", "H5=TRUE", "H6=TRUE", "H7=TRUE"]);
    expect(activities.getRange("H4").getFormula()).toBe("=1>2");
  });

  it("never unticks and writes nothing when nothing is left to tick", () => {
    wb.emu.calls.reset();
    expect((wb.ctx.markDoneBefore("2024-04-01") as Result).items).toEqual([]);
    expect(wb.emu.calls.count("Sheet.getRangeList")).toBe(0);
    const later = wb.ctx.markDoneBefore("2024-03-01") as Result;
    expect(later.items).toEqual([]);
    expect(
      activities
        .getRange("H2:H7")
        .getValues()
        .map((r) => r[0]),
    ).toEqual([true, true, false, true, true, true]);
  });

  it("takes the overdue items off the dashboard", () => {
    const dash = wb.ctx.getDashboard() as { overdue: Array<{ link: { row: number } }> };
    expect(dash.overdue.map((a) => a.link.row)).not.toContain(2);
    const all = wb.ctx.markDoneBefore("2024-10-15") as Result;
    expect(all.items.length).toBeGreaterThan(0);
    const cleared = wb.ctx.getDashboard() as { overdue: Array<{ link: { row: number } }> };
    // Only the row whose Klar is the user's formula stays overdue.
    expect(cleared.overdue.map((a) => a.link.row)).toEqual([4]);
  });
});

describe("markDoneBefore refuses", () => {
  it("a day that is no ISO date (google.script.run refuses Dates), in one clear sentence", () => {
    const wb = midPeriodPlan();
    for (const bad of ["2024-13-01", "1 maj", 20240401, null]) {
      expect(() => wb.ctx.markDoneBefore(bad)).toThrow(
        "Sidopanelen skickade något som inte gick att läsa (before). Ladda om sidopanelen och försök igen.",
      );
    }
  });

  it("to write while another volunteer holds the lock, ticking nothing", () => {
    const wb = midPeriodPlan();
    const release = wb.emu.holdLock("document");
    expect(() => wb.ctx.markDoneBefore("2024-12-31")).toThrow(/Någon annan lägger till aktiviteter just nu/);
    release();
    expect(
      sheet(wb, "Aktiviteter")
        .getRange("H2:H22")
        .getValues()
        .flat()
        .every((v) => v === false),
    ).toBe(true);
  });
});
