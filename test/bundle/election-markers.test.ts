// The timeline names each election in its marker and gives the full name on the marker cell's note (issue 14, point 2).
import { describe, expect, it } from "vitest";
import { COL, ROW } from "../../src/core/timeline/layout";
import { monthColumn } from "../support/timeline-months";
import { put, sheet, workbook } from "../support/workbook";

/** A plan for VT 2025 – HT 2026, set up on 2025-10-15, with one activity and the given extra Settings rows. */
function timelineWith(extraElections: unknown[][], locale = "sv_SE") {
  const wb = workbook({ locale, now: "2025-10-15" });
  wb.ctx.setUpPlan();
  const settingsName = locale === "sv_SE" ? "Inställningar" : "Settings";
  const settings = sheet(wb, settingsName);
  settings.getRange("B3:B4").setValues([["VT 2025"], ["HT 2026"]]);
  if (extraElections.length > 0) put(wb, settingsName, extraElections, settings.getLastRow() + 1);
  put(
    wb,
    locale === "sv_SE" ? "Aktiviteter" : "Activities",
    [["VT 2025", "mars", "", "", "Valplanering"]],
    2,
  );
  wb.load().generateTermTimeline();
  const timeline = sheet(wb, locale === "sv_SE" ? "Tidslinje" : "Timeline");
  const values = timeline.getDataRange().getDisplayValues();
  /** The election row's cell in a month ("sep 2025": the header "sep" under the year row's 2025): text and note. */
  const marker = (month: string) => {
    const column = monthColumn(values, month) + 1;
    expect(column, month).toBeGreaterThanOrEqual(COL.firstMonth);
    const cell = timeline.getRange(ROW.elections, column);
    return { text: cell.getDisplayValue(), note: cell.getNote() };
  };
  return { marker };
}

describe("election markers on the timeline", () => {
  it("names each election from the Settings rows set-up wrote, with the full name on the note", () => {
    const { marker } = timelineWith([]);
    // DOMAIN.md: kyrkoval 2025-09-21; the general election on the second Sunday of September 2026, the 13th.
    expect(marker("sep 2025")).toEqual({
      text: "Kyrkoval 21/9",
      note: "Kyrkoval i Svenska kyrkan (kyrkomötet, stiftsfullmäktige och kyrkofullmäktige), 2025-09-21.",
    });
    // The riksdag meets on the 15th day after election day; the councils' term starts on 15 October.
    expect(marker("sep 2026")).toEqual({
      text: "Val till riksdag, region och kommun 13/9",
      note:
        "Allmänna val till riksdagen, regionfullmäktige och kommunfullmäktige, 2026-09-13. " +
        "Den nya riksdagen samlas 2026-09-28. Nya region- och kommunfullmäktige tillträder 2026-10-15.",
    });
    expect(marker("juni 2025")).toEqual({ text: "", note: "" });
  });

  it("takes an election a user adds in Settings, and a date a user moves, by the row's own words", () => {
    const { marker } = timelineWith([
      ["Extraval i Exempelkommun", new Date(2026, 2, 15)],
      ["Kyrkoval 2025 (flyttat)", new Date(2025, 10, 9)],
    ]);
    expect(marker("mars 2026")).toEqual({
      text: "Extraval i Exempelkommun 15/3",
      note: "Extraval i Exempelkommun, 2026-03-15.",
    });
    // The calendar's row for 21 September stays (a user deletes it to drop it); the added row is named by its words.
    expect(marker("nov 2025").text).toBe("Kyrkoval 9/11");
    expect(marker("nov 2025").note).toMatch(/^Kyrkoval i Svenska kyrkan .*, 2025-11-09\.$/);
  });

  it("speaks English in an English spreadsheet", () => {
    const { marker } = timelineWith([], "en_US");
    expect(marker("Sep 2025")).toEqual({
      text: "Church of Sweden election 21/9",
      note: "Church of Sweden elections (the Church Assembly, diocesan and parish councils), 2025-09-21.",
    });
    expect(marker("Sep 2026").text).toBe("General election (riksdag, region, kommun) 13/9");
    expect(marker("Sep 2026").note).toMatch(
      /^General elections to the Riksdag, .*, 2026-09-13\. The new Riksdag meets on 2026-09-28\./,
    );
  });
});
