// Coercion of cell values: Swedish and English numbers, percentages, calendar dates, terms, booleans.
import { describe, expect, it } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import {
  isBlankCell,
  isoFromSerial,
  normalizeNumberText,
  readBoolean,
  readDate,
  readNumber,
  readPercent,
  readTerm,
  readText,
  serialFromIso,
  showValue,
} from "../../src/core/cells/cell-values";
import { PlanError } from "../../src/core/i18n/errors";

function errorOf(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("blank cells", () => {
  it('treats "", whitespace, null and undefined as blank and nothing else', () => {
    for (const blank of ["", "   ", null, undefined]) expect(isBlankCell(blank)).toBe(true);
    for (const value of [0, false, "0", Number.NaN, [], {}]) expect(isBlankCell(value)).toBe(false);
    expect(readNumber("", "base")).toEqual({ kind: "blank" });
    expect(readPercent(undefined, "growth")).toEqual({ kind: "blank" });
    expect(readDate(null, "today")).toEqual({ kind: "blank" });
    expect(readTerm(" ", "term")).toEqual({ kind: "blank" });
    expect(readBoolean("", "done")).toEqual({ kind: "blank" });
    expect(readText("", "pattern")).toEqual({ kind: "blank" });
  });
});

describe("readNumber", () => {
  it.each([
    [117, 117],
    ["117", 117],
    ["10,5", 10.5],
    ["10.5", 10.5],
    ["1 200", 1200],
    ["1\u00a0200,5", 1200.5],
    ["12 000 000", 12_000_000],
    ["1,200.5", 1200.5],
    ["1.200,5", 1200.5],
    ["1,200,000", 1_200_000],
    ["−5", -5],
    ["-5", -5],
    ["+7", 7],
    [" 42 ", 42],
    [",5", 0.5],
  ])("reads %j as %d", (input, expected) => {
    expect(readNumber(input, "base")).toEqual({ kind: "number", value: expected });
  });

  it("reads a lone comma as a decimal comma (Swedish)", () => {
    expect(readNumber("1,200", "base")).toEqual({ kind: "number", value: 1.2 });
  });

  it.each([
    ["abc"],
    ["1 2"],
    ["12 34"],
    ["1,2,3"],
    ["1.2.3"],
    ["10 %"],
    ["1e3"],
    [Number.NaN],
    [Infinity],
    [true],
    [new Date()],
    [[1]],
    [{}],
  ])("rejects %j with errorCellNotNumber", (input) => {
    const error = errorOf(() => readNumber(input, "base"));
    expect(error.key).toBe("errorCellNotNumber");
    expect(error.vars.name).toBe("base");
  });

  it("says what it got", () => {
    expect(errorOf(() => readNumber("abc", "base")).message).toBe('base must be a number, not "abc".');
  });
});

describe("readPercent", () => {
  it.each([
    [0.1, 0.1],
    ["10%", 0.1],
    ["10 %", 0.1],
    ["10,5 %", 0.105],
    ["10,3 %", 0.103],
    ["−5 %", -0.05],
    ["-5%", -0.05],
    ["0,1", 0.1],
    ["1 000 %", 10],
    ["10 procent", 0.1],
  ])("reads %j as the fraction %d", (input, expected) => {
    expect(readPercent(input, "growth")).toEqual({ kind: "number", value: expected });
  });

  it.each([["tio"], ["%"], ["10 %%"], [Number.NaN], [false], [{}]])("rejects %j", (input) => {
    expect(errorOf(() => readPercent(input, "growth")).key).toBe("errorCellNotPercent");
  });
});

describe("normalizeNumberText", () => {
  it("gives a plain decimal string or null", () => {
    expect(normalizeNumberText("1 234,50")).toBe("1234.50");
    expect(normalizeNumberText("−0,5")).toBe("-0.5");
    expect(normalizeNumberText("")).toBeNull();
    expect(normalizeNumberText("-")).toBeNull();
  });
});

describe("readDate", () => {
  it("reads date cells (calendar dates the adapter made of Sheets' Dates) and ISO text", () => {
    expect(readDate(calendarDate("2025-03-15"), "today")).toEqual({ kind: "date", value: "2025-03-15" });
    expect(readDate(" 2024-12-24 ", "today")).toEqual({ kind: "date", value: "2024-12-24" });
  });

  it("never sees a raw Date: the Sheets adapter turns every Date into a calendar date first", () => {
    expect(errorOf(() => readDate(new Date(2025, 2, 15), "today")).key).toBe("errorCellNotDate");
  });

  it("reads serial numbers from the Sheets epoch 1899-12-30", () => {
    expect(isoFromSerial(1)).toBe("1899-12-31");
    expect(isoFromSerial(45658)).toBe("2025-01-01");
    expect(isoFromSerial(45658.75)).toBe("2025-01-01");
    expect(serialFromIso("2025-01-01")).toBe(45658);
    expect(readDate(45658, "today")).toEqual({ kind: "date", value: "2025-01-01" });
    expect(isoFromSerial(0)).toBeNull();
    expect(isoFromSerial(1e9)).toBeNull();
  });

  it("reads ISO text", () => {
    expect(readDate(" 2025-03-15 ", "today")).toEqual({ kind: "date", value: "2025-03-15" });
  });

  it.each([
    ["2025-02-30"],
    ["15 mars"],
    [-3],
    [1e12],
    [true],
    [new Date(Number.NaN)],
    [new Date(2025, 0, 1)],
    [{}],
  ])("rejects %j", (input) => {
    expect(errorOf(() => readDate(input, "today")).key).toBe("errorCellNotDate");
  });
});

describe("readTerm", () => {
  it("reads terms as plans write them, and dates as their term", () => {
    expect(readTerm("VT 2025", "term")).toEqual({ kind: "term", value: { season: "VT", year: 2025 } });
    expect(readTerm("Hösttermin 2024", "term")).toEqual({
      kind: "term",
      value: { season: "HT", year: 2024 },
    });
    expect(readTerm("ht25", "term")).toEqual({ kind: "term", value: { season: "HT", year: 2025 } });
    expect(readTerm(calendarDate("2025-07-01"), "term")).toEqual({
      kind: "term",
      value: { season: "HT", year: 2025 },
    });
  });

  it.each([["sommar 2025"], [2025], [true], [[["VT 2025"]]]])("rejects %j", (input) => {
    expect(errorOf(() => readTerm(input, "term")).key).toBe("errorCellNotTerm");
  });
});

describe("readBoolean and readText", () => {
  it("reads checkboxes and yes/no words in both languages", () => {
    expect(readBoolean(true, "done")).toEqual({ kind: "boolean", value: true });
    expect(readBoolean("SANT", "done")).toEqual({ kind: "boolean", value: true });
    expect(readBoolean("x", "done")).toEqual({ kind: "boolean", value: true });
    expect(readBoolean("nej", "done")).toEqual({ kind: "boolean", value: false });
    expect(readBoolean(0, "done")).toEqual({ kind: "boolean", value: false });
    expect(errorOf(() => readBoolean("kanske", "done")).key).toBe("errorCellNotBoolean");
  });

  it("reads text, numbers and dates as text; rejects the rest", () => {
    expect(readText("Ny i C", "pattern")).toEqual({ kind: "text", value: "Ny i C" });
    expect(readText(2024, "pattern")).toEqual({ kind: "text", value: "2024" });
    expect(readText(calendarDate("2024-01-05"), "pattern")).toEqual({ kind: "text", value: "2024-01-05" });
    expect(errorOf(() => readText(true, "pattern")).key).toBe("errorCellNotText");
  });
});

describe("showValue", () => {
  it("never throws, even for objects whose toString is broken", () => {
    const hostile = { toString: 0, valueOf: 0 };
    expect(showValue(hostile)).toBe("{…}");
    expect(showValue(Object.create(null))).toBe("{…}");
    expect(showValue(Symbol("s"))).toBe("{…}");
    expect(showValue([1])).toBe("[…]");
    expect(showValue("x".repeat(100))).toHaveLength(41);
  });
});
