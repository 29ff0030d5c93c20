// The election custom functions through their registry entries: help texts, ELECTION_DAY, and Swedish messages.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ENTRY_POINTS } from "../../src/entry/registry";
import { checkEntryPoints } from "../../tools/stubs";
import { stubAppsScript } from "../support/apps-script-stubs";
import { callerOf, electionEntries, isoOfDate, messageOf } from "../support/entry-calls";

const ELECTION_FUNCTIONS = electionEntries();

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const call = callerOf(ELECTION_FUNCTIONS);

const iso = (value: unknown) => isoOfDate(value);

describe("the registry", () => {
  it("lists the five election functions, documented as Apps Script needs", () => {
    expect(ELECTION_FUNCTIONS.map((p) => p.name)).toEqual([
      "ELECTION_DAY",
      "SEATS",
      "VOTES_FOR_SEATS",
      "SHARE_FOR_SEATS",
      "SEAT_GOAL_NEEDS",
    ]);
    expect(ENTRY_POINTS.filter((p) => ELECTION_FUNCTIONS.includes(p))).toHaveLength(5);
    expect(() => checkEntryPoints(ENTRY_POINTS)).not.toThrow();
    for (const point of ELECTION_FUNCTIONS) {
      expect(point.kind).toBe("custom-function");
      expect(point.summary).toMatch(/\((valdag|mandat|röster som behövs|väljarstöd som behövs)\)/);
      for (const param of point.params) expect(param.description.length).toBeGreaterThan(5);
    }
  });

  it("shows in the help the form that works, with commas in English sheets and semicolons in Swedish ones", () => {
    for (const point of ELECTION_FUNCTIONS.filter((p) => p.name !== "ELECTION_DAY")) {
      const [english, swedish] = [/=\w+\([A-Z]2:[A-Z]\d*, [^)]*\)/, /=\w+\([A-Z]2:[A-Z]\d*; [^)]*\)/];
      expect(point.summary, point.name).toMatch(english);
      expect(point.summary, point.name).toMatch(swedish);
      const commas = point.summary.match(english)![0];
      expect(point.summary).toContain(commas.replaceAll(", ", "; "));
    }
    const seats = ELECTION_FUNCTIONS.find((p) => p.name === "SEATS")!;
    expect(seats.summary).toContain("=SEATS(B2:B9, 101)");
    expect(seats.summary).toContain("=SEATS(B2:B9; 101)");
    expect(seats.summary).toContain("(lott)");
  });
});

describe("ELECTION_DAY", () => {
  it("gives the general election of a year, by default and by any of its names", () => {
    expect(iso(call("ELECTION_DAY", 2026))).toBe("2026-09-13");
    expect(iso(call("ELECTION_DAY", "2030"))).toBe("2030-09-08");
    for (const kind of [
      "allmänna",
      "general",
      "riksdag",
      "region",
      "kommun",
      "Riksdagsval",
      "landsting",
      "",
    ]) {
      expect(iso(call("ELECTION_DAY", 2022, kind)), kind).toBe("2022-09-11");
    }
  });

  it("gives EU and church elections by their names", () => {
    expect(iso(call("ELECTION_DAY", 2024, "EU"))).toBe("2024-06-09");
    expect(iso(call("ELECTION_DAY", 2019, "EP"))).toBe("2019-05-26");
    expect(iso(call("ELECTION_DAY", 2025, "kyrkoval"))).toBe("2025-09-21");
    expect(iso(call("ELECTION_DAY", 2021, "church"))).toBe("2021-09-19");
  });

  it("takes a range of years (and kinds), giving one date a row and empty rows empty", () => {
    const result = call("ELECTION_DAY", [[2018], [2022], [""], [2026]]) as unknown[][];
    expect(result.map((row) => (row[0] === "" ? "" : iso(row[0])))).toEqual([
      "2018-09-09",
      "2022-09-11",
      "",
      "2026-09-13",
    ]);
    const mixed = call("ELECTION_DAY", [[2024], [2025]], [["EU"], ["kyrkoval"]]) as unknown[][];
    expect(mixed.map((row) => iso(row[0]))).toEqual(["2024-06-09", "2025-09-21"]);
  });

  it("says clearly when the calendar has no such election, and names the nearest years", () => {
    expect(messageOf(() => call("ELECTION_DAY", 2025))).toBe(
      'ELECTION_DAY: The election calendar has no "General election (riksdag, region, kommun)" in 2025. Nearest years with that election: 2022, 2026.',
    );
    expect(messageOf(() => call("ELECTION_DAY", 2029, "EU"))).toMatch(
      /no "European Parliament election" in 2029\. .*: 2024\.$/,
    );
    expect(messageOf(() => call("ELECTION_DAY", 2010))).toMatch(/in 2010\. .*: 2018\.$/);
  });

  it("explains a bad year or kind", () => {
    expect(messageOf(() => call("ELECTION_DAY", "nästa år"))).toBe(
      'ELECTION_DAY: year must be a year such as 2026, not "nästa år".',
    );
    expect(messageOf(() => call("ELECTION_DAY", 2026.5))).toMatch(/year must be a year/);
    expect(messageOf(() => call("ELECTION_DAY", 2026, "presidentval"))).toBe(
      'ELECTION_DAY: kind must be "general" (riksdag, region, kommun), "EU" or "church", not "presidentval". Blank = the general election.',
    );
  });
});

describe("in a Swedish spreadsheet", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const swedishSheet = () => stubAppsScript({ locale: "sv_SE" });

  it("says ties and errors in Swedish, and reads the locale only when there is something to say", () => {
    const calls = swedishSheet();
    expect(call("SEATS", [[5000], [3000]], 3)).toEqual([[2], [1]]);
    expect(call("ELECTION_DAY", 2026)).toBeInstanceOf(Date);
    expect(calls.locale).toBe(0);
    expect(call("SEATS", [[300], [120]], 2)).toEqual([["1–2 (lott)"], ["0–1 (lott)"]]);
    expect(messageOf(() => call("ELECTION_DAY", 2027, "kyrkoval"))).toBe(
      "ELECTION_DAY: Valkalendern har inget ”Kyrkoval” år 2027. Närmaste år med det valet: 2025.",
    );
    expect(
      messageOf(() =>
        call(
          "SEATS",
          [
            [1, 2],
            [3, 4],
          ],
          5,
        ),
      ),
    ).toBe(
      "SEATS: votes ska vara en kolumn (eller en rad) med ett parti per cell, t.ex. =SEATS(B2:B9; 101).",
    );
    expect(messageOf(() => call("SEATS", [[0], [0]], 5))).toBe(
      "SEATS: Inget parti har några röster, så inga mandat kan fördelas.",
    );
  });
});
