// Meetings written as sentences: lists of dates (each an activity in its term) and recurring meetings.
import { describe, expect, it } from "vitest";
import { docLine } from "../../src/core/document/document-lines";
import {
  readMeetingSentence,
  readRecurringSentence,
  type SentenceContext,
} from "../../src/core/document/meeting-sentence";

const PLAN = { first: { season: "VT", year: 2025 }, last: { season: "HT", year: 2026 } } as const;
const CONTEXT: SentenceContext = { year: 2025, period: PLAN };
const meetings = (text: string, context = CONTEXT) => readMeetingSentence(docLine(text, 1), context);
const recurring = (text: string, context = CONTEXT) => readRecurringSentence(docLine(text, 1), context);

describe("lists of meeting dates", () => {
  it("reads the issue's sentence: no comma after the note, an ellipsis at the end", () => {
    const found = meetings(
      "Kretsmöten föreslås enligt: 1 mars (konstituerande möte) 8 mars, 5 april, 10 maj, …",
    );
    expect(
      found?.activities.map((a) => [a.what, a.when, a.term?.season, a.parsed.ok && a.parsed.start]),
    ).toEqual([
      ["Kretsmöte", "1 mars (konstituerande möte)", "VT", "2025-03-01"],
      ["Kretsmöte", "8 mars", "VT", "2025-03-08"],
      ["Kretsmöte", "5 april", "VT", "2025-04-05"],
      ["Kretsmöte", "10 maj", "VT", "2025-05-10"],
    ]);
    expect(found?.activities[0].parsed).toMatchObject({ note: "konstituerande möte" });
  });

  it("takes the year the sentence names, and goes on into the next year after December", () => {
    const found = meetings("Medlemsmöten hålls under 2025: 10 september, 12 november och 14 januari.", {
      year: null,
      period: PLAN,
    });
    expect(found?.activities.map((a) => [a.term && `${a.term.season} ${a.term.year}`, a.when])).toEqual([
      ["HT 2025", "10 september"],
      ["HT 2025", "12 november"],
      ["VT 2026", "14 januari"],
    ]);
  });

  it("a date's own year wins", () => {
    const found = meetings("Årsmötet hålls den 20 mars 2026.");
    expect(found?.activities.map((a) => [a.what, a.when, a.term?.year])).toEqual([
      ["Årsmötet", "20 mars 2026", 2026],
    ]);
  });

  it("without any year, the dates are read but say noYear", () => {
    const found = meetings("Träffar: 3 mars och 7 april", { year: null, period: null });
    expect(found?.noYear).toBe(true);
    expect(found?.activities.map((a) => [a.what, a.parsed.ok ? "ok" : a.parsed.problem])).toEqual([
      ["Träff", "noYear"],
      ["Träff", "noYear"],
    ]);
  });

  it("is not a meeting list: one date without a meeting word, a signature line, a table row", () => {
    expect(meetings("Planen antogs den 14 januari 2025")).toBeNull();
    expect(readMeetingSentence(docLine("Mars\t8 mars\tStämma", 1), CONTEXT)).toBeNull();
    expect(meetings("Styrelsen träffas ofta")).toBeNull();
  });
});

describe("recurring meetings in a sentence", () => {
  it("the board's monthly meeting, except July, over the plan period", () => {
    const found = recurring("Styrelsen träffas den första måndagen varje månad utom juli.");
    expect(found).toMatchObject({
      what: "Styrelsen träffas",
      when: "den första måndagen varje månad utom juli",
      term: null,
    });
    expect(found?.parsed.ok && found.parsed.occurrences).toHaveLength(22);
  });

  it("other rhythms", () => {
    expect(recurring("DS sammanträder varannan tisdag.")?.what).toBe("DS sammanträder");
    expect(recurring("Valberedningen möts 4 gånger per år")?.parsed).toMatchObject({
      ok: true,
      occurrences: [
        "2025-01-01",
        "2025-04-01",
        "2025-07-01",
        "2025-10-01",
        "2026-01-01",
        "2026-04-01",
        "2026-07-01",
        "2026-10-01",
      ],
    });
  });

  it("without a plan period, over the context's year", () => {
    const found = recurring("Styrelsen träffas varje månad", { year: 2025, period: null });
    expect(found?.parsed.ok && found.parsed.occurrences).toHaveLength(12);
  });

  it("is not a recurrence: a sentence with varje but no rhythm", () => {
    expect(recurring("Styrelsen följer upp planen vid varje styrelsemöte.")).toBeNull();
    expect(recurring("Värvningskampanj varje termin")).toBeNull();
  });
});
