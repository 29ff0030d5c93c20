// A growth typed without "%": a number over 1 and at most 100 is read as that many percent.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isGrowthNote, typedPercentGrowth, typedPercentNote } from "../../src/core/targets/growth-entry";

describe("typedPercentGrowth", () => {
  it("reads 10 as 10 %, 12.5 as 12.5 % and 100 as 100 %", () => {
    expect([10, 12.5, 100, 1.5].map(typedPercentGrowth)).toEqual([0.1, 0.125, 1, 0.015]);
  });

  it("leaves fractions, negatives and numbers over 100 as typed", () => {
    expect([0.1, 1, 0, -0.2, -5, 100.5, 150, Number.NaN].map(typedPercentGrowth)).toEqual(
      new Array(8).fill(null),
    );
  });

  it("gives a fraction of at most 1 whose hundredfold is the typed number, for every number in (1, 100]", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100, noNaN: true }), (typed) => {
        const read = typedPercentGrowth(typed);
        if (typed === 1) return read === null;
        return read !== null && read <= 1 && read >= 0.01 && Math.abs(read * 100 - typed) < 1e-6;
      }),
    );
  });
});

describe("the note on a growth read as percent", () => {
  it("says what was typed and how it is read, in Swedish with a decimal comma", () => {
    expect(typedPercentNote(12.5, "sv")).toMatch(/^Läst som 12,5 %: du skrev 12,5/);
    expect(typedPercentNote(10, "en")).toMatch(/^Read as 10 %: you typed 10/);
  });

  it("is recognised as the add-on's in either language; a user's note is not", () => {
    expect(isGrowthNote(typedPercentNote(10, "sv"))).toBe(true);
    expect(isGrowthNote(typedPercentNote(10, "en"))).toBe(true);
    expect(isGrowthNote("Enligt styrelsebeslut")).toBe(false);
    expect(isGrowthNote("")).toBe(false);
  });
});
