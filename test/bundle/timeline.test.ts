// "Generate term timeline" on the real 2024 table: bars, days, approximate months, live colours, lock, call budget.
import { describe, expect, it } from "vitest";
import { STATUS_COLORS } from "../../src/core/timeline/colors";
import { COL, helperColumn, ROW } from "../../src/core/timeline/layout";
import { EXAMPLE_TABLE, exampleActivityRows } from "../support/example-table";
import { monthColumn, monthLabels } from "../support/timeline-months";
import { put, setToday, sheet, type Workbook, workbook } from "../support/workbook";

function planWith(rows: unknown[][], today = new Date(2024, 9, 15)): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  const settings = sheet(wb, "Inställningar");
  settings.getRange("B3:B4").setValues([["VT 2024"], ["HT 2024"]]);
  setToday(wb, "Inställningar", today);
  if (rows.length > 0) put(wb, "Aktiviteter", rows, 2);
  return wb;
}

/** The timeline row whose Vad starts with `what`, and the column of each month header. */
function locate(wb: Workbook, what: string) {
  const values = sheet(wb, "Tidslinje").getDataRange().getDisplayValues();
  const row = values.findIndex((r) => String(r[0]).startsWith(what));
  const month = (label: string) => monthColumn(values, label);
  return { row, month, values };
}

describe("generateTermTimeline on the 2024 example table", () => {
  // The table arrives as volunteers bring it: pasted text, imported by the add-on itself.
  const wb = planWith([]);
  const imported = wb.load().importActivityTable(EXAMPLE_TABLE) as { imported: number; problems: unknown[] };
  wb.load().generateTermTimeline();

  it("imports all 21 rows of the pasted table", () => {
    expect(imported.imported).toBe(21);
    expect(imported.problems).toEqual([]);
  });
  const timeline = sheet(wb, "Tidslinje");
  const colours = () => wb.emu.visibleBackgrounds("Tidslinje");

  it("has a row per activity under a header per term, with month columns over the plan period", () => {
    const values = timeline.getDataRange().getDisplayValues();
    const header = values[ROW.header - 1];
    // Short month names that fit their columns; the year once, on the year row above.
    expect(header.slice(0, COL.firstMonth)).toEqual(["Vad", "Ansvarig", "Klar", "jan"]);
    expect(header[COL.firstMonth - 1 + 11]).toBe("dec");
    expect(values[ROW.years - 1].filter((v) => v !== "")).toEqual(["2024"]);
    expect([...monthLabels(values).keys()].slice(0, 3)).toEqual(["jan 2024", "feb 2024", "mars 2024"]);
    const firstColumn = values.slice(ROW.header).map((r) => r[COL.what - 1]);
    expect(firstColumn[0]).toBe("VT 2024");
    expect(firstColumn.filter((v) => v === "HT 2024")).toHaveLength(1);
    expect(firstColumn.filter((v) => v !== "" && !/^(VT|HT) 2024$/.test(v))).toHaveLength(21);
    expect(values[ROW.generated - 1][0]).toMatch(/^Skapad \d{4}-\d{2}-\d{2}/);
  });

  it("sorts each term's activities by date", () => {
    const values = timeline.getDataRange().getDisplayValues();
    // The first term's heading is the first body row; its twelve activities follow it.
    const vt = values.slice(ROW.firstBody, ROW.firstBody + 12).map((r) => r[COL.what - 1]);
    expect(vt[0]).toBe("Ledarkonferens");
    expect(vt[1]).toBe("Ny i C");
    expect(vt.at(-1)).toMatch(/^(Workshop|Ny i C|EU-valrörelse)/);
  });

  it("draws Valanalys EU-val in aug 2024 only, as late by 15 Oct", () => {
    const { row, month } = locate(wb, "Valanalys EU-val");
    const bar = colours()[row].slice(COL.firstMonth - 1, COL.firstMonth - 1 + 12);
    const aug = month("aug 2024") - (COL.firstMonth - 1);
    expect(bar[aug]).toBe(STATUS_COLORS.late.exact);
    expect(
      bar.filter((c, i) => i !== aug && Object.values(STATUS_COLORS).some((s) => s.exact === c)),
    ).toEqual([]);
  });

  it("shows day 1 in maj 2024 for “1 maj”", () => {
    const { row, month, values } = locate(wb, "Färdigställd analys");
    expect(values[row][month("maj 2024")]).toBe("1");
    expect(colours()[row][month("maj 2024")]).toBe(STATUS_COLORS.late.exact);
  });

  it("draws “Ca. feb” Ny i C lighter, as approximate", () => {
    const { row, month } = locate(wb, "Ny i C");
    expect(colours()[row][month("feb 2024")]).toBe(STATUS_COLORS.late.approximate);
  });

  it("colours coming and under-way activities from today", () => {
    const nov = locate(wb, "Stockholmskonferensen");
    expect(colours()[nov.row][nov.month("nov 2024")]).toBe(STATUS_COLORS.coming.exact);
  });

  it("marks the election month and today's month", () => {
    const { month, values } = locate(wb, "Valanalys");
    expect(values[ROW.elections - 1][month("juni 2024")]).toBe("Europaparlamentsval 9/6");
    // Today's month (15 Oct 2024) is marked in every body row.
    expect(colours()[ROW.firstBody + 2][month("okt 2024")]).toBe("#fff2cc");
  });

  it("turns late into done when Klar is ticked on Activities, without regenerating", () => {
    const { row, month } = locate(wb, "Valanalys EU-val");
    const activitiesRow = Number(timeline.getRange(row + 1, helperColumn("row", 12)).getValue());
    expect(wb.emu.userEdit(wb.ctx, "Aktiviteter", `H${activitiesRow}`, true).accepted).toBe(true);
    expect(colours()[row][month("aug 2024")]).toBe(STATUS_COLORS.done.exact);
    expect(timeline.getRange(row + 1, COL.done).getValue()).toBe("✓");
  });

  it("is protected with a warning only, and frozen at the month headers", () => {
    const protections = timeline.getProtections(SpreadsheetAppProtectionType());
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(timeline.getFrozenRows()).toBe(ROW.header);
    expect(timeline.getFrozenColumns()).toBe(COL.done);
  });

  it("gives an identical tab when run again on the same data", () => {
    const before = JSON.stringify([
      timeline.getDataRange().getFormulas(),
      timeline.getDataRange().getValues(),
    ]);
    wb.load().generateTermTimeline();
    const after = JSON.stringify([
      timeline.getDataRange().getFormulas(),
      timeline.getDataRange().getValues(),
    ]);
    expect(after).toBe(before);
    expect(timeline.getProtections(SpreadsheetAppProtectionType())).toHaveLength(1);
  });
});

function SpreadsheetAppProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
  return "SHEET" as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
}

describe("a timeline that follows edits of När", () => {
  it("moves the bar when När changes on Activities (onEdit sets Start/End, the rules follow)", () => {
    const wb = planWith([["HT 2024", "sep", "", "", "Flyttbar aktivitet", "", "", false, ""]]);
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "sep");
    wb.ctx.generateTermTimeline();
    const at = () => {
      const { row, month } = locate(wb, "Flyttbar");
      const c = wb.emu.visibleBackgrounds("Tidslinje")[row];
      return { sep: c[month("sep 2024")], nov: c[month("nov 2024")] };
    };
    expect(at()).toEqual({ sep: STATUS_COLORS.late.exact, nov: "#fbfaf6" });
    wb.emu.userEdit(wb.ctx, "Aktiviteter", "B2", "nov");
    expect(at()).toEqual({ sep: "#fbfaf6", nov: STATUS_COLORS.coming.exact });
  });

  it("keeps a row for an activity whose När can't be read, with a note saying why", () => {
    const wb = planWith([["VT 2024", "när det passar", "", "", "Oklar aktivitet", "", "", false, ""]]);
    wb.ctx.generateTermTimeline();
    const { row, values } = locate(wb, "Oklar aktivitet");
    expect(row).toBeGreaterThan(0);
    expect(values[row][COL.firstMonth - 1]).toMatch(/^⚠ /);
  });
});

describe("generation is serialised and batched", () => {
  it("tells a second volunteer to wait while another generation holds the lock, writing nothing", () => {
    const wb = planWith(exampleActivityRows());
    const release = wb.emu.holdLock("document");
    wb.ctx.generateTermTimeline();
    expect(wb.ss.getSheetByName("Tidslinje")).toBeNull();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toMatch(/Någon annan skapar tidslinjen/);
    release();
    wb.load().generateTermTimeline();
    expect(wb.ss.getSheetByName("Tidslinje")).not.toBeNull();
  });

  it("makes the same 56 service calls for 10 and for 2,000 activities", () => {
    const counts = [10, 2000].map((n) => {
      const base = exampleActivityRows();
      const rows = Array.from({ length: n }, (_, i) => base[i % base.length]);
      const wb = planWith(rows);
      wb.ctx.generateTermTimeline();
      const ctx = wb.load();
      wb.emu.calls.reset();
      const result = ctx.generateTermTimeline() as { activities: number };
      expect(result.activities).toBe(n);
      const services = wb.emu.calls.total().valueOf() - builderCalls(wb.emu.calls.snapshot());
      return { services, detail: wb.emu.calls.snapshot() };
    });
    expect(counts[0].services).toBe(counts[1].services);
    // Three tabs found by their marks (6 calls each: 18), Activities and Settings read once each (4 each: 8, and
    // Activities' merged cells: 1),
    // När's notes read for the Start/End check (2), the spreadsheet, its locale and zone (5), the lock (3), and
    // the tab written (7: clear, range, values, backgrounds, notes, rules), and the check that nobody typed on it
    // since the last generation (8: its metadata, one read, the new fingerprint). Issue 12 added 4: the text
    // columns clipped (range, wrap strategy) and the helper columns hidden (show all, hide the helpers).
    // None of it grows with the plan.
    expect(counts[0].services).toBe(56);
    // The builders too are a fixed number: the same at 10 and 2,000.
    expect(counts[0].detail["ConditionalFormatRuleBuilder.build"]).toBe(
      counts[1].detail["ConditionalFormatRuleBuilder.build"],
    );
    expect(
      Object.keys(counts[0].detail).filter((k) => k.startsWith("Range.") || k.startsWith("Sheet.")),
    ).toEqual([
      "Range.getFormulas",
      "Range.getMergedRanges",
      "Range.getNotes",
      "Range.getValues",
      "Range.setBackgrounds",
      "Range.setNotes",
      "Range.setValues",
      "Range.setWrapStrategy",
      "Sheet.clear",
      "Sheet.getDataRange",
      "Sheet.getDeveloperMetadata",
      "Sheet.getName",
      "Sheet.getRange",
      "Sheet.hideColumns",
      "Sheet.setConditionalFormatRules",
      "Sheet.showColumns",
    ]);
  }, 180_000); // Two plans, one of 2,000 activities: slow on a busy machine; the assertions are call counts.
});

/**
 * Builder calls assemble a rule object inside the script (one set per rule, a constant); they are counted apart
 * from the calls that read or write the document. Custom-function recalculations are Sheets' own work.
 */
function builderCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([name]) =>
      /^(ConditionalFormatRuleBuilder\.|SpreadsheetApp\.newConditionalFormatRule$|CustomFunction\.)/.test(
        name,
      ),
    )
    .reduce((sum, [, n]) => sum + n, 0);
}

describe("generateTermTimeline before the plan is set up", () => {
  it("tells the volunteer to set up the plan first, in one clear sentence", () => {
    const wb = workbook({ locale: "sv_SE" });
    wb.ctx.generateTermTimeline();
    const alert = wb.emu.ui.alerts.at(-1)?.prompt ?? "";
    expect(alert).toBe("Fliken Aktiviteter saknas. Välj först ”Skapa eller reparera planen”.");
    expect(wb.ss.getSheetByName("Tidslinje")).toBeNull();
  });
});

describe("a timeline someone typed on", () => {
  it("is never cleared without asking: No keeps what was typed, Yes generates it again", () => {
    const wb = planWith(exampleActivityRows());
    wb.ctx.generateTermTimeline();
    const timeline = sheet(wb, "Tidslinje");
    // Generating again over an untouched timeline asks nothing.
    const alerts = wb.emu.ui.alerts.length;
    wb.load().generateTermTimeline();
    expect(wb.emu.ui.alerts.length).toBe(alerts);
    timeline.getRange(ROW.firstBody + 1, COL.owner).setValue("Min anteckning");
    wb.emu.ui.queueAlertAnswer("NO" as unknown as GoogleAppsScript.Base.Button);
    const kept = wb.load().generateTermTimeline() as { written: boolean };
    expect(kept.written).toBe(false);
    expect(wb.emu.ui.alerts.at(-1)?.title).toBe("Tidslinjen är ändrad för hand");
    expect(timeline.getRange(ROW.firstBody + 1, COL.owner).getValue()).toBe("Min anteckning");
    wb.emu.ui.queueAlertAnswer("YES" as unknown as GoogleAppsScript.Base.Button);
    const again = wb.load().generateTermTimeline() as { written: boolean };
    expect(again.written).toBe(true);
    expect(timeline.getRange(ROW.firstBody + 1, COL.owner).getValue()).not.toBe("Min anteckning");
  });

  it("leaves a tab the user named Tidslinje alone, and makes its own beside it", () => {
    const wb = planWith(exampleActivityRows());
    const mine = wb.ss.insertSheet("Tidslinje");
    mine.getRange("A1").setValue("Min egen tidslinje");
    wb.ctx.generateTermTimeline();
    expect(mine.getRange("A1").getValue()).toBe("Min egen tidslinje");
    expect(wb.ss.getSheetByName("Tidslinje (2)")!.getRange("A1").getValue()).toMatch(/^Tidslinje/);
  });
});
