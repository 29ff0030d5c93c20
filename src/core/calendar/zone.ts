// Time zones at the edge: Sheets keeps a date cell as an instant at midnight in the spreadsheet's zone.
import { dayNumber, fromDayNumber, type IsoDate } from "./dates";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far from midnight an instant may show, in the zone's offset at another moment, and still be that
 * midnight: a date cell's offset differs from today's by daylight saving (one or two hours), never by three.
 */
const MIDNIGHT_SLACK = 3 * HOUR;

/**
 * The calendar date an instant shows in a zone whose UTC offset is about `offsetMinutes` (the offset at some
 * other moment, e.g. now). Date cells are midnights, so an instant within three hours of a midnight is that
 * midnight's date; other instants (a date with a time of day) fall on the day they show. Null out of 1–9999.
 */
export function calendarDateOfInstant(ms: number, offsetMinutes: number): IsoDate | null {
  if (!Number.isFinite(ms) || !Number.isFinite(offsetMinutes)) return null;
  const local = ms + offsetMinutes * MINUTE;
  const days = Math.floor((local + MIDNIGHT_SLACK) / DAY);
  const date = fromDayNumberOrNull(days);
  return date;
}

function fromDayNumberOrNull(days: number): IsoDate | null {
  if (days < dayNumber("0001-01-01") || days > dayNumber("9999-12-31")) return null;
  return fromDayNumber(days);
}

/**
 * The instant of the midnight that starts `date` in a zone, given its exact offset (minutes) at any instant.
 * Tries the offset at noon, then at the candidate itself, so a daylight-saving change that morning is met.
 */
export function midnightInstantOf(date: IsoDate, offsetAt: (ms: number) => number): number {
  const utcMidnight = dayNumber(date) * DAY;
  let candidate = utcMidnight - offsetAt(utcMidnight + 12 * HOUR) * MINUTE;
  for (let i = 0; i < 2; i++) {
    const next = utcMidnight - offsetAt(candidate) * MINUTE;
    if (next === candidate) break;
    candidate = next;
  }
  return candidate;
}

/** "+0100", "-0500", "+0530" (Utilities.formatDate's "Z" pattern) as minutes east of UTC; null when unreadable. */
export function offsetMinutesOf(text: string): number | null {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}
