// Property tests for parseWhen: never throws, months and days land where they should, spelling does not matter.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isoDate } from "../../src/core/calendar/dates";
import { monthLongName, monthShortName } from "../../src/core/calendar/months";
import { type Term, termEnd, termMonths, termStart } from "../../src/core/calendar/terms";
import { parseWhen } from "../../src/core/when/when";

const termArb: fc.Arbitrary<Term> = fc.record({
  season: fc.constantFrom("VT" as const, "HT" as const),
  year: fc.integer({ min: 1990, max: 2100 }),
});

/** A month of the term and a way of writing it. */
const monthInTermArb = fc
  .tuple(
    termArb,
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom("sv-short", "sv-long", "en-short", "en-long"),
  )
  .map(([term, i, style]) => {
    const [year, month] = termMonths(term)[i];
    const word =
      style === "sv-short"
        ? monthShortName(month, "sv")
        : style === "sv-long"
          ? monthLongName(month, "sv")
          : style === "en-short"
            ? monthShortName(month, "en")
            : monthLongName(month, "en");
    return { term, year, month, word };
  });

/** Swaps case, adds a dot, drops å/ä/ö: none of it may change what a text means. */
function respell(text: string, seed: number): string {
  let out = text;
  if (seed & 1) out = out.toUpperCase();
  if (seed & 2) out = out.replace(/[åä]/g, "a").replace(/[ÅÄ]/g, "A").replace(/ö/g, "o").replace(/Ö/g, "O");
  if (seed & 4) out = `  ${out} `;
  return out;
}

describe("parseWhen properties", () => {
  it("never throws and always answers in shape, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.option(termArb), (text, term) => {
        const result = parseWhen(text, term);
        if (result.ok) {
          expect(result.start <= result.end).toBe(true);
        } else {
          expect(result.text).toBe(text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws for strings built from När? vocabulary", () => {
    const word = fc.constantFrom(
      "ca",
      "v.",
      "v",
      "vecka",
      "jan",
      "mars",
      "maj",
      "dec",
      "-",
      "–",
      ",",
      "och",
      "/",
      "ggr",
      "per",
      "år",
      "termin",
      "varje",
      "varannan",
      "tisdag",
      "början",
      "av",
      "slutet",
      "under",
      "våren",
      "HT",
      "VT",
      "?",
      "0",
      "1",
      "15",
      "31",
      "53",
      "99",
      "2025",
      "9999",
      "0000",
      "2025-02-29",
      "2024-13-01",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.option(termArb), (words, term) => {
        const result = parseWhen(words.join(" "), term);
        if (result.ok) expect(result.start <= result.end).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("every month word under a term gives that whole month, inside the term", () => {
    fc.assert(
      fc.property(monthInTermArb, fc.integer({ min: 0, max: 7 }), ({ term, year, month, word }, seed) => {
        const dotted = seed & 8 ? `${word}.` : word;
        const result = parseWhen(respell(dotted, seed), term);
        expect(result).toMatchObject({
          ok: true,
          start: isoDate(year, month, 1),
          end: isoDate(year, month, daysInMonth(year, month)),
          precision: "month",
          warnings: [],
        });
        if (result.ok) {
          expect(result.start >= termStart(term) && result.end <= termEnd(term)).toBe(true);
        }
      }),
    );
  });

  it('"d month" round-trips for every valid day', () => {
    fc.assert(
      fc.property(monthInTermArb, fc.integer({ min: 1, max: 31 }), ({ term, year, month, word }, day) => {
        const result = parseWhen(`${day} ${word}`, term);
        if (day > daysInMonth(year, month)) {
          expect(result).toMatchObject({ ok: false, problem: "invalidDate" });
        } else {
          const date = isoDate(year, month, day);
          expect(result).toMatchObject({ ok: true, start: date, end: date, precision: "day", day });
        }
      }),
    );
  });

  it("spans have start ≤ end, or are refused as reversed", () => {
    fc.assert(
      fc.property(
        termArb,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom("-", "–", " - ", " till "),
        (term, a, b, dash) => {
          const result = parseWhen(`${monthShortName(a, "sv")}${dash}${monthShortName(b, "sv")}`, term);
          if (result.ok) {
            expect(result.precision).toBe("span");
            expect(result.start <= result.end).toBe(true);
          } else {
            expect(result.problem).toBe("reversedSpan");
          }
        },
      ),
    );
  });

  it("ISO dates parse to themselves", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2999, 11, 31), noInvalidDate: true }),
        (d) => {
          const iso = isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
          const result = parseWhen(iso, null);
          expect(result).toMatchObject({
            ok: true,
            start: iso,
            end: iso,
            precision: "day",
            day: d.getDate(),
          });
        },
      ),
    );
  });

  it("casing, dots, spacing and lost å/ä/ö do not change results", () => {
    const texts = fc.constantFrom(
      "Ca. feb",
      "Under våren",
      "under hösten",
      "Mars",
      "1 maj",
      "jan–mars",
      "v. 12",
      "Löpande",
      "början av mars",
      "4 gånger per år",
      "varje måndag",
      "var fjärde tisdag",
      "1, 8 och 15 mars",
      "Hösten 2025",
      "månadsvis",
    );
    fc.assert(
      fc.property(texts, termArb, fc.integer({ min: 1, max: 7 }), (text, term, seed) => {
        const base = parseWhen(text, term);
        const variant = parseWhen(respell(text, seed), term);
        expect(base.ok).toBe(true);
        expect({ ...variant, text: undefined }).toEqual({ ...base, text: undefined });
      }),
    );
  });
});
