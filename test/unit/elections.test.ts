// The election calendar: general elections by rule, EU and church elections by known date, overrides, names.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { partsOf, weekday } from "../../src/core/calendar/dates";
import { defaultPlanPeriod } from "../../src/core/calendar/default-period";
import { describeElection, kindOfWords, markerText } from "../../src/core/calendar/election-names";
import {
  councilTermStart,
  type ElectionOverride,
  electionDay,
  electionDays,
  electionOnDate,
  generalElection,
  nextGeneralElection,
  riksdagMeets,
} from "../../src/core/calendar/elections";
import { termIndex } from "../../src/core/calendar/terms";

/** Any day from 2018 (the first general election under today's rule) two hundred years on, as an ISO date. */
const dayFrom2018 = fc
  .integer({ min: 0, max: 365 * 200 })
  .map((n) => new Date(Date.UTC(2018, 0, 1 + n)).toISOString().slice(0, 10));

const datesOf = (days: readonly { date: string }[]) => days.map((d) => d.date);

describe("general elections (vallagen 1 kap 3 §)", () => {
  it("fall on the second Sunday of September every four years from 2018", () => {
    expect(generalElection(2018)?.date).toBe("2018-09-09");
    expect(generalElection(2022)?.date).toBe("2022-09-11");
    expect(generalElection(2026)?.date).toBe("2026-09-13");
    expect(generalElection(2030)?.date).toBe("2030-09-08");
    expect(generalElection(2026)?.kind).toBe("general");
  });

  it("are not held in other years, nor before the 2018 rule", () => {
    for (const year of [2014, 2017, 2019, 2020, 2021, 2023, 2024, 2025, 2027]) {
      expect(generalElection(year), String(year)).toBeNull();
    }
  });

  it("is always a Sunday from 8 to 14 September", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1990 }), (n) => {
        const election = generalElection(2018 + 4 * n);
        if (!election) return false;
        const { month, day } = partsOf(election.date);
        return weekday(election.date) === 7 && month === 9 && day >= 8 && day <= 14;
      }),
    );
  });

  it("a new riksdag meets on the 15th day after; councils start on 15 October", () => {
    // 2022: elected 11 September, the riksdag met on 26 September.
    expect(riksdagMeets("2022-09-11")).toBe("2022-09-26");
    expect(riksdagMeets("2018-09-09")).toBe("2018-09-24");
    expect(councilTermStart("2026-09-13")).toBe("2026-10-15");
  });
});

describe("the calendar of all elections", () => {
  it("knows the EU and church elections that have dates, in date order with the general ones", () => {
    expect(electionDays(2018, 2026).map((d) => `${d.kind} ${d.date}`)).toEqual([
      "general 2018-09-09",
      "eu 2019-05-26",
      "church 2021-09-19",
      "general 2022-09-11",
      "eu 2024-06-09",
      "church 2025-09-21",
      "general 2026-09-13",
    ]);
  });

  it("does not build in the unverified 2029 EU and church dates", () => {
    expect(electionDay(2029, "eu")).toBeNull();
    expect(electionDay(2029, "church")).toBeNull();
    expect(electionDays(2027, 2029)).toEqual([]);
  });

  it("takes added dates and replacements as overrides, the later of two for one year winning", () => {
    const eu2029 = { kind: "eu", date: "2029-06-10" } as const;
    expect(electionDay(2029, "eu", [eu2029])?.date).toBe("2029-06-10");
    expect(datesOf(electionDays(2029, 2030, [eu2029]))).toEqual(["2029-06-10", "2030-09-08"]);
    const moved = [
      { kind: "general", date: "2026-09-06" },
      { kind: "general", date: "2026-09-20" },
    ] as const;
    expect(datesOf(electionDays(2026, 2026, moved))).toEqual(["2026-09-20"]);
    expect(electionDay(2026, "general", moved)?.date).toBe("2026-09-20");
    // Pure: the built-in calendar is unchanged afterwards.
    expect(electionDay(2026, "general")?.date).toBe("2026-09-13");
  });

  it("tells which election is held on a date", () => {
    expect(electionOnDate("2025-09-21")?.kind).toBe("church");
    expect(electionOnDate("2024-06-09")?.kind).toBe("eu");
    expect(electionOnDate("2024-06-10")).toBeNull();
    expect(electionOnDate("2029-06-10", [{ kind: "eu", date: "2029-06-10" }])?.kind).toBe("eu");
  });
});

describe("nextGeneralElection", () => {
  it("is the general election on or after a date", () => {
    expect(nextGeneralElection("2026-09-13").date).toBe("2026-09-13");
    expect(nextGeneralElection("2026-09-14").date).toBe("2030-09-08");
    expect(nextGeneralElection("2024-01-01").date).toBe("2026-09-13");
    expect(nextGeneralElection("2010-05-01").date).toBe("2018-09-09");
  });

  it("follows an override that brings the election nearer or moves it", () => {
    const early = [{ kind: "general", date: "2028-03-12" }] as const;
    expect(nextGeneralElection("2027-01-01", early).date).toBe("2028-03-12");
    expect(nextGeneralElection("2026-09-14", [{ kind: "general", date: "2026-09-20" }]).date).toBe(
      "2026-09-20",
    );
  });

  it("from 2018 on is never more than four years away, and never before the date", () => {
    fc.assert(
      fc.property(dayFrom2018, (date) => {
        const next = nextGeneralElection(date);
        const years = partsOf(next.date).year - partsOf(date).year;
        return next.date >= date && years <= 4 && next.kind === "general";
      }),
    );
  });
});

describe("defaultPlanPeriod", () => {
  const period = (today: string, overrides: readonly ElectionOverride[] = []) => {
    const { first, last } = defaultPlanPeriod(today, overrides);
    return `${first.season} ${first.year} – ${last.season} ${last.year}`;
  };

  it("runs from the term it is set up in through the term of the next general election", () => {
    // Set up 2026-12-02: the next general election is 2030-09-08, in HT 2030.
    expect(period("2026-12-02")).toBe("HT 2026 – HT 2030");
    // Set up in the spring before an election: through that autumn's election term.
    expect(period("2026-02-10")).toBe("VT 2026 – HT 2026");
    // On election day the election is still ahead of the board; the day after, the next one is four years on.
    expect(period("2026-09-13")).toBe("HT 2026 – HT 2026");
    expect(period("2026-09-14")).toBe("HT 2026 – HT 2030");
  });

  it("follows a Settings override that moves the general election", () => {
    expect(period("2027-01-10", [{ kind: "general", date: "2028-03-12" }])).toBe("VT 2027 – VT 2028");
  });

  it("always ends in an HT with a general election, at most four years after it starts", () => {
    fc.assert(
      fc.property(dayFrom2018, (today) => {
        const { first, last } = defaultPlanPeriod(today);
        return (
          last.season === "HT" &&
          generalElection(last.year) !== null &&
          last.year - first.year <= 4 &&
          termIndex(first) <= termIndex(last)
        );
      }),
    );
  });
});

describe("names of elections", () => {
  it("reads the kind from words in labels and arguments, in either language, with or without å/ä/ö", () => {
    const cases: Array<[string, string | null]> = [
      ["Kyrkoval 2029", "church"],
      ["kyrkovalet", "church"],
      ["Church of Sweden election", "church"],
      ["EU-val 2029", "eu"],
      ["EP", "eu"],
      ["Europaparlamentsval", "eu"],
      ["European Parliament election 2029", "eu"],
      ["Val till riksdag, region och kommun 2026", "general"],
      ["Riksdags-, region- och kommunval 2026", "general"],
      ["riksdagsvalet", "general"],
      ["Kommunval", "general"],
      ["allmänna", "general"],
      ["Allmanna val", "general"],
      ["General election (riksdag, region, kommun)", "general"],
      ["Extraval i Stockholm", null],
      ["Val", null],
      ["", null],
    ];
    for (const [text, kind] of cases) expect(kindOfWords(text), text).toBe(kind);
  });

  it("names an election row from its date by the calendar, before its label", () => {
    const marker = describeElection({ label: "Något val", date: "2025-09-21" }, "sv");
    expect(marker.kind).toBe("church");
    expect(markerText(marker, "2025-09-21")).toBe("Kyrkoval 21/9");
  });

  it("names a date the calendar lacks from the label's words, else uses the label as typed", () => {
    const eu = describeElection({ label: "EU-val 2029", date: "2029-06-10" }, "sv");
    expect(markerText(eu, "2029-06-10")).toBe("Europaparlamentsval 10/6");
    expect(eu.note).toBe("Val till Europaparlamentet, 2029-06-10.");
    const extra = describeElection({ label: "Extraval Gotland ", date: "2027-03-14" }, "sv");
    expect(extra.kind).toBeNull();
    expect(markerText(extra, "2027-03-14")).toBe("Extraval Gotland 14/3");
    expect(extra.note).toBe("Extraval Gotland, 2027-03-14.");
    expect(describeElection({ label: "", date: "2027-03-14" }, "en").name).toBe("Election");
  });

  it("gives the full name in the note, and after a general election when the new bodies start", () => {
    const sv = describeElection({ label: "Val 2026", date: "2026-09-13" }, "sv");
    expect(markerText(sv, "2026-09-13")).toBe("Val till riksdag, region och kommun 13/9");
    expect(sv.note).toBe(
      "Allmänna val till riksdagen, regionfullmäktige och kommunfullmäktige, 2026-09-13. " +
        "Den nya riksdagen samlas 2026-09-28. Nya region- och kommunfullmäktige tillträder 2026-10-15.",
    );
    const en = describeElection({ label: "", date: "2025-09-21" }, "en");
    expect(en.name).toBe("Church of Sweden election");
    expect(en.note).toMatch(/^Church of Sweden elections \(.+\), 2025-09-21\.$/);
  });
});
