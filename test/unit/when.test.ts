// Unit tests for reading När? texts as plans write them.
import { describe, expect, it } from "vitest";
import type { Term } from "../../src/core/calendar/terms";
import {
  describeWhenProblem,
  isUndated,
  parseWhen,
  type WhenOk,
  type WhenProblemCode,
} from "../../src/core/when/when";

const VT24: Term = { season: "VT", year: 2024 };
const HT24: Term = { season: "HT", year: 2024 };
const VT25: Term = { season: "VT", year: 2025 };

function ok(text: string, term: Term | null): WhenOk {
  const result = parseWhen(text, term);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${result.problem}`);
  return result;
}

function problem(text: string, term: Term | null): WhenProblemCode {
  const result = parseWhen(text, term);
  if (result.ok)
    throw new Error(`expected ${JSON.stringify(text)} to fail, got ${result.start}..${result.end}`);
  return result.problem;
}

describe("months", () => {
  it.each(["Jan", "jan", "jan.", "JANUARI", "januari", "i januari", "under januari"])(
    "%s under VT 2024",
    (text) => {
      expect(ok(text, VT24)).toEqual({
        ok: true,
        start: "2024-01-01",
        end: "2024-01-31",
        precision: "month",
        approximate: false,
        tentative: false,
        note: null,
        day: null,
        occurrences: [],
        warnings: [],
      });
    },
  );

  it("reads every month of the example plan", () => {
    expect(ok("Mars", VT24)).toMatchObject({ start: "2024-03-01", end: "2024-03-31" });
    expect(ok("Aug", HT24)).toMatchObject({ start: "2024-08-01", end: "2024-08-31" });
    expect(ok("Okt", HT24)).toMatchObject({ start: "2024-10-01", end: "2024-10-31" });
  });

  it("takes a year from the text", () => {
    expect(ok("mars 2025", null)).toMatchObject({
      start: "2025-03-01",
      end: "2025-03-31",
      precision: "month",
    });
    expect(ok("mars 2025", VT25).warnings).toEqual([]);
    expect(ok("mars 2025", VT24).warnings).toEqual(["outsideTerm"]);
  });

  it("needs a year when there is no term", () => {
    expect(problem("mars", null)).toBe("noYear");
  });
});

describe("approximate months", () => {
  it.each([
    "Ca. feb",
    "ca feb",
    "c:a feb",
    "C.a. feb",
    "cirka februari",
    "omkring feb",
    "feb?",
    "feb (prel)",
    "~feb",
  ])("%s", (text) => {
    expect(ok(text, VT24)).toMatchObject({
      start: "2024-02-01",
      end: "2024-02-29",
      precision: "month",
      approximate: true,
    });
  });

  it("omkring april", () => {
    expect(ok("omkring april", VT24)).toMatchObject({ start: "2024-04-01", approximate: true });
  });

  it("narrows början/mitten/slutet av a month to thirds (approximate span)", () => {
    expect(ok("början av mars", VT24)).toMatchObject({
      start: "2024-03-01",
      end: "2024-03-10",
      precision: "span",
      approximate: true,
    });
    expect(ok("mitten av mars", VT24)).toMatchObject({ start: "2024-03-11", end: "2024-03-20" });
    expect(ok("i slutet av februari", VT24)).toMatchObject({ start: "2024-02-21", end: "2024-02-29" });
    expect(ok("late March", VT24)).toMatchObject({ start: "2024-03-21", end: "2024-03-31" });
    expect(ok("slutet av terminen", HT24)).toMatchObject({ start: "2024-11-01", end: "2024-12-31" });
    expect(ok("början av våren", VT24)).toMatchObject({ start: "2024-01-01", end: "2024-02-29" });
  });
});

describe("days", () => {
  it("reads a day and month", () => {
    expect(ok("1 maj", VT24)).toMatchObject({
      start: "2024-05-01",
      end: "2024-05-01",
      precision: "day",
      day: 1,
    });
    expect(ok("1:a maj", VT24)).toMatchObject({ start: "2024-05-01", day: 1 });
    expect(ok("den 15 mars", VT24)).toMatchObject({ start: "2024-03-15", day: 15 });
    expect(ok("15 mars 2025", null)).toMatchObject({ start: "2025-03-15", day: 15 });
    expect(ok("May 1", VT24)).toMatchObject({ start: "2024-05-01", day: 1 });
    expect(ok("senast 1 maj", VT24)).toMatchObject({ start: "2024-05-01", day: 1 });
  });

  it("reads day/month", () => {
    expect(ok("15/3", VT24)).toMatchObject({
      start: "2024-03-15",
      end: "2024-03-15",
      precision: "day",
      day: 15,
    });
    expect(ok("15/3 2025", null)).toMatchObject({ start: "2025-03-15" });
    expect(ok("15/3/25", null)).toMatchObject({ start: "2025-03-15" });
  });

  it("reads ISO dates (as the adapter hands date cells over)", () => {
    expect(ok("2025-03-15", VT25)).toMatchObject({
      start: "2025-03-15",
      end: "2025-03-15",
      day: 15,
      warnings: [],
    });
    expect(ok("2025-03-15", null)).toMatchObject({ start: "2025-03-15" });
    expect(ok("2025-03-15", VT24).warnings).toEqual(["outsideTerm"]);
  });

  it("refuses dates that do not exist", () => {
    expect(problem("2025-02-29", null)).toBe("invalidDate");
    expect(problem("30 feb", VT24)).toBe("invalidDate");
    expect(problem("31/4", VT24)).toBe("invalidDate");
    expect(ok("29 feb", VT24)).toMatchObject({ start: "2024-02-29" });
    expect(problem("29 feb", VT25)).toBe("invalidDate");
  });
});

describe("weeks", () => {
  it.each(["v. 12", "v12", "v 12", "V.12", "vecka 12", "week 12"])("%s", (text) => {
    expect(ok(text, VT24)).toMatchObject({ start: "2024-03-18", end: "2024-03-24", precision: "week" });
  });

  it("reads week spans Monday to Sunday", () => {
    expect(ok("v 12-14", VT24)).toMatchObject({ start: "2024-03-18", end: "2024-04-07", precision: "week" });
    expect(ok("v12–v14", VT24)).toMatchObject({ start: "2024-03-18", end: "2024-04-07" });
  });

  it("refuses week 53 in a year without one", () => {
    expect(problem("v 53", HT24)).toBe("invalidDate");
    expect(ok("v 53 2026", null)).toMatchObject({ start: "2026-12-28", end: "2027-01-03" });
  });
});

describe("terms", () => {
  it.each([
    "Under våren",
    "under varen",
    "våren",
    "VT",
    "vt",
    "hela terminen",
    "löpande",
    "Löpande under terminen",
  ])("%s under VT 2024 is the whole term", (text) => {
    expect(ok(text, VT24)).toMatchObject({
      start: "2024-01-01",
      end: "2024-06-30",
      precision: "term",
      warnings: [],
    });
  });

  it("reads hösten with or without å/ä/ö", () => {
    for (const text of ["under hösten", "hosten", "HT", "Hösten 2024"]) {
      expect(ok(text, HT24)).toMatchObject({ start: "2024-07-01", end: "2024-12-31", precision: "term" });
    }
  });

  it("reads the other season as the nearest such term, forward on a tie", () => {
    expect(ok("VT", HT24)).toMatchObject({ start: "2025-01-01", warnings: ["outsideTerm"] });
    expect(ok("HT", VT25)).toMatchObject({ start: "2025-07-01", warnings: ["outsideTerm"] });
  });

  it("reads the whole year", () => {
    expect(ok("hela året", VT24)).toMatchObject({ start: "2024-01-01", end: "2024-12-31", warnings: [] });
  });

  it("needs a term for term words", () => {
    expect(problem("löpande", null)).toBe("noYear");
    expect(problem("under våren", null)).toBe("noYear");
  });
});

describe("spans", () => {
  it.each(["jan–mars", "jan-mars", "jan - mars", "Jan — Mars", "januari till mars", "jan.-mars"])(
    "%s",
    (text) => {
      expect(ok(text, VT24)).toMatchObject({ start: "2024-01-01", end: "2024-03-31", precision: "span" });
    },
  );

  it("takes the year from either end", () => {
    expect(ok("mars–maj 2025", null)).toMatchObject({ start: "2025-03-01", end: "2025-05-31" });
    expect(ok("nov–feb 2025", null)).toMatchObject({ start: "2024-11-01", end: "2025-02-28" });
    expect(ok("nov 2024–feb", null)).toMatchObject({ start: "2024-11-01", end: "2025-02-28" });
  });

  it("wraps a span across New Year and warns about the part outside the term", () => {
    expect(ok("nov–feb", HT24)).toMatchObject({
      start: "2024-11-01",
      end: "2025-02-28",
      warnings: ["outsideTerm"],
    });
    expect(ok("dec–jan", VT25)).toMatchObject({ start: "2024-12-01", end: "2025-01-31" });
  });

  it("reads day spans", () => {
    expect(ok("1-3 mars", VT24)).toMatchObject({ start: "2024-03-01", end: "2024-03-03", precision: "span" });
    expect(ok("15/3-20/3", VT24)).toMatchObject({ start: "2024-03-15", end: "2024-03-20" });
    expect(ok("2025-03-15 - 2025-03-20", null)).toMatchObject({ start: "2025-03-15", end: "2025-03-20" });
  });

  it("refuses spans written backwards", () => {
    expect(problem("mars–jan", VT24)).toBe("reversedSpan");
    expect(problem("2025-03-20 - 2025-03-15", null)).toBe("reversedSpan");
    expect(problem("v 14-12", VT24)).toBe("reversedSpan");
  });
});

describe("months outside the heading's term", () => {
  it("reads Jan–Mar under HT as the following year and Apr–Jun as the same year", () => {
    expect(ok("Jan", HT24)).toMatchObject({ start: "2025-01-01", warnings: ["outsideTerm"] });
    expect(ok("mars", HT24)).toMatchObject({ start: "2025-03-01", warnings: ["outsideTerm"] });
    expect(ok("april", HT24)).toMatchObject({ start: "2024-04-01", warnings: ["outsideTerm"] });
  });

  it("reads Jul–Sep under VT as the same year and Oct–Dec as the year before", () => {
    expect(ok("aug", VT25)).toMatchObject({ start: "2025-08-01", warnings: ["outsideTerm"] });
    expect(ok("Dec", VT25)).toMatchObject({ start: "2024-12-01", warnings: ["outsideTerm"] });
    expect(ok("v 50", VT25)).toMatchObject({ start: "2024-12-09", warnings: ["outsideTerm"] });
  });
});

describe("recurring", () => {
  it.each(["4 ggr/år", "4 gånger per år", "4 ggr per år", "fyra gånger om året", "4x/år", "4 ggr/ar"])(
    "%s spreads over the calendar year",
    (text) => {
      expect(ok(text, VT24)).toMatchObject({
        start: "2024-01-01",
        end: "2024-12-31",
        precision: "recurring",
        occurrences: ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"],
        warnings: [],
      });
    },
  );

  it.each(["2 gånger per termin", "2 ggr/termin", "två gånger per termin"])(
    "%s spreads over the term",
    (text) => {
      expect(ok(text, HT24)).toMatchObject({
        start: "2024-07-01",
        end: "2024-12-31",
        occurrences: ["2024-07-01", "2024-10-01"],
      });
    },
  );

  it.each(["varje månad", "månadsvis", "en gång i månaden", "1 gång per månad", "manadsvis"])(
    "%s",
    (text) => {
      expect(ok(text, VT24).occurrences).toEqual([
        "2024-01-01",
        "2024-02-01",
        "2024-03-01",
        "2024-04-01",
        "2024-05-01",
        "2024-06-01",
      ]);
    },
  );

  it("reads weekly rhythms", () => {
    expect(ok("varannan vecka", VT24).occurrences.slice(0, 3)).toEqual([
      "2024-01-01",
      "2024-01-15",
      "2024-01-29",
    ]);
    expect(ok("varje vecka", VT24).occurrences).toHaveLength(26);
    expect(ok("var fjärde tisdag", VT24).occurrences.slice(0, 2)).toEqual(["2024-01-02", "2024-01-30"]);
    expect(ok("varje måndag", VT24).occurrences).toHaveLength(26);
    expect(ok("varannan tisdag", HT24).occurrences[0]).toBe("2024-07-02");
    expect(ok("var 3:e vecka", VT24).occurrences.slice(0, 2)).toEqual(["2024-01-01", "2024-01-22"]);
    expect(ok("första tisdagen i månaden", VT24).occurrences[0]).toBe("2024-01-02");
  });

  it("reads lists of dates", () => {
    expect(ok("1 mars, 8 mars, 5 april", VT24)).toMatchObject({
      start: "2024-03-01",
      end: "2024-04-05",
      precision: "recurring",
      day: null,
      occurrences: ["2024-03-01", "2024-03-08", "2024-04-05"],
    });
    expect(ok("1, 8 och 15 mars", VT24).occurrences).toEqual(["2024-03-01", "2024-03-08", "2024-03-15"]);
    expect(ok("mars, maj", VT24)).toMatchObject({ start: "2024-03-01", end: "2024-05-31" });
  });

  it("needs a term", () => {
    expect(problem("4 ggr/år", null)).toBe("noYear");
    expect(problem("varje måndag", null)).toBe("noYear");
  });
});

describe("problems", () => {
  it("blank is undated (an activity without a time), and unreadable text is a problem", () => {
    expect(problem("", VT24)).toBe("undated");
    expect(problem("   \u00a0", VT24)).toBe("undated");
    expect(isUndated(parseWhen("", null))).toBe(true);
    expect(isUndated(parseWhen("snart", VT24))).toBe(false);
    expect(problem("snart", VT24)).toBe("unreadable");
    expect(problem("ca", VT24)).toBe("unreadable");
    expect(parseWhen("snart", VT24)).toEqual({ ok: false, problem: "unreadable", text: "snart" });
  });

  it("never throws for odd input", () => {
    expect(parseWhen(undefined as unknown as string, VT24).ok).toBe(false);
    expect(parseWhen(42 as unknown as string, VT24).ok).toBe(false);
    expect(parseWhen("9999-12-31 - 9999-12-31", null).ok).toBe(true);
    expect(parseWhen("v 52 9999", null).ok).toBe(false);
  });

  it("describes every problem in both languages", () => {
    const codes: WhenProblemCode[] = [
      "undated",
      "unreadable",
      "noYear",
      "invalidDate",
      "outsideTerm",
      "reversedSpan",
      "noElection",
    ];
    for (const code of codes) {
      for (const language of ["sv", "en"] as const) {
        const text = describeWhenProblem(code, language, "snart");
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(describeWhenProblem("unreadable", "sv", "snart")).toContain("”snart”");
    expect(describeWhenProblem("noYear", "en", "mars")).toContain("“mars”");
  });
});
