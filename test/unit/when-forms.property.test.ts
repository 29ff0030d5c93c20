// Property tests for the När forms of whole plans: never a raw error, and each form round-trips with its plain twin.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoDate, lastOfMonth } from "../../src/core/calendar/dates";
import { generalElection } from "../../src/core/calendar/elections";
import { monthLongName, monthShortName } from "../../src/core/calendar/months";
import { type Term, termIndex, termMonths, termsBetween } from "../../src/core/calendar/terms";
import { parseWhen } from "../../src/core/when/when";

const termArb: fc.Arbitrary<Term> = fc.record({
  season: fc.constantFrom("VT" as const, "HT" as const),
  year: fc.integer({ min: 1990, max: 2100 }),
});

const periodArb = fc
  .tuple(termArb, termArb)
  .map(([a, b]) => (termIndex(a) <= termIndex(b) ? { first: a, last: b } : { first: b, last: a }))
  .filter((p) => p.last.year - p.first.year <= 6);

const monthArb = fc.integer({ min: 1, max: 12 });
const yearArb = fc.integer({ min: 2000, max: 2100 });
const monthWord = (month: number, style: number) =>
  style === 0
    ? monthShortName(month, "sv")
    : style === 1
      ? monthLongName(month, "sv")
      : monthLongName(month, "en");

describe("new När forms: properties", () => {
  it("never throw and always answer in shape, for strings built from their vocabulary", () => {
    const word = fc.constantFrom(
      "Ev.",
      "ev",
      "Q2",
      "q",
      "kv",
      "kvartal",
      "andra",
      "kvartalet",
      "efter",
      "valet",
      "valdagen",
      "årligen",
      "varje",
      "år",
      "i",
      "januari",
      "okt/nov",
      "/",
      "mars/april",
      "början",
      "slutet",
      "mitten",
      "av",
      "året",
      "utom",
      "juli",
      "och",
      "första",
      "måndagen",
      "månad",
      "(",
      ")",
      "(årsmöte)",
      "(ev.)",
      "2025",
      "2026",
      "9999",
      "0",
      "nov",
      "löpande",
      "under",
    );
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 7 }),
        fc.option(termArb),
        fc.option(periodArb),
        (words, term, period) => {
          const text = words.join(" ");
          const result = parseWhen(text, term, { period });
          if (result.ok) {
            expect(result.start <= result.end).toBe(true);
            for (const date of result.occurrences) {
              expect(date >= result.start && date <= result.end).toBe(true);
            }
          } else {
            expect(result.text).toBe(text);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("Qn YYYY is the quarter's three months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), yearArb, fc.boolean(), (q, year, yearFirst) => {
        const text = yearFirst ? `${year} Q${q}` : `Q${q} ${year}`;
        expect(parseWhen(text, null)).toMatchObject({
          ok: true,
          start: isoDate(year, q * 3 - 2, 1),
          end: lastOfMonth(year, q * 3),
        });
      }),
    );
  });

  it("början/mitten/slutet av YYYY are the year's thirds, and together cover it", () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const parts = ["Början", "Mitten", "Slutet"].map((part) => parseWhen(`${part} av ${year}`, null));
        expect(parts.map((p) => p.ok && [p.start, p.end])).toEqual([
          [isoDate(year, 1, 1), isoDate(year, 4, 30)],
          [isoDate(year, 5, 1), isoDate(year, 8, 31)],
          [isoDate(year, 9, 1), isoDate(year, 12, 31)],
        ]);
      }),
    );
  });

  it("a slash between months reads as the dash span", () => {
    fc.assert(
      fc.property(termArb, monthArb, monthArb, fc.integer({ min: 0, max: 2 }), (term, a, b, style) => {
        const slash = parseWhen(`${monthWord(a, style)}/${monthWord(b, style)}`, term);
        const dash = parseWhen(`${monthWord(a, style)}–${monthWord(b, style)}`, term);
        expect({ ...slash, text: "" }).toEqual({ ...dash, text: "" });
      }),
    );
  });

  it("YYYY month is month YYYY", () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: 0, max: 2 }), (year, month, style) => {
        const first = parseWhen(`${year} ${monthWord(month, style)}`, null);
        const last = parseWhen(`${monthWord(month, style)} ${year}`, null);
        expect({ ...first, text: "" }).toEqual({ ...last, text: "" });
      }),
    );
  });

  it("Ev. and a note change nothing but the tentative flag and the note", () => {
    const texts = fc.constantFrom(
      "mars",
      "1 maj",
      "jan–mars",
      "v. 12",
      "Q2",
      "okt/nov",
      "början av 2026",
      "löpande",
    );
    const notes = fc.constantFrom("årsmöte", "konstituerande möte", "Stockholm", "med fika");
    fc.assert(
      fc.property(texts, notes, termArb, fc.boolean(), (text, note, term, prefix) => {
        const plain = parseWhen(text, term);
        const marked = parseWhen(prefix ? `Ev. ${text} (${note})` : `${text} (${note}) (ev.)`, term);
        if (!plain.ok) {
          expect(marked.ok).toBe(false);
          return;
        }
        expect(marked).toEqual({ ...plain, tentative: true, note });
      }),
    );
  });

  it("efter valet YYYY starts the day after a general election, and is a problem in other years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2010, max: 2100 }), (year) => {
        const result = parseWhen(`efter valet ${year}`, null);
        const election = generalElection(year);
        if (election) {
          expect(result).toMatchObject({
            ok: true,
            start: addDays(election.date, 1),
            end: isoDate(year, 12, 31),
          });
        } else {
          expect(result).toMatchObject({ ok: false, problem: "noElection" });
        }
      }),
    );
  });

  it("varje månad utom M, over a plan period, is every month of the period but M", () => {
    fc.assert(
      fc.property(periodArb, monthArb, (period, month) => {
        const result = parseWhen(`varje månad utom ${monthLongName(month, "sv")}`, null, { period });
        const expected = termsBetween(period.first, period.last)
          .flatMap(termMonths)
          .filter(([, m]) => m !== month)
          .map(([y, m]) => isoDate(y, m, 1));
        expect(result).toMatchObject({ ok: true, occurrences: expected });
      }),
    );
  });
});
