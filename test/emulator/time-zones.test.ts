// The spreadsheet's time zone apart from the script's: cell dates, custom-function Dates and TODAY() follow the
// spreadsheet's zone; the bundle's own Dates compute in the script's (the process's, Europe/Stockholm in tests).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator, serialToDate } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const ZONES = [
  "Europe/Stockholm",
  "Europe/London",
  "America/New_York",
  "Asia/Tokyo",
  "Pacific/Auckland",
] as const;
/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone() */
const SHEET_ZONE =
  "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()";
/** https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() */
const SCRIPT_ZONE = "https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()";
const ARGS = "https://developers.google.com/apps-script/guides/sheets/functions#data_types";
const TODAY = "https://support.google.com/docs/answer/3092984";

/** Midnight of `day` (YYYY-MM-DD) in `zone`, as an ISO instant. */
function midnight(day: string, zone: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const serial = Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  return serialToDate(serial, zone).toISOString();
}

/** 2025-03-15 12:00 UTC on the wall clocks of each zone, in Sheets' sv_SE date-time format. */
const NOON_UTC: Record<(typeof ZONES)[number], string> = {
  "Europe/Stockholm": "2025-03-15 13:00:00",
  "Europe/London": "2025-03-15 12:00:00",
  "America/New_York": "2025-03-15 8:00:00",
  "Asia/Tokyo": "2025-03-15 21:00:00",
  "Pacific/Auckland": "2025-03-16 1:00:00",
};

function open(timeZone: string, now?: string) {
  const emu = createEmulator({ locale: "sv_SE", timeZone, now });
  const ctx = loadBundle(emu, BUNDLE);
  return { emu, ctx, sheet: emu.spreadsheet.getSheets()[0] };
}

describe("the spreadsheet's zone and the script's", () => {
  it(`are kept apart: Session reports the process's zone, the spreadsheet its own — ${SCRIPT_ZONE}, ${SHEET_ZONE}`, () => {
    expect(process.env.TZ).toBe("Europe/Stockholm");
    const { ctx, emu } = open("Asia/Tokyo");
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe("Asia/Tokyo");
    expect(ctx.zones()).toBe("Europe/Stockholm Asia/Tokyo");
  });

  it("refuses a script zone other than the process's, which it could not emulate", () => {
    expect(() => createEmulator({ scriptTimeZone: "Asia/Tokyo" })).toThrow(/run with TZ=Asia\/Tokyo/);
    expect(() => createEmulator({ scriptTimeZone: "Europe/Stockholm" })).not.toThrow();
  });
});

describe.each(ZONES)("a spreadsheet in %s, the script in Europe/Stockholm", (zone) => {
  it(`reads a typed date as midnight in the spreadsheet's zone — ${SHEET_ZONE}`, () => {
    const { sheet } = open(zone);
    sheet.getRange("A1").setValue("2025-03-15");
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe(midnight("2025-03-15", zone));
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2025-03-15");
  });

  it(`hands a custom function that midnight, which the script's calendar may call another day — ${ARGS}`, () => {
    const { sheet } = open(zone);
    sheet.getRange("A1").setValue("2025-03-15");
    sheet.getRange("B1").setFormula("=KIND(A1)");
    // Midnight in Tokyo or Auckland is still the 14th in Stockholm: the shift a script must undo.
    const shown = new Date(midnight("2025-03-15", zone));
    const local = `date ${shown.getFullYear()}-${shown.getMonth() + 1}-${shown.getDate()}`;
    expect(sheet.getRange("B1").getValue()).toBe(local);
    expect(local).toBe(
      ["Asia/Tokyo", "Pacific/Auckland"].includes(zone) ? "date 2025-3-14" : "date 2025-3-15",
    );
  });

  it(`shows a custom function's Date in the spreadsheet's zone — ${ARGS}`, () => {
    const { sheet } = open(zone);
    sheet.getRange("A1").setFormula(`=INSTANT("${midnight("2025-03-15", zone)}")`);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2025-03-15");
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe(midnight("2025-03-15", zone));
    sheet.getRange("A2").setFormula('=INSTANT("2025-03-15T12:00:00Z")');
    expect(sheet.getRange("A2").getDisplayValue()).toBe(NOON_UTC[zone]);
  });

  it(`takes TODAY() from the spreadsheet's calendar — ${TODAY}`, () => {
    const { sheet } = open(zone, "2024-10-15T23:30:00Z");
    sheet.getRange("A1").setFormula("=TODAY()");
    const expected = new Intl.DateTimeFormat("sv-SE", { timeZone: zone }).format(
      new Date("2024-10-15T23:30:00Z"),
    );
    expect(sheet.getRange("A1").getDisplayValue()).toBe(expected);
    expect(expected).toBe(zone === "America/New_York" ? "2024-10-15" : "2024-10-16");
  });

  it(`writes a script's Date at its instant and gives it a time format only if it is not midnight there — ${SHEET_ZONE}`, () => {
    const { sheet } = open(zone);
    const stockholmMidnight = new Date(2025, 2, 15);
    sheet.getRange("A1").setValue(stockholmMidnight);
    expect((sheet.getRange("A1").getValue() as Date).getTime()).toBe(stockholmMidnight.getTime());
    const timed = zone !== "Europe/Stockholm";
    expect(sheet.getRange("A1").getNumberFormat()).toBe(timed ? "yyyy-mm-dd H:mm:ss" : "yyyy-mm-dd");
  });
});
