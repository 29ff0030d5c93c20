// A Term cell merged over several rows, as plan documents lay out a term, stands for every row it covers.
import { describe, expect, it } from "vitest";
import { sheet, workbook } from "../support/workbook";

describe("merged Termin cells", () => {
  it("put every activity they cover under their term: timeline, dashboard and checks", () => {
    const wb = workbook({ locale: "sv_SE", now: "2025-10-15" });
    wb.ctx.setUpPlan();
    sheet(wb, "Inställningar")
      .getRange("B3:B4")
      .setValues([["VT 2025"], ["HT 2025"]]);
    const activities = sheet(wb, "Aktiviteter");
    activities.getRange("A2:E5").setValues([
      ["HT 2025", "Aug", "", "", "Planeringshelg"],
      ["", "Sep", "", "", "Nominering"],
      ["", "Nov", "", "", "Kurs"],
      ["VT 2025", "Mars", "", "", "Stämma"],
    ]);
    activities.getRange("A2:A4").merge();
    wb.ctx.setUpPlan();
    expect(activities.getRange("C3").getDisplayValue()).toBe("2025-09-01");
    wb.ctx.generateTermTimeline();
    const timeline = sheet(wb, "Tidslinje").getDataRange().getValues();
    const column = timeline.map((row) => row[0]);
    expect(column.indexOf("HT 2025")).toBeLessThan(column.indexOf("Nominering"));
    expect(column).not.toContain("Utan termin");
    expect(wb.ctx.getPlanProblems()).toEqual([]);
  });
});
