// The custom functions through their registry entries: single cells, ranges, blanks and localized errors.
import { runInNewContext } from "node:vm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CUSTOM_FUNCTION_ENTRIES as CUSTOM_FUNCTIONS } from "../../src/entry/custom-functions";
import { invokeEntry } from "../../src/entry/entry-point";
import { checkEntryPoints } from "../../tools/stubs";
import { stubAppsScript } from "../support/apps-script-stubs";

const localDate = (y: number, m: number, d: number) => new Date(y, m - 1, d);

beforeEach(() => {
  stubAppsScript();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function call(name: string, ...args: unknown[]): unknown {
  const point = CUSTOM_FUNCTIONS.find((p) => p.name === name);
  if (!point) throw new Error(`No custom function ${name}`);
  return invokeEntry(point, args);
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("the registry", () => {
  it("lists documented custom functions Apps Script accepts", () => {
    expect(CUSTOM_FUNCTIONS.map((p) => p.name)).toEqual([
      "MEMBER_TARGET",
      "MEMBER_GAP",
      "MEMBER_PROGRESS",
      "GOAL_PACE",
      "GOAL_DATES",
      "TERM_OF",
      "TERM_START",
      "TERM_END",
      "ACTIVITY_COUNT",
      "ACTIVITY_PERIODS",
      "ELECTION_DAY",
      "SEATS",
      "VOTES_FOR_SEATS",
      "SHARE_FOR_SEATS",
      "SEAT_GOAL_NEEDS",
    ]);
    expect(() => checkEntryPoints(CUSTOM_FUNCTIONS)).not.toThrow();
    for (const point of CUSTOM_FUNCTIONS) {
      expect(point.kind).toBe("custom-function");
      expect(point.summary).toMatch(/\(.+\)/); // the Swedish term in parentheses
      for (const param of point.params) expect(param.description.length).toBeGreaterThan(5);
    }
  });
});

describe("MEMBER_TARGET", () => {
  it("computes one cell", () => {
    expect(call("MEMBER_TARGET", 117, 0.1)).toBe(129);
    expect(call("MEMBER_TARGET", 5, 0.1)).toBe(6);
    expect(call("MEMBER_TARGET", "1 200", "10 %")).toBe(1320);
  });

  it("computes a column, with empty results for empty bases and 0 % for empty growth", () => {
    expect(call("MEMBER_TARGET", [[117], [5], [""], [30]], [[0.1], [0.1], [0.1], [""]])).toEqual([
      [129],
      [6],
      [""],
      [30],
    ]);
    expect(call("MEMBER_TARGET", [[117], [5]], 0.1)).toEqual([[129], [6]]);
  });

  it("returns an empty result for an empty base", () => {
    expect(call("MEMBER_TARGET", "", 0.1)).toBe("");
    expect(call("MEMBER_TARGET")).toBe("");
  });

  it("rounds as asked", () => {
    expect(call("MEMBER_TARGET", 117, 0.1, "down")).toBe(128);
    expect(call("MEMBER_TARGET", 117, 0.1, "nedåt")).toBe(128);
    expect(call("MEMBER_TARGET", 117, 0.1, 10)).toBe(130);
    expect(call("MEMBER_TARGET", [[117], [111]], 0.1, "up 5")).toEqual([[130], [125]]);
  });

  it("throws clear errors naming the function for text, negative counts and growth below −100 %", () => {
    expect(messageOf(() => call("MEMBER_TARGET", "många", 0.1))).toBe(
      'MEMBER_TARGET: base must be a number, not "många".',
    );
    expect(messageOf(() => call("MEMBER_TARGET", -5, 0.1))).toBe(
      "MEMBER_TARGET: The base must be a whole number of members, 0 or more, not -5.",
    );
    expect(messageOf(() => call("MEMBER_TARGET", 10, -1.5))).toBe(
      "MEMBER_TARGET: The growth must be between −100 % and 1000 %, not −150 %.",
    );
    expect(messageOf(() => call("MEMBER_TARGET", 10, 0.1, "sideways"))).toMatch(
      /^MEMBER_TARGET: The rounding/,
    );
    expect(messageOf(() => call("MEMBER_TARGET", [[1], [2]], [[1, 2]]))).toBe(
      "MEMBER_TARGET: base (2×1) and growth (1×2) must be ranges of the same size, or single cells.",
    );
  });

  it("accepts ranges and dates from another realm", () => {
    const foreign = runInNewContext("[[117], [5]]");
    expect(call("MEMBER_TARGET", foreign, 0.1)).toEqual([[129], [6]]);
  });
});

describe("MEMBER_GAP and MEMBER_PROGRESS", () => {
  it("compute cells and ranges", () => {
    expect(call("MEMBER_GAP", 129, 120)).toBe(9);
    expect(call("MEMBER_GAP", [[129], [50], [""]], [[140], [40], [10]])).toEqual([[0], [10], [""]]);
    expect(call("MEMBER_PROGRESS", 100, 145, 200)).toBe(0.45);
    expect(call("MEMBER_PROGRESS", [[100], [100], [""]], [[110], [90], [1]], [[120], [100], [2]])).toEqual([
      [0.5],
      [0],
      [""],
    ]);
  });
});

describe("GOAL_PACE", () => {
  const today = new Date(2025, 6, 2); // day 182 of 364 in 2025

  it("gives [status, expected] for one goal", () => {
    expect(call("GOAL_PACE", 100, 200, 150, "2025-01-01", "2025", today)).toEqual([["On track", 150]]);
    expect(call("GOAL_PACE", 100, 200, 120, "VT 2025", "HT 2025", today)).toEqual([["Behind", 150]]);
    expect(call("GOAL_PACE", 100, 200, 200, new Date(2025, 0, 1), new Date(2025, 11, 31), today)).toEqual([
      ["Done", 150],
    ]);
    expect(call("GOAL_PACE", 100, 200, "", "2025", "2025", today)).toEqual([["Not started", 150]]);
    expect(call("GOAL_PACE", 100, 200, 150, "2026", "2026", today)).toEqual([["Not started", ""]]);
  });

  it("gives n×2 for n goals, empty rows for rows without a target", () => {
    const result = call(
      "GOAL_PACE",
      [[100], [50], [""], [""]],
      [[200], [30], [10], [""]],
      [[150], [45], [3], [""]],
      [["2025"], ["2025"], ["VT 2025"], [""]],
      [["2025"], ["2025"], ["HT 2025"], [""]],
      today,
    );
    expect(result).toEqual([
      ["On track", 150],
      ["Behind", 40],
      ["Behind", 5],
      ["", ""],
    ]);
  });

  it("needs today as an argument: a custom function only recalculates when its arguments change", () => {
    expect(messageOf(() => call("GOAL_PACE", 0, 10, 10, "2000", "2001"))).toBe(
      "GOAL_PACE: today is empty but is needed here.",
    );
  });

  it("explains missing and reversed dates", () => {
    expect(messageOf(() => call("GOAL_PACE", 0, 10, 5, "", "2026", today))).toBe(
      "GOAL_PACE: start is empty but is needed here.",
    );
    expect(messageOf(() => call("GOAL_PACE", 0, 10, 5, "2027", "2026", today))).toBe(
      "GOAL_PACE: The start (2027-01-01) must not come after the deadline (2026-12-31).",
    );
    expect(messageOf(() => call("GOAL_PACE", 0, 10, 5, "2025", "snart", today))).toBe(
      'GOAL_PACE: deadline must be a date, a year (2026) or a term (HT 2026), not "snart".',
    );
  });
});

describe("TERM_OF, TERM_START, TERM_END", () => {
  it("convert cells and ranges", () => {
    expect(call("TERM_OF", new Date(2025, 2, 3))).toBe("VT 2025");
    expect(call("TERM_OF", [[new Date(2025, 6, 1)], [""], ["2024-06-30"]])).toEqual([
      ["HT 2025"],
      [""],
      ["VT 2024"],
    ]);
    expect(call("TERM_START", "Hösttermin 2024")).toEqual(localDate(2024, 7, 1));
    expect(call("TERM_END", "vt25")).toEqual(localDate(2025, 6, 30));
    expect(call("TERM_END", [["HT 2025"], [""]])).toEqual([[localDate(2025, 12, 31)], [""]]);
  });

  it("return midnight in the spreadsheet's time zone", () => {
    const start = call("TERM_START", "VT 2025") as Date;
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2025, 0, 1, 0,
    ]);
  });

  it("explain bad input", () => {
    expect(messageOf(() => call("TERM_START", "sommar"))).toBe(
      'TERM_START: term must be a term such as VT 2025 or HT 2025, not "sommar".',
    );
    expect(messageOf(() => call("TERM_OF", "igår"))).toMatch(/^TERM_OF: date must be a date/);
  });

  it("TERM_OF refuses a date outside the terms a plan can have, which TERM_START could not read back (property seed 1866701510)", () => {
    expect(messageOf(() => call("TERM_OF", new Date("0999-12-31T19:59:59.999Z")))).toBe(
      'TERM_OF: date "0999-12-31" is outside the terms a plan can have (VT 1900–HT 2999).',
    );
    expect(messageOf(() => call("TERM_OF", new Date(3000, 0, 1)))).toMatch(
      /outside the terms a plan can have/,
    );
    expect(call("TERM_OF", new Date(1900, 0, 1))).toBe("VT 1900");
  });
});

describe("ACTIVITY_COUNT", () => {
  const terms = [["VT 2024"], ["VT 2024"], ["HT 2024"], ["HT 2024"], [""], [""]];
  const whats = [["Ny i C"], ["Ledarkonferens"], ["Ny i C"], ["ny i c"], [""], [""]];

  it("counts matching rows, optionally in one term", () => {
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C")).toBe(3);
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C", "HT 2024")).toBe(2);
    expect(call("ACTIVITY_COUNT", terms, whats, [["Ny i C"]], [["VT24"]])).toBe(1);
    expect(call("ACTIVITY_COUNT", terms, whats, "*")).toBe(4);
  });

  it("counts each occurrence with När, and with done_only only the rows ticked Klar", () => {
    const whens = [["Feb"], ["Jan"], ["2 gånger per termin"], ["Okt"], [""], [""]];
    const dones = [[true], [true], [false], [true], [false], [false]];
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C", "", whens)).toBe(4);
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C", "", whens, dones, false)).toBe(4);
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C", "", whens, dones, true)).toBe(2);
    expect(call("ACTIVITY_COUNT", terms, whats, "Ny i C", "HT 2024", whens, dones, true)).toBe(1);
    expect(messageOf(() => call("ACTIVITY_COUNT", terms, whats, "Ny i C", "", whens, undefined, true))).toBe(
      "ACTIVITY_COUNT: done_only TRUE needs the Klar (done) column as the dones argument, e.g. Activities!H2:H.",
    );
  });

  it("explains a pattern range and a bad term", () => {
    expect(messageOf(() => call("ACTIVITY_COUNT", terms, whats, [["a"], ["b"]]))).toBe(
      "ACTIVITY_COUNT: pattern must be a single cell, not a range.",
    );
    expect(messageOf(() => call("ACTIVITY_COUNT", terms, whats, "Ny i C", "sommar"))).toMatch(
      /^ACTIVITY_COUNT: term must be a term/,
    );
  });
});

describe("ACTIVITY_PERIODS", () => {
  const terms = [["VT 2026"], ["VT 2026"], ["HT 2026"], [""]];
  const whats = [["Ny i C"], ["Ledarkonferens"], ["Ny i C"], [""]];
  const whens = [["2 gånger per termin"], ["Jan"], ["Okt"], [""]];
  const dones = [[true], [true], [false], [false]];

  it("lists done/planned per term or year from start to deadline, each occurrence counted", () => {
    const args = [terms, whats, "Ny i C", whens, dones] as const;
    expect(call("ACTIVITY_PERIODS", ...args, "termin", "VT 2026", "2026")).toBe(
      "VT 2026: 2/2 · HT 2026: 0/1 · ",
    );
    expect(call("ACTIVITY_PERIODS", ...args, "År", "2026", "2026")).toBe("2026: 2/3 · ");
    expect(call("ACTIVITY_PERIODS", ...args, "term", "", "2026")).toBe("");
  });

  it('explains a "per" that is neither term nor year', () => {
    expect(
      messageOf(() => call("ACTIVITY_PERIODS", terms, whats, "", whens, dones, "vecka", "2026", "2026")),
    ).toBe('ACTIVITY_PERIODS: per must be "term" or "year", not "vecka".');
  });
});

describe("in a Swedish spreadsheet", () => {
  it("says statuses and errors in Swedish, asking for the language once per call", () => {
    const calls = stubAppsScript({ locale: "sv_SE" });
    const today = new Date(2025, 6, 2);
    expect(call("GOAL_PACE", [[100], [100]], [[200], [200]], [[150], [100]], "2025", "2025", today)).toEqual([
      ["I fas", 150],
      ["Efter", 150],
    ]);
    expect(calls.locale).toBe(1);
    expect(messageOf(() => call("MEMBER_TARGET", [[1], ["många"]], 0.1))).toBe(
      "MEMBER_TARGET: base ska vara ett tal, inte ”många”.",
    );
    expect(call("GOAL_PACE", 1, 2, "", "2025", "2025", new Date(2025, 0, 1))).toEqual([["Ej påbörjad", 1]]);
    expect(call("GOAL_PACE", 1, 2, 2, "2025", "2025", new Date(2025, 0, 1))).toEqual([["Klar", 1]]);
    expect(calls.locale).toBe(4);
  });

  it("does not read the locale or the zone when nothing needs them", () => {
    const calls = stubAppsScript({ locale: "sv_SE" });
    expect(call("MEMBER_TARGET", [[117], [5]], 0.1)).toEqual([[129], [6]]);
    expect(calls).toEqual({ locale: 0, timeZone: 0, formatDate: 0 });
  });
});

describe("GOAL_DATES", () => {
  it("gives each goal's first and last day from what volunteers write, a blank start from the default", () => {
    const result = call(
      "GOAL_DATES",
      [["2025"], [""], ["HT 2025"], ["snart"], [""]],
      [["2026"], ["december 2025"], ["HT 2026"], ["2026"], [""]],
      "VT 2025",
    ) as unknown[][];
    const show = (v: unknown) =>
      v instanceof Date ? `${v.getFullYear()}-${v.getMonth() + 1}-${v.getDate()}` : v;
    expect(result.map((row) => row.map(show))).toEqual([
      ["2025-1-1", "2026-12-31"],
      ["2025-1-1", "2025-12-31"],
      ["2025-7-1", "2026-12-31"],
      ["", "2026-12-31"],
      ["", ""],
    ]);
  });
});

describe("the help of every custom function", () => {
  it("shows a form that works in a Swedish sheet (arguments split by ;) and in an English one (by ,)", () => {
    for (const point of CUSTOM_FUNCTIONS) {
      const summary = point.summary;
      const english = new RegExp(`=${point.name}\\([^)]*\\)`).exec(summary)?.[0] ?? "";
      expect(english, point.name).not.toBe("");
      const oneArgument = !english.includes(",");
      if (oneArgument) continue;
      expect(summary, point.name).toMatch(new RegExp(`in Swedish sheets =${point.name}\\([^),]*;`));
    }
  });
});
