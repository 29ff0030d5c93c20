// Goal pace: expected value on a straight line from baseline to target, and done / on track / behind / not started.
import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import { PlanError } from "../../src/core/i18n/errors";
import {
  deadlineDate,
  expectedValue,
  goalPace,
  PACE_TOLERANCE,
  startDate,
} from "../../src/core/targets/goal-pace";

const year2025 = { baseline: 100, target: 200, start: "2025-01-01", deadline: "2025-12-31" } as const;

describe("expectedValue", () => {
  it("moves linearly from baseline at start to target at deadline", () => {
    expect(expectedValue({ ...year2025, today: "2025-01-01" })).toBe(100);
    expect(expectedValue({ ...year2025, today: "2025-12-31" })).toBe(200);
    // 2025-07-02 is day 182 of 364.
    expect(expectedValue({ ...year2025, today: "2025-07-02" })).toBe(150);
  });

  it("is clamped to the period", () => {
    expect(expectedValue({ ...year2025, today: "2024-06-01" })).toBe(100);
    expect(expectedValue({ ...year2025, today: "2026-06-01" })).toBe(200);
  });

  it("handles a one-day period", () => {
    const day = { baseline: 0, target: 1, start: "2025-05-01", deadline: "2025-05-01" };
    expect(expectedValue({ ...day, today: "2025-05-01" })).toBe(1);
    expect(expectedValue({ ...day, today: "2025-04-30" })).toBe(0);
  });
});

describe("goalPace", () => {
  it("is notStarted when nothing has been measured", () => {
    expect(goalPace({ ...year2025, actual: null, today: "2025-07-02" })).toEqual({
      status: "notStarted",
      expected: 150,
    });
  });

  it("is notStarted, with nothing expected, before the start", () => {
    expect(goalPace({ ...year2025, actual: 120, today: "2024-12-31" })).toEqual({
      status: "notStarted",
      expected: null,
    });
  });

  it("is done once actual reaches the target, even early or before the start", () => {
    expect(goalPace({ ...year2025, actual: 200, today: "2025-03-01" }).status).toBe("done");
    expect(goalPace({ ...year2025, actual: 250, today: "2024-03-01" }).status).toBe("done");
  });

  it("is onTrack at or ahead of the line, and within the tolerance below it", () => {
    expect(goalPace({ ...year2025, actual: 150, today: "2025-07-02" }).status).toBe("onTrack");
    expect(goalPace({ ...year2025, actual: 190, today: "2025-07-02" }).status).toBe("onTrack");
    const slack = PACE_TOLERANCE * 100; // 5 members of a 100-member increase
    expect(goalPace({ ...year2025, actual: 150 - slack, today: "2025-07-02" }).status).toBe("onTrack");
    expect(goalPace({ ...year2025, actual: 150 - slack - 0.01, today: "2025-07-02" }).status).toBe("behind");
  });

  it("is behind after the deadline when the target was missed", () => {
    expect(goalPace({ ...year2025, actual: 199, today: "2026-01-15" })).toEqual({
      status: "behind",
      expected: 200,
    });
  });

  it("handles decreasing goals (target below baseline)", () => {
    const down = { baseline: 50, target: 30, start: "2025-01-01", deadline: "2025-12-31" };
    expect(goalPace({ ...down, actual: 30, today: "2025-03-01" }).status).toBe("done");
    expect(goalPace({ ...down, actual: 25, today: "2025-03-01" }).status).toBe("done");
    expect(goalPace({ ...down, actual: 40, today: "2025-07-02" })).toEqual({
      status: "onTrack",
      expected: 40,
    });
    expect(goalPace({ ...down, actual: 45, today: "2025-07-02" }).status).toBe("behind");
  });

  it("treats a goal equal to its baseline as 'keep the level'", () => {
    const keep = {
      baseline: 10,
      target: 10,
      start: "2025-01-01",
      deadline: "2025-12-31",
      today: "2025-06-01",
    };
    expect(goalPace({ ...keep, actual: 10 }).status).toBe("done");
    expect(goalPace({ ...keep, actual: 9 }).status).toBe("behind");
  });

  it("rejects a start after the deadline", () => {
    expect(() => goalPace({ ...year2025, start: "2026-01-01", actual: 1, today: "2025-06-01" })).toThrow(
      PlanError,
    );
  });
});

describe("deadlineDate and startDate", () => {
  it("read a date, a year or a term", () => {
    expect(deadlineDate("2026")).toBe("2026-12-31");
    expect(deadlineDate(2026)).toBe("2026-12-31");
    expect(deadlineDate("HT 2026")).toBe("2026-12-31");
    expect(deadlineDate("VT26")).toBe("2026-06-30");
    expect(deadlineDate("2026-09-13")).toBe("2026-09-13");
    expect(deadlineDate(calendarDate("2026-09-13"))).toBe("2026-09-13");
    expect(deadlineDate(46000)).toBe("2025-12-09"); // a serial number outside the year range
    expect(startDate("2025")).toBe("2025-01-01");
    expect(startDate("Hösttermin 2025")).toBe("2025-07-01");
    expect(startDate(" VT 2025 ")).toBe("2025-01-01");
  });

  it("are null for blank cells and throw errorCellNotDeadline for anything else", () => {
    expect(deadlineDate("")).toBeNull();
    expect(startDate(undefined)).toBeNull();
    for (const bad of ["snart", "2026-13-01", true, 1e12, {}, [["2026"]], "99999"]) {
      let key = "";
      try {
        deadlineDate(bad);
      } catch (error) {
        key = error instanceof PlanError ? error.key : "other";
      }
      expect(key).toBe("errorCellNotDeadline");
    }
  });
});
