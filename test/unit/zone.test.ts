// Calendar dates at the edge: a date cell's instant is midnight in the spreadsheet's zone, whatever the offset today.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, fromDayNumber } from "../../src/core/calendar/dates";
import { calendarDateOfInstant, midnightInstantOf, offsetMinutesOf } from "../../src/core/calendar/zone";

const HOUR = 3_600_000;
const utcMidnight = (iso: string) => dayNumber(iso) * 24 * HOUR;

/** A zone's offset (minutes) at an instant: +1 h in "winter", +2 h from 29 March 2026 01:00 UTC (Stockholm). */
const stockholm2026 = (ms: number) =>
  ms >= Date.UTC(2026, 2, 29, 1) && ms < Date.UTC(2026, 9, 25, 1) ? 120 : 60;

describe("calendarDateOfInstant", () => {
  it("reads a midnight as its date even when today's offset differs by daylight saving", () => {
    // 1 July 2026 00:00 in Stockholm (UTC+2) read with the winter offset (UTC+1): 23:00 the day before.
    expect(calendarDateOfInstant(utcMidnight("2026-07-01") - 2 * HOUR, 60)).toBe("2026-07-01");
    // 1 January 2026 00:00 in Stockholm (UTC+1) read with the summer offset: 01:00 the same day.
    expect(calendarDateOfInstant(utcMidnight("2026-01-01") - HOUR, 120)).toBe("2026-01-01");
    // New York (UTC−5/−4), Tokyo (UTC+9), Auckland (UTC+13/+12).
    expect(calendarDateOfInstant(utcMidnight("2026-03-01") + 5 * HOUR, -240)).toBe("2026-03-01");
    expect(calendarDateOfInstant(utcMidnight("2026-07-01") - 9 * HOUR, 540)).toBe("2026-07-01");
    expect(calendarDateOfInstant(utcMidnight("2026-04-05") - 13 * HOUR, 720)).toBe("2026-04-05");
  });

  it("reads a date with a time of day as the day it shows", () => {
    expect(calendarDateOfInstant(utcMidnight("2026-05-10") + 14 * HOUR - 2 * HOUR, 120)).toBe("2026-05-10");
  });

  it("gives null for instants outside years 1–9999 and for nonsense", () => {
    expect(calendarDateOfInstant(utcMidnight("9999-12-31") + 48 * HOUR, 0)).toBeNull();
    expect(calendarDateOfInstant(Number.NaN, 0)).toBeNull();
  });

  it("round-trips every date through its midnight in any fixed or daylight-saving zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber("1900-01-01"), max: dayNumber("2999-12-31") }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.boolean(),
        (day, offset, dst) => {
          const iso = fromDayNumber(day);
          const zone = dst ? (ms: number) => offset + (stockholm2026(ms) - 60) : () => offset;
          const midnight = midnightInstantOf(iso, zone);
          expect(calendarDateOfInstant(midnight, zone(Date.UTC(2026, 0, 1)))).toBe(iso);
        },
      ),
    );
  });
});

describe("midnightInstantOf", () => {
  it("is the instant the day starts in the zone, also on the day daylight saving starts", () => {
    expect(midnightInstantOf("2026-03-29", stockholm2026)).toBe(utcMidnight("2026-03-29") - HOUR);
    expect(midnightInstantOf("2026-07-01", stockholm2026)).toBe(utcMidnight("2026-07-01") - 2 * HOUR);
  });
});

describe("offsetMinutesOf", () => {
  it("reads Utilities.formatDate's Z pattern", () => {
    expect(["+0100", "-0500", "+0530", "+13:00", "x"].map(offsetMinutesOf)).toEqual([
      60,
      -300,
      330,
      780,
      null,
    ]);
  });
});
