// Counting activities by "Vad?": folded substring match with "*" wildcards, optionally within one term.
import { describe, expect, it, vi } from "vitest";
import { calendarDate } from "../../src/core/calendar/dates";
import { activityMatcher, countActivities } from "../../src/core/targets/activity-count";

// The 2024 example plan (examples/activity-table-2024.txt): the term each row stands under, and its "Vad?".
const EXAMPLE_2024: ReadonlyArray<readonly [string, string]> = [
  ["VT 2024", "Vad?"],
  ["VT 2024", "Ledarkonferens"],
  ["VT 2024", "Distriktsstämma"],
  ["VT 2024", "Medlemsvärvningskampanj digitalt"],
  ["VT 2024", "Ny i C"],
  ["VT 2024", "Styrelseutbildning"],
  ["VT 2024", "EU-val utbildning/pepp"],
  ["VT 2024", "Färdigställd analys av olika möjligheter för regionvalsedel"],
  ["VT 2024", "Utse personer till arbete med regionvalplattform + ev. andra politikområden"],
  ["VT 2024", "Träff regionvalkrets (bla om steg 1 och nomineringsprocess)"],
  ["VT 2024", "EU-valrörelse genomförd"],
  ["VT 2024", "Workshop kommunikation genomförd"],
  ["VT 2024", "Ny i C"],
  ["HT 2024", "Vad?"],
  ["HT 2024", "Valanalys EU-val"],
  ["HT 2024", "Distriktskampanj nära vård"],
  ["HT 2024", "Ny i C"],
  ["HT 2024", "Träff regionvalkrets (bla om steg 1 och nomineringsprocess)"],
  ["HT 2024", "Kretsordförandeträff digitalt"],
  ["HT 2024", "Steg 2-utbildning ledarskap, kommunikation, politik"],
  ["HT 2024", "Stockholmskonferensen"],
  ["HT 2024", "Revidering verksamhetsplan (kommunikationsplan + mål)"],
  ["HT 2024", "Ny i C"],
];
const terms = [...EXAMPLE_2024.map(([term]) => term), "", ""]; // trailing empty rows, as a column range has
const whats = [...EXAMPLE_2024.map(([, what]) => what), "", ""];

describe("countActivities on the 2024 example plan", () => {
  it('counts "Ny i C" 4 times in the year and 2 per term', () => {
    expect(countActivities(terms, whats, "Ny i C")).toBe(4);
    expect(countActivities(terms, whats, "Ny i C", { season: "VT", year: 2024 })).toBe(2);
    expect(countActivities(terms, whats, "Ny i C", { season: "HT", year: 2024 })).toBe(2);
    expect(countActivities(terms, whats, "Ny i C", { season: "VT", year: 2025 })).toBe(0);
  });

  it("ignores case, spaces and å/ä/ö, also when a PDF lost them", () => {
    expect(countActivities(terms, whats, "NYIC")).toBe(4);
    expect(countActivities(terms, whats, "traff regionvalkrets")).toBe(2);
    expect(countActivities(terms, whats, "TRÄFF")).toBe(3); // Kretsordförandeträff too
    expect(countActivities(terms, ["Traff regionvalkrets"], "träff")).toBe(1);
  });

  it('supports "*" wildcards and counts everything for "*" or a blank pattern, but not header rows', () => {
    expect(countActivities(terms, whats, "eu*val")).toBe(3);
    expect(countActivities(terms, whats, "steg*utbildning")).toBe(1);
    expect(countActivities(terms, whats, "*")).toBe(21);
    expect(countActivities(terms, whats, "")).toBe(21);
    expect(countActivities(terms, whats, "*", { season: "HT", year: 2024 })).toBe(9);
  });

  it("treats regex characters in the pattern literally", () => {
    expect(countActivities(terms, whats, "(bla")).toBe(2);
    expect(countActivities(terms, whats, "plan + mål")).toBe(1);
    expect(countActivities(terms, whats, ".")).toBe(1); // only "ev." has a dot
  });
});

describe("countActivities with odd cells", () => {
  it("reads term cells in any form, and dates as their term", () => {
    const rowTerms = ["Vårtermin 2024", "ht24", calendarDate("2024-09-01"), 2024, null];
    const rowWhats = ["Ny i C", "Ny i C", "Ny i C", "Ny i C", "Ny i C"];
    expect(countActivities(rowTerms, rowWhats, "ny i c", { season: "HT", year: 2024 })).toBe(2);
    expect(countActivities(rowTerms, rowWhats, "ny i c")).toBe(5);
  });

  it("skips blank and non-text Vad cells, and copes with columns of different lengths", () => {
    expect(countActivities([], ["Ny i C", null, true, {}, 2024], "*")).toBe(2);
    expect(countActivities(["VT 2024"], ["Ny i C", "Ny i C"], "ny", { season: "VT", year: 2024 })).toBe(1);
  });
});

describe("activityMatcher", () => {
  it("matches substrings", () => {
    const matches = activityMatcher("möte*krets");
    expect(matches("Möte med kretsordförande")).toBe(true);
    expect(matches("Kretsmöte")).toBe(false);
  });
});

describe("hostile patterns", () => {
  it("are matched in steps bounded by the pattern's parts, never by backtracking", () => {
    const text = "a".repeat(60);
    for (const stars of [7, 8, 40, 2000]) {
      const pattern = `${"a*".repeat(stars)}b`;
      const spy = vi.spyOn(String.prototype, "indexOf");
      const matches = activityMatcher(pattern)(text);
      const steps = spy.mock.calls.length;
      spy.mockRestore();
      expect(matches).toBe(false);
      // One scan per part of the pattern (stars + 1 parts), however the text looks.
      expect(steps).toBeLessThanOrEqual(stars + 1);
    }
  });

  it("takes a 40,000-character pattern without an engine's 'too large' error", () => {
    const huge = "x*".repeat(20_000);
    expect(countActivities(["VT 2025"], ["x".repeat(20_000)], huge)).toBe(1);
    expect(countActivities(["VT 2025"], ["y"], huge)).toBe(0);
  });

  it("treats regular-expression characters as text", () => {
    expect(activityMatcher("(a+)+$")("Möte (a+)+$ kväll")).toBe(true);
    expect(activityMatcher("(a+)+$")("aaaa")).toBe(false);
    expect(activityMatcher("möte*krets")("Möte med kretsordförande")).toBe(true);
    expect(activityMatcher("krets*möte")("Möte med kretsordförande")).toBe(false);
  });
});

describe("countActivities counts what was done, and each occurrence of a recurring activity", () => {
  // A volunteer's plan in June 2026: spring campaigns done, autumn ones planned, one recurring meeting.
  const planTerms = ["VT 2026", "VT 2026", "HT 2026", "HT 2026", "HT 2026"];
  const planWhats = ["Kampanj vår", "Ny i C", "Kampanj höst", "Kampanj jul", "Ny i C"];
  const planWhens = ["Mars", "2 gånger per termin", "Sep", "Dec", "2 gånger per termin"];
  const planDones = [true, true, false, false, false];

  it("counts planned rows without done_only, ticked rows only with it", () => {
    const options = { whens: planWhens, dones: planDones };
    expect(countActivities(planTerms, planWhats, "kampanj", null, options)).toBe(3);
    expect(countActivities(planTerms, planWhats, "kampanj", null, { ...options, doneOnly: true })).toBe(1);
  });

  it('counts "2 gånger per termin" twice, in Planerat always and in Utfall once ticked', () => {
    const options = { whens: planWhens, dones: planDones };
    // Before: one row counted once, so "Ny i C 2 gånger per termin" showed 50 %.
    expect(countActivities(planTerms, planWhats, "Ny i C")).toBe(2);
    expect(countActivities(planTerms, planWhats, "Ny i C", null, options)).toBe(4);
    expect(countActivities(planTerms, planWhats, "Ny i C", null, { ...options, doneOnly: true })).toBe(2);
    expect(
      countActivities(
        planTerms,
        planWhats,
        "Ny i C",
        { season: "HT", year: 2026 },
        { ...options, doneOnly: true },
      ),
    ).toBe(0);
  });

  it("reads Klar typed as text, and counts nothing as done without a Klar column", () => {
    const dones = ["ja", "x", "nej", "", "SANT"];
    expect(countActivities(planTerms, planWhats, "*", null, { dones, doneOnly: true })).toBe(3);
    expect(countActivities(planTerms, planWhats, "*", null, { doneOnly: true })).toBe(0);
  });
});
