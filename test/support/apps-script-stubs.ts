// Stand-ins for the few Apps Script globals a custom function may touch, for unit tests run outside the emulator.
import { vi } from "vitest";

export interface StubCalls {
  locale: number;
  timeZone: number;
  formatDate: number;
}

/** Utilities.formatDate for the two patterns the add-on uses: "Z" (+0100) and "yyyy-MM-dd", by Intl. */
function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  if (pattern === "yyyy-MM-dd") return `${parts.year}-${parts.month}-${parts.day}`;
  if (pattern === "Z") {
    const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
    const minutes = Math.round((local - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
    const sign = minutes < 0 ? "-" : "+";
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
  }
  throw new Error(`The stub does not format ${pattern}`);
}

/**
 * Installs SpreadsheetApp (a file with this locale and zone) and Utilities as globals, counting the calls a
 * custom function makes. Undo with vi.unstubAllGlobals().
 */
export function stubAppsScript(options: { locale?: string; timeZone?: string } = {}): StubCalls {
  const calls: StubCalls = { locale: 0, timeZone: 0, formatDate: 0 };
  const spreadsheet = {
    getSpreadsheetLocale: () => {
      calls.locale++;
      return options.locale ?? "en_US";
    },
    getSpreadsheetTimeZone: () => {
      calls.timeZone++;
      return options.timeZone ?? "Europe/Stockholm";
    },
  };
  vi.stubGlobal("SpreadsheetApp", { getActiveSpreadsheet: () => spreadsheet });
  vi.stubGlobal("Utilities", {
    formatDate: (date: Date, zone: string, pattern: string) => {
      calls.formatDate++;
      return formatDate(date, zone, pattern);
    },
  });
  return calls;
}
