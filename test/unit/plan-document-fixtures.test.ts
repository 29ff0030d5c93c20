// Whole plans of other shapes: a district plan with seat goals per election, an OCR-damaged plan, and plan periods.
import { describe, expect, it } from "vitest";
import { docLine } from "../../src/core/document/document-lines";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import { planPeriod, readTitle } from "../../src/core/document/plan-period";
import { isUndated } from "../../src/core/when/when";
import { fixture } from "../support/fixtures";

describe("a district plan with seat goals per election", () => {
  const doc = parsePlanDocument(fixture("plan-document-district.txt"));

  it("reads title, organisation and period from numbered headings and a 2024-2026 title", () => {
    expect(doc.organisation).toBe("Distriktet Exempellän");
    expect(doc.period).toEqual({ first: { season: "VT", year: 2024 }, last: { season: "HT", year: 2026 } });
  });

  it("gives each election its own day", () => {
    const seats = doc.goals.filter((g) => g.kind === "seats").map((g) => [g.target, g.deadline]);
    expect(seats).toEqual([
      [2, "2024-06-09"],
      [106, "2026-09-13"],
      [1, "2026-09-13"],
      [4, "2026-09-13"],
    ]);
  });

  it("reads the vision as overarching and the other goals by kind, deadlines defaulting to the plan's end", () => {
    expect(doc.goals.map((g) => [g.line, g.level, g.kind, g.target, g.rate, g.comparison])).toEqual([
      [10, "overarching", null, null, null, false],
      [13, "measurable", "seats", 2, null, false],
      [14, "measurable", "seats", 106, null, false],
      [15, "measurable", "seats", 1, null, false],
      [16, "measurable", "seats", 4, null, false],
      [17, "measurable", "members", 800, "year", false],
      [18, "measurable", "other", null, null, true],
      [19, "measurable", "activities", 10, "year", false],
      [20, "measurable", "activities", 2, "term", false],
      [21, "measurable", "other", null, null, true],
      [77, "overarching", null, null, null, false],
    ]);
    expect(doc.goals.find((g) => g.line === 19)?.deadline).toBe("2026-12-31");
  });

  it("links goal headings without a Mål: prefix, by their words, and creates the goal no heading matches", () => {
    const bullets = doc.activities.filter((a) => a.source === "goalBullet");
    const goalLine = (key: string | null) => doc.goals.find((g) => g.key === key)?.line;
    expect(bullets.map((a) => [a.what, goalLine(a.goalKey)])).toEqual([
      ["Värvningsvecka i varje valkrets", 17],
      ["Ringkampanj till vilande medlemmar", 17],
      ["Regionvalsedel med kandidater från alla valkretsar", 15],
      ["Mentorprogram för nya kandidater", 77],
    ]);
  });

  it("reads a membership table with base and target, growth from its footnote, 0 % for the sister organisation", () => {
    expect(doc.membership.map((r) => [r.name, r.growth, r.growthSource, r.target])).toEqual([
      ["Nord", 0.1, "note", 129],
      ["Nordost", 0.1, "note", 106],
      ["Nordväst", 0.1, "note", 157],
      ["Syd", 0.1, "note", 231],
      ["Seniornätverket", 0, "derived", 45],
    ]);
    expect(doc.membershipTotals[0]).toMatchObject({ members: 611, target: 668, problems: [] });
  });

  it("reads the issue's meeting sentence and a recurring one", () => {
    const meetings = doc.activities.filter((a) => a.source === "meeting" || a.source === "recurring");
    expect(meetings.map((a) => a.when)).toEqual([
      "1 mars (konstituerande möte)",
      "8 mars",
      "5 april",
      "10 maj",
      "varannan tisdag",
    ]);
  });

  it("reads markdown term tables with the new När forms and an undated row of its own", () => {
    const table = doc.activities.filter((a) => a.source === "table");
    expect(table.map((a) => [a.when, a.what, a.parsed.ok ? a.parsed.start : a.parsed.problem])).toEqual([
      ["Jan", "Ledarkonferens", "2024-01-01"],
      ["Ca. feb", "Ny i C", "2024-02-01"],
      ["Mars/april", "EU-val utbildning", "2024-03-01"],
      ["Efter valet", "Valanalys", "noElection"],
      ["Ev. okt/nov", "Kretsordförandeträff", "2024-10-01"],
      ["", "Live-sändning via Facebook", "undated"],
      ["Årligen i januari", "Nyårsmingel", "2024-01-01"],
      ["2025 nov", "Budget 2026", "2025-11-01"],
      ["Löpande", "Medlemsvård", "2025-07-01"],
      ["Slutet av 2025", "Valplan antas", "2025-09-01"],
      ["Efter valet", "Valanalys 2026", "2026-09-14"],
    ]);
    const live = table.find((a) => a.what.startsWith("Live"));
    expect(live && isUndated(live.parsed)).toBe(true);
    expect(live).toMatchObject({ targetGroup: "Allmänheten", owner: "Kommunikationsansvarig", problems: [] });
    expect(table.find((a) => a.when === "Ev. okt/nov")?.parsed).toMatchObject({ tentative: true });
    expect(doc.problems).toEqual([{ line: 47, key: "whenNoElection", vars: { text: "Efter valet" } }]);
  });

  it("reads the board's signature blocks, and leaves nothing not understood", () => {
    expect(doc.board.map((b) => b.name)).toEqual([
      "Karin Lindqvist",
      "Ahmed Hassan",
      "Elin Berg",
      "Johan Nyström",
    ]);
    expect(doc.notUnderstood).toEqual([]);
  });
});

describe("an OCR-damaged plan without å/ä/ö", () => {
  const doc = parsePlanDocument(fixture("plan-document-ocr.txt"));

  it("reads headings, goals, terms and När forms as the intended words", () => {
    expect(doc.period).toEqual({ first: { season: "VT", year: 2023 }, last: { season: "HT", year: 2023 } });
    expect(doc.goals.map((g) => [g.level, g.kind])).toEqual([
      ["overarching", null],
      ["measurable", "seats"],
      ["measurable", "members"],
      ["measurable", "activities"],
    ]);
    expect(doc.goals[1]).toMatchObject({ target: 4, baseline: 3 });
    expect(doc.goals[2]).toMatchObject({
      growth: 0.1,
      baselineDate: "2022-12-31",
      baseline: 200,
      target: 220,
    });
    const when = (text: string) => doc.activities.find((a) => a.when === text)?.parsed;
    expect(when("Borjan av 2023")).toMatchObject({ start: "2023-01-01", end: "2023-04-30" });
    expect(when("Under aret")).toMatchObject({ start: "2023-01-01", end: "2023-12-31", warnings: [] });
    expect(when("Lopande")).toMatchObject({ start: "2023-07-01", end: "2023-12-31" });
    expect(when("Forsta mandagen varje manad")?.ok && when("Forsta mandagen varje manad")).toMatchObject({
      occurrences: ["2023-07-03", "2023-08-07", "2023-09-04", "2023-10-02", "2023-11-06", "2023-12-04"],
    });
  });

  it("reads the activity table under Vartermin/Hosttermin, the membership table and the board", () => {
    expect(doc.activities.map((a) => a.term && `${a.term.season} ${a.term.year}`)).toEqual([
      "VT 2023",
      "VT 2023",
      "VT 2023",
      "HT 2023",
      "HT 2023",
      "HT 2023",
    ]);
    expect(doc.membership.map((r) => r.target)).toEqual([132, 88]);
    expect(doc.board.map((b) => [b.role, b.name])).toEqual([
      ["Ordforande", "Anna Svensson"],
      ["Kassor", "Bo Ostlund"],
    ]);
    expect(doc.notUnderstood).toEqual([]);
    expect(doc.problems).toEqual([]);
  });
});

describe("plan period from title and term headings", () => {
  const title = (text: string) => readTitle(docLine(text, 1));

  it.each([
    ["Verksamhetsplan för Exempelkretsen 2025–2026", 2025, 2026, "Exempelkretsen"],
    ["Verksamhetsplan 2024-2026", 2024, 2026, null],
    ["Verksamhetsplan 2025 — 2027", 2025, 2027, null],
    ["Verksamhetsplan 2023", 2023, 2023, null],
    ["Liberalerna Stockholm – verksamhetsplan 2025/26", 2025, 2026, "Liberalerna Stockholm"],
  ])("%s", (text, first, last, organisation) => {
    expect(title(text)).toMatchObject({ first, last, organisation });
  });

  it("is no title without a plan word or a year", () => {
    expect(title("Exempelkretsen 2025–2026")).toBeNull();
    expect(title("Verksamhetsplan")).toBeNull();
  });

  it("term headings widen the title's years, and without a title make the period alone", () => {
    const vt24 = { season: "VT", year: 2024 } as const;
    const ht27 = { season: "HT", year: 2027 } as const;
    expect(planPeriod(title("Verksamhetsplan 2025–2026"), [vt24])).toEqual({
      first: vt24,
      last: { season: "HT", year: 2026 },
    });
    expect(planPeriod(null, [ht27, vt24])).toEqual({ first: vt24, last: ht27 });
    expect(planPeriod(null, [])).toBeNull();
  });

  it("a term heading outside the title's years is a problem, and the period is widened", () => {
    const doc = parsePlanDocument("Verksamhetsplan 2025\n\nHösttermin 2026\nNär?\tVad?\nSep\tValvaka");
    expect(doc.period).toEqual({ first: { season: "VT", year: 2025 }, last: { season: "HT", year: 2026 } });
    expect(doc.problems).toEqual([
      { line: 3, key: "docTermOutsideTitle", vars: { term: "HT 2026", first: 2025, last: 2025 } },
    ]);
  });
});
