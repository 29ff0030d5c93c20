// Unit tests for the När forms seen in whole plans: parts of a year, month pairs, quarters, elections, yearly, Ev., notes.
import { describe, expect, it } from "vitest";
import type { Term } from "../../src/core/calendar/terms";
import { readRecurrence } from "../../src/core/when/recurrence-text";
import { describeWhenProblem, isUndated, parseWhen, type WhenOk } from "../../src/core/when/when";

const VT25: Term = { season: "VT", year: 2025 };
const HT25: Term = { season: "HT", year: 2025 };
const VT26: Term = { season: "VT", year: 2026 };
const HT26: Term = { season: "HT", year: 2026 };
const PLAN = { first: VT25, last: HT26 };

function ok(text: string, term: Term | null, period = PLAN): WhenOk {
  const result = parseWhen(text, term, { period });
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${result.problem}`);
  return result;
}

describe("början, mitten and slutet av a year", () => {
  it("Början av 2026 is January–April, approximate", () => {
    expect(ok("Början av 2026", VT26)).toMatchObject({
      start: "2026-01-01",
      end: "2026-04-30",
      precision: "span",
      approximate: true,
      warnings: [],
    });
  });

  it("Slutet av 2025 is September–December; mitten av is May–August", () => {
    expect(ok("Slutet av 2025", HT25)).toMatchObject({
      start: "2025-09-01",
      end: "2025-12-31",
      warnings: [],
    });
    expect(ok("mitten av 2025", VT25)).toMatchObject({ start: "2025-05-01", end: "2025-08-31" });
  });

  it("slutet av året takes the row's year, and needs one", () => {
    expect(ok("i slutet av året", VT25)).toMatchObject({ start: "2025-09-01", end: "2025-12-31" });
    expect(parseWhen("slutet av året", null)).toMatchObject({ ok: false, problem: "noYear" });
  });

  it("keeps the thirds of a term and a month as before", () => {
    expect(ok("början av terminen", HT25)).toMatchObject({ start: "2025-07-01", end: "2025-08-31" });
    expect(ok("slutet av mars", VT25)).toMatchObject({ start: "2025-03-21", end: "2025-03-31" });
  });

  it("reads OCR-damaged Borjan av 2026 as Början av 2026", () => {
    expect(ok("Borjan av 2026", VT26)).toEqual(ok("Början av 2026", VT26));
  });
});

describe("month pairs with a slash", () => {
  it("Okt/nov and Mars/april are spans", () => {
    expect(ok("Okt/nov", HT25)).toMatchObject({ start: "2025-10-01", end: "2025-11-30", precision: "span" });
    expect(ok("Mars/april", VT26)).toMatchObject({ start: "2026-03-01", end: "2026-04-30", warnings: [] });
    expect(ok("nov/dec 2026", null)).toMatchObject({ start: "2026-11-01", end: "2026-12-31" });
  });

  it("leaves day/month dates alone", () => {
    expect(ok("15/3", VT25)).toMatchObject({ start: "2025-03-15", end: "2025-03-15", precision: "day" });
    expect(ok("15/3-20/3", VT25)).toMatchObject({ start: "2025-03-15", end: "2025-03-20" });
  });
});

describe("quarters", () => {
  it.each(["Q2", "q2", "Kv 2", "kvartal 2", "andra kvartalet"])("%s is April–June", (text) => {
    expect(ok(text, VT25)).toMatchObject({ start: "2025-04-01", end: "2025-06-30", precision: "span" });
  });

  it("takes a year from the text, either side", () => {
    expect(ok("Q4 2026", null)).toMatchObject({ start: "2026-10-01", end: "2026-12-31" });
    expect(ok("2026 Q1", null)).toMatchObject({ start: "2026-01-01", end: "2026-03-31" });
  });

  it("a quarter outside the row's term is read nearest it, with a warning", () => {
    expect(ok("Q1", HT25)).toMatchObject({ start: "2026-01-01", warnings: ["outsideTerm"] });
    expect(parseWhen("Q3", null)).toMatchObject({ ok: false, problem: "noYear" });
  });
});

describe("year before month", () => {
  it("2025 nov is November 2025", () => {
    expect(ok("2025 nov", HT25)).toMatchObject({
      start: "2025-11-01",
      end: "2025-11-30",
      precision: "month",
      warnings: [],
    });
    expect(ok("2026 okt-nov", null)).toMatchObject({ start: "2026-10-01", end: "2026-11-30" });
  });
});

describe("after the election", () => {
  it("Efter valet runs from the day after election day to the end of its term", () => {
    expect(ok("Efter valet", HT26)).toMatchObject({
      start: "2026-09-14",
      end: "2026-12-31",
      precision: "span",
      warnings: [],
    });
    expect(ok("efter riksdagsvalet 2022", null)).toMatchObject({ start: "2022-09-12", end: "2022-12-31" });
  });

  it("under VT of an election year it still means the autumn election, outside the row's term", () => {
    expect(ok("Efter valet", VT26)).toMatchObject({ start: "2026-09-14", warnings: ["outsideTerm"] });
  });

  it("is a clear problem in a year without a general election", () => {
    expect(parseWhen("Efter valet", HT25)).toEqual({ ok: false, problem: "noElection", text: "Efter valet" });
    expect(describeWhenProblem("noElection", "sv", "Efter valet")).toContain("2026");
    expect(parseWhen("efter valet", null)).toMatchObject({ ok: false, problem: "noYear" });
  });

  it("valdagen is election day", () => {
    expect(ok("På valdagen", HT26)).toMatchObject({ start: "2026-09-13", end: "2026-09-13", day: 13 });
  });
});

describe("yearly recurrence", () => {
  it("Årligen i januari is January of the term's year", () => {
    expect(ok("Årligen i januari", VT25)).toMatchObject({
      start: "2025-01-01",
      end: "2025-01-31",
      precision: "recurring",
      occurrences: ["2025-01-01"],
      warnings: [],
    });
    expect(ok("Årligen i januari", HT25)).toMatchObject({ occurrences: ["2025-01-01"], warnings: [] });
  });

  it("under no term it recurs in each year of the plan period", () => {
    expect(ok("årligen i januari", null)).toMatchObject({
      start: "2025-01-01",
      end: "2026-01-31",
      occurrences: ["2025-01-01", "2026-01-01"],
    });
    expect(ok("1 maj varje år", null).occurrences).toEqual(["2025-05-01", "2026-05-01"]);
    expect(parseWhen("årligen i januari", null, {})).toMatchObject({ ok: false, problem: "noYear" });
  });
});

describe("tentative activities", () => {
  it("Ev. marks the reading tentative and reads the rest", () => {
    expect(ok("Ev. 2026 okt/nov", null)).toMatchObject({
      start: "2026-10-01",
      end: "2026-11-30",
      tentative: true,
      approximate: false,
    });
    expect(ok("eventuellt i mars", VT25)).toMatchObject({ start: "2025-03-01", tentative: true });
    expect(ok("mars (ev.)", VT25)).toMatchObject({ start: "2025-03-01", tentative: true, note: null });
    expect(ok("mars", VT25).tentative).toBe(false);
  });

  it("ev. and ca. combine", () => {
    expect(ok("Ev. ca. maj", VT25)).toMatchObject({
      tentative: true,
      approximate: true,
      start: "2025-05-01",
    });
  });
});

describe("the whole term or year", () => {
  it("Löpande runs the whole term, Under året the whole year", () => {
    expect(ok("Löpande", HT25)).toMatchObject({ start: "2025-07-01", end: "2025-12-31", precision: "term" });
    expect(ok("Under året", HT25)).toMatchObject({ start: "2025-01-01", end: "2025-12-31", warnings: [] });
  });
});

describe("notes in parentheses", () => {
  it("1 mars (konstituerande möte) keeps the note as written", () => {
    expect(ok("1 mars (konstituerande möte)", VT25)).toMatchObject({
      start: "2025-03-01",
      end: "2025-03-01",
      precision: "day",
      note: "konstituerande möte",
    });
  });

  it("keeps approximate markers in parentheses as markers, not notes", () => {
    expect(ok("feb (prel)", VT25)).toMatchObject({ approximate: true, note: null });
  });

  it("a list keeps its notes", () => {
    expect(ok("14 januari (årsmöte), 11 februari", VT25)).toMatchObject({
      occurrences: ["2025-01-14", "2025-02-11"],
      note: "årsmöte",
    });
  });

  it("a note alone is no time", () => {
    expect(parseWhen("(årsmöte)", VT25)).toMatchObject({ ok: false, problem: "unreadable" });
  });
});

describe("monthly recurrence with an exception", () => {
  it("första måndagen varje månad utom juli, over a year", () => {
    const result = ok("första måndagen varje månad utom juli hela året", VT25);
    expect(result.occurrences).toHaveLength(11);
    expect(result.occurrences.some((d) => d.startsWith("2025-07"))).toBe(false);
    expect(result.occurrences.slice(0, 2)).toEqual(["2025-01-06", "2025-02-03"]);
  });

  it("under no term, over the whole plan period", () => {
    const result = ok("den första måndagen varje månad utom juli", null);
    expect(result).toMatchObject({ start: "2025-01-01", end: "2026-12-31", precision: "recurring" });
    expect(result.occurrences).toHaveLength(22);
    expect(result.occurrences).toContain("2026-08-03");
  });

  it("leaves out several months", () => {
    const reading = readRecurrence("varje manad utom juli och augusti", null, PLAN);
    expect(reading?.ok && reading.occurrences.length).toBe(20);
  });

  it("an exception that is no month is not a recurrence", () => {
    expect(readRecurrence("varje manad utom semestern", VT25)).toBeNull();
  });

  it("N per year over a plan period repeats in each year", () => {
    expect(ok("4 ggr/år", null).occurrences).toEqual([
      "2025-01-01",
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
    ]);
    expect(ok("2 ggr per termin", null).occurrences).toHaveLength(8);
  });
});

describe("undated", () => {
  it("a blank När is an undated reading, not a problem", () => {
    const result = parseWhen("", VT25);
    expect(isUndated(result)).toBe(true);
    expect(result).toEqual({ ok: false, problem: "undated", text: "" });
  });
});
