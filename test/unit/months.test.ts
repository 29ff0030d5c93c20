// Unit tests for month names: reading Swedish/English month words and short names for display.
import { describe, expect, it } from "vitest";
import {
  ENGLISH_MONTH_SHORT,
  monthFromWord,
  monthLongName,
  monthShortName,
  SWEDISH_MONTH_SHORT,
} from "../../src/core/calendar/months";

describe("monthFromWord", () => {
  it.each([
    ["januari", 1],
    ["Jan", 1],
    ["jan.", 1],
    ["JANUARI", 1],
    ["februari", 2],
    ["feb", 2],
    ["febr.", 2],
    ["mars", 3],
    ["Mar", 3],
    ["March", 3],
    ["april", 4],
    ["Apr.", 4],
    ["maj", 5],
    ["May", 5],
    ["juni", 6],
    ["jun", 6],
    ["June", 6],
    ["juli", 7],
    ["jul", 7],
    ["augusti", 8],
    ["aug", 8],
    ["september", 9],
    ["sep", 9],
    ["sept", 9],
    ["Sept.", 9],
    ["oktober", 10],
    ["okt", 10],
    ["Oct", 10],
    ["november", 11],
    ["nov.", 11],
    ["december", 12],
    ["Dec", 12],
  ])("%s → %i", (word, month) => {
    expect(monthFromWord(word)).toBe(month);
  });

  it.each(["", "ma", "ju", "j", "maja", "marsch", "vecka", "VT", "12", "jan1", "okto ber"])(
    "%j is not a month",
    (word) => {
      expect(monthFromWord(word)).toBeNull();
    },
  );

  it("ignores surrounding spaces and non-strings", () => {
    expect(monthFromWord("  okt ")).toBe(10);
    expect(monthFromWord(42 as unknown as string)).toBeNull();
  });
});

describe("month names for display", () => {
  it("has twelve short names in each language", () => {
    expect(SWEDISH_MONTH_SHORT).toHaveLength(12);
    expect(ENGLISH_MONTH_SHORT).toHaveLength(12);
    expect(monthShortName(3, "sv")).toBe("mars");
    expect(monthShortName(6, "sv")).toBe("juni");
    expect(monthShortName(3, "en")).toBe("Mar");
    expect(monthLongName(8, "sv")).toBe("augusti");
    expect(monthLongName(8, "en")).toBe("August");
  });

  it("every display name reads back as its month", () => {
    for (let m = 1; m <= 12; m++) {
      expect(monthFromWord(monthShortName(m, "sv"))).toBe(m);
      expect(monthFromWord(monthShortName(m, "en"))).toBe(m);
      expect(monthFromWord(monthLongName(m, "sv"))).toBe(m);
      expect(monthFromWord(monthLongName(m, "en"))).toBe(m);
    }
  });

  it("rejects a month outside 1–12 with a clear message", () => {
    expect(() => monthShortName(13, "sv")).toThrow(/1 to 12/);
    expect(() => monthLongName(0, "en")).toThrow(/1 to 12/);
  });
});
