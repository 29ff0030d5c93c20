// Values for JSON output: dates as the spreadsheet shows them ("2025-12-31", in its time zone), the rest as JSON.
import { types } from "node:util";
import { dateToSerial } from "../../test/emulator/index";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

const DAY_MS = 86_400_000;
const EPOCH_OFFSET = 25_569;

/** "2025-12-31", or "2025-12-31 14:05:00" when the time of day in `timeZone` is not midnight. */
export function sheetDate(date: Date, timeZone: string): string {
  // The serial number is the wall-clock time in the zone; read as UTC it gives that time's fields.
  const wall = new Date(Math.round((dateToSerial(date, timeZone) - EPOCH_OFFSET) * DAY_MS)).toISOString();
  const time = wall.slice(11, 19);
  return time === "00:00:00" ? wall.slice(0, 10) : `${wall.slice(0, 10)} ${time}`;
}

/** `value` as plain JSON data: Dates of any realm as sheetDate, undefined as null, objects and arrays deeply. */
export function plainValue(value: unknown, timeZone: string): unknown {
  if (value === undefined || value === null) return null;
  if (types.isDate(value)) return sheetDate(value, timeZone);
  if (Array.isArray(value)) return value.map((v) => plainValue(v, timeZone));
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && typeof v !== "function")
        .map(([k, v]) => [k, plainValue(v, timeZone)]),
    );
  }
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return typeof value === "function" ? null : value;
}
