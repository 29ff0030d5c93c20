// Dates are calendar dates in the spreadsheet's time zone, whatever the script's (Europe/Stockholm): set-up, onEdit,
// import, the timeline, the dashboard and every date custom function, in five zones, at month, term and DST edges.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
import { describe, expect, it } from "vitest";
import { monthColumn } from "../support/timeline-months";
import { paste, sheet, workbook } from "../support/workbook";

const ZONES = ["Europe/Stockholm", "Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Auckland"];

/** Rows typed on Activities (Term, När, —, —, Vad): month, term, daylight-saving and year edges. */
const ROWS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ["VT 2026", "1 mars", "2026-03-01", "2026-03-01", "Månadsstart"],
  ["VT 2026", "29 mars", "2026-03-29", "2026-03-29", "Sommartid börjar i Europa"],
  ["VT 2026", "5 april", "2026-04-05", "2026-04-05", "Sommartid slutar i Auckland"],
  ["VT 2026", "juni", "2026-06-01", "2026-06-30", "Terminens sista månad"],
  ["HT 2026", "1 juli", "2026-07-01", "2026-07-01", "Terminens första dag"],
  ["HT 2026", "25 okt", "2026-10-25", "2026-10-25", "Vintertid börjar i Europa"],
  ["HT 2026", "31 dec", "2026-12-31", "2026-12-31", "Årets sista dag"],
];

function plan(zone: string) {
  const wb = workbook({ locale: "sv_SE", timeZone: zone, now: "2026-03-31" });
  wb.ctx.setUpPlan();
  const settings = sheet(wb, "Inställningar");
  settings.getRange("B3:B4").setValues([["VT 2026"], ["HT 2026"]]);
  return wb;
}

describe.each(ZONES)("in a spreadsheet in %s", (zone) => {
  it("fills Start and End from När as the dates the volunteer meant", () => {
    const wb = plan(zone);
    paste(
      wb,
      "Aktiviteter",
      "A2",
      ROWS.map(([term, when, , , what]) => [term, when, "", "", what]),
    );
    const shown = sheet(wb, "Aktiviteter").getRange(2, 3, ROWS.length, 2).getDisplayValues();
    expect(shown).toEqual(ROWS.map(([, , start, end]) => [start, end]));
  });

  it("imports a pasted table with the same dates", () => {
    const wb = plan(zone);
    const text = [
      "VT 2026",
      ...ROWS.slice(0, 4).map((r) => `${r[1]}\t${r[4]}`),
      "HT 2026",
      ...ROWS.slice(4).map((r) => `${r[1]}\t${r[4]}`),
    ].join("\n");
    expect((wb.ctx.importActivityTable(text) as { imported: number }).imported).toBe(ROWS.length);
    const shown = sheet(wb, "Aktiviteter").getRange(2, 3, ROWS.length, 2).getDisplayValues();
    expect(shown).toEqual(ROWS.map(([, , start, end]) => [start, end]));
  });

  it("computes TERM_START, TERM_END, TERM_OF and GOAL_DATES in the sheet's dates", () => {
    const wb = plan(zone);
    const goals = sheet(wb, "Mål");
    goals
      .getRange("Z1:Z4")
      .setFormulas([
        ['=TERM_START("HT 2026")'],
        ['=TERM_END("VT 2026")'],
        ["=TERM_OF(Z1)"],
        ["=TERM_OF(DATE(2026,6,30))"],
      ]);
    expect(goals.getRange("Z1:Z4").getDisplayValues()).toEqual([
      ["2026-07-01"],
      ["2026-06-30"],
      ["HT 2026"],
      ["VT 2026"],
    ]);
    wb.emu.userEdit(wb.ctx, "Mål", "Y1", "2026-07-01");
    goals.getRange("Y2").setFormula("=TERM_OF(Y1)");
    expect(goals.getRange("Y2").getValue()).toBe("HT 2026");
    goals.getRange("A2:G2").setValues([["Mål", "övrigt", 0, 10, "", "VT 2026", "HT 2026"]]);
    expect(goals.getRange("M2:N2").getDisplayValues()).toEqual([["2026-01-01", "2026-12-31"]]);
  });

  it("shows due and overdue from the plan's today, at the month's last day", () => {
    const wb = plan(zone);
    paste(
      wb,
      "Aktiviteter",
      "A2",
      ROWS.map(([term, when, , , what]) => [term, when, "", "", what]),
    );
    // Typed as a volunteer types it (a script's Date would be an instant, read in the sheet's zone).
    const settings = sheet(wb, "Inställningar");
    const todayRow =
      settings
        .getRange("A1:A10")
        .getValues()
        .findIndex((r) => r[0] === "I dag") + 1;
    expect(wb.emu.userEdit(wb.ctx, "Inställningar", `B${todayRow}`, "2026-03-31").accepted).toBe(true);
    const dash = wb.load().getDashboard() as {
      today: string;
      dueThisMonth: { what: string }[];
      overdue: { what: string }[];
    };
    expect(dash.today).toBe("2026-03-31");
    expect(dash.overdue.map((a) => a.what)).toEqual(["Månadsstart", "Sommartid börjar i Europa"]);
    expect(dash.dueThisMonth.map((a) => a.what)).toEqual([]);
  });

  it("draws the timeline's bars in the months the dates fall in", () => {
    const wb = plan(zone);
    paste(
      wb,
      "Aktiviteter",
      "A2",
      ROWS.map(([term, when, , , what]) => [term, when, "", "", what]),
    );
    wb.load().generateTermTimeline();
    const values = sheet(wb, "Tidslinje").getDataRange().getDisplayValues();
    const month = (label: string) => monthColumn(values, label);
    const row = (what: string) => values.find((r) => r[0] === what) ?? [];
    expect(row("Årets sista dag")[month("dec 2026")]).toBe("31");
    expect(row("Terminens första dag")[month("juli 2026")]).toBe("1");
    expect(row("Sommartid slutar i Auckland")[month("apr 2026")]).toBe("5");
  });
});
