// The bundle's own realm and clock: Apps Script hands a script its own Dates and arrays (so instanceof works), and a
// pinned clock is what new Date(), Date.now(), TODAY() and NOW() read — TODAY in the spreadsheet's time zone.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const RANGE = "https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()";
const ARGS = "https://developers.google.com/apps-script/guides/sheets/functions#arguments";
const TODAY = "https://support.google.com/docs/answer/3092984";

describe("the bundle's realm", () => {
  it(`getValues gives the script its own arrays and Dates, so instanceof works — ${RANGE}`, () => {
    const emu = createEmulator();
    const ctx = loadBundle(emu, BUNDLE);
    emu.spreadsheet
      .getSheets()[0]
      .getRange("A1:B1")
      .setValues([[new Date(2025, 2, 15), "x"]]);
    expect(ctx.realmOfValues()).toBe("true,true,true,true,true");
  });

  it(`custom functions receive ranges as the script's own arrays and dates as its Dates — ${ARGS}`, () => {
    const emu = createEmulator();
    loadBundle(emu, BUNDLE);
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange("A1:A2").setValues([[new Date(2025, 2, 15)], [1]]);
    sheet.getRange("B1:B2").setFormulas([["=ISARRAY(A1:A2)"], ["=KIND(A1)"]]);
    expect(sheet.getRange("B1:B2").getValues()).toEqual([[true], ["date 2025-3-15"]]);
  });
});

describe("a pinned clock", () => {
  it("is what new Date() and Date.now() read in the script; other Dates are unchanged", () => {
    const emu = createEmulator({ now: "2024-10-15T08:30:00Z" });
    const [iso, ms, partsAreDates, calledType] = String(loadBundle(emu, BUNDLE).clockReading()).split(" ");
    expect(iso).toBe("2024-10-15T08:30:00.000Z");
    expect(Number(ms)).toBe(Date.parse("2024-10-15T08:30:00Z"));
    expect(partsAreDates).toBe("true");
    expect(calledType).toBe("string");
  });

  it("takes a bare day as noon of that day in the spreadsheet's time zone", () => {
    const emu = createEmulator({ now: "2024-10-15", timeZone: "Europe/Stockholm" });
    const [iso] = String(loadBundle(emu, BUNDLE).clockReading()).split(" ");
    expect(iso).toBe("2024-10-15T10:00:00.000Z");
  });

  it("rejects what is not a date", () => {
    expect(() => createEmulator({ now: "2024-02-30" })).toThrow("Not a date or time");
  });

  it(`drives TODAY() and NOW() in formulas, in the spreadsheet's time zone — ${TODAY}`, () => {
    const late = "2024-10-15T23:30:00Z";
    const stockholm = createEmulator({ now: late, timeZone: "Europe/Stockholm", locale: "sv_SE" });
    const newYork = createEmulator({ now: late, timeZone: "America/New_York", locale: "sv_SE" });
    for (const [emu, day] of [
      [stockholm, "2024-10-16"],
      [newYork, "2024-10-15"],
    ] as const) {
      const sheet = emu.spreadsheet.getSheets()[0];
      sheet.getRange("A1:B1").setFormulas([["=TODAY()", "=NOW()"]]);
      expect(sheet.getRange("A1").getDisplayValue()).toBe(day);
      expect((sheet.getRange("B1").getValue() as Date).toISOString()).toBe("2024-10-15T23:30:00.000Z");
    }
  });

  it("leaves the real time when not pinned", () => {
    const emu = createEmulator();
    const before = Date.now();
    const [, ms] = String(loadBundle(emu, BUNDLE).clockReading()).split(" ");
    expect(Number(ms)).toBeGreaterThanOrEqual(before);
  });
});
