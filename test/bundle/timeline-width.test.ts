// The timeline's width cap (issue 11, bounded work): a period or activity past ten years is refused, naming its cell.
import { describe, expect, it } from "vitest";
import { put, setToday, sheet, workbook } from "../support/workbook";

function plan(first: string, last: string, rows: unknown[][] = []) {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([[first], [last]]);
  setToday(wb, "Inställningar", new Date(2025, 2, 15));
  if (rows.length > 0) put(wb, "Aktiviteter", rows, 2);
  return wb;
}

describe("a timeline past ten years", () => {
  it("is refused for the typo “HT 2205” in Sista termin, naming Inställningar!B4, and makes no tab", () => {
    // Before: 2,175 month columns.
    const wb = plan("VT 2025", "HT 2205");
    wb.ctx.generateTermTimeline();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toBe(
      "Inställningar!B4: ”HT 2205” skulle göra tidslinjen 181 år lång. Den visar högst 10 år, så inget skapades. Rätta cellen och försök igen.",
    );
    expect(wb.ss.getSheetByName("Tidslinje")).toBeNull();
  });

  it("is refused for VT 1900–HT 2999 naming the first term, in English too", () => {
    const wb = workbook({ locale: "en_US" });
    wb.ctx.setUpPlan();
    sheet(wb, "Settings")
      .getRange("B3:B4")
      .setValues([["VT 1900"], ["HT 2025"]]);
    wb.load().generateTermTimeline();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toMatch(
      /^Settings!B3: “VT 1900” would make the timeline 126 years long\. It shows at most 10 years/,
    );
    expect(wb.ss.getSheetByName("Timeline")).toBeNull();
  });

  it("is refused for an activity dated 2205, naming its När cell; ten years are drawn", () => {
    const wb = plan("VT 2025", "HT 2026", [["", "1 maj 2205", "", "", "Stämma"]]);
    wb.ctx.generateTermTimeline();
    expect(wb.emu.ui.alerts.at(-1)?.prompt).toMatch(
      /^Aktiviteter!B2: ”1 maj 2205” skulle göra tidslinjen 181 år lång/,
    );
    expect(wb.ss.getSheetByName("Tidslinje")).toBeNull();
    sheet(wb, "Aktiviteter").getRange("B2").setValue("1 maj 2034");
    wb.load().generateTermTimeline();
    expect(sheet(wb, "Tidslinje").getLastColumn()).toBeGreaterThanOrEqual(3 + 120);
  });
});
