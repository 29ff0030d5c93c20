// Reading one goal sentence: kind, target, baseline, deadline, per år/termin, comparison — as DOMAIN.md's plans write them.
import { describe, expect, it } from "vitest";
import { GOAL_KIND_LABELS, matchGoal, readGoal } from "../../src/core/document/document-goals";
import { readGoalText } from "../../src/core/document/goal-text";
import { t } from "../../src/core/i18n/messages";

const PLAN = { first: { season: "VT", year: 2025 }, last: { season: "HT", year: 2026 } } as const;
const IN_2026 = { year: 2026, period: PLAN };
const NO_YEAR = { year: null, period: PLAN };
const read = (text: string, context: Parameters<typeof readGoalText>[1] = IN_2026) =>
  readGoalText(text, context);

describe("seats", () => {
  it.each([
    ["Minst 106 mandat i kommunvalet 2026", 106],
    ["Minst ett mandat i varje valkrets i regionvalet 2026", 1],
    ["Fyra mandat i riksdagsvalet 2026", 4],
    ["Tio mandat i valet 2026", 10],
  ])("%s → %i seats on election day", (text, target) => {
    expect(read(text)).toMatchObject({ kind: "seats", target, unit: "count", deadline: "2026-09-13" });
  });

  it("reads the EU election's own day, and a baseline written as idag", () => {
    expect(read("två mandat i EP-valet 2024 genom 8 % väljarstöd i länet")).toMatchObject({
      kind: "seats",
      target: 2,
      deadline: "2024-06-09",
    });
    expect(read("Minst 9 mandat i valet 2026 (idag 7)")).toMatchObject({ target: 9, baseline: 7 });
    expect(read("Minst 9 mandat i valet 2026, från 7")).toMatchObject({ target: 9, baseline: 7 });
  });

  it("says so when the election named was not held that year, and falls back to the year's end", () => {
    const reading = read("Minst 5 mandat i valet 2025");
    expect(reading.deadline).toBe("2025-12-31");
    expect(reading.problems).toEqual([
      { key: "docGoalNoElection", vars: { year: 2025, text: "Minst 5 mandat i valet 2025" } },
    ]);
  });
});

describe("vote share", () => {
  it("reads the percentage as the target", () => {
    expect(read("Ett väljarstöd på minst 12 % i kommunvalet 2026")).toMatchObject({
      kind: "voteShare",
      target: 12,
      unit: "percent",
      deadline: "2026-09-13",
    });
    expect(read("8,5 procent av rösterna i regionvalet 2026")).toMatchObject({
      kind: "voteShare",
      target: 8.5,
    });
  });
});

describe("members", () => {
  it("reads a growth and its baseline date", () => {
    expect(read("Öka antalet medlemmar med 15 % jämfört med den 31 december 2024")).toMatchObject({
      kind: "members",
      growth: 0.15,
      baselineDate: "2024-12-31",
      target: null,
    });
    expect(read("öka med 10 % jämfört med 2024")).toMatchObject({ growth: 0.1, baselineDate: "2024-12-31" });
    expect(read("Medlemmarna ska öka med 5 % sedan december 2024")).toMatchObject({
      kind: "members",
      growth: 0.05,
      baselineDate: "2024-12-31",
    });
  });

  it("reads a count of new members", () => {
    expect(read("Värva minst 800 nya medlemmar och nettoöka")).toMatchObject({
      kind: "members",
      target: 800,
    });
  });
});

describe("activities", () => {
  it.each([
    ["Minst 10 medlemsaktiviteter", 10, null],
    ["Ny i C 2 gånger per termin", 2, "term"],
    ["Minst en medlemsvärvning i varje avdelning", 1, null],
    ["Minst två integrerade kampanjer", 2, null],
    ["Minst 6 öppna medlemsmöten per år", 6, "year"],
    ["Fyra studiecirklar om året", 4, "year"],
  ])("%s → %i", (text, target, rate) => {
    expect(read(text)).toMatchObject({ kind: "activities", target, unit: "count", rate });
  });
});

describe("comparisons and others", () => {
  it.each([
    "Andelen aktiva medlemmar ska öka",
    "Högre stöd i SCB:s mätning december 2025 än december 2024",
    "Vara Sveriges största distrikt 2026",
    "Andelen nöjda medlemmar ska öka",
  ])("%s is other, by comparison", (text) => {
    expect(read(text)).toMatchObject({ kind: "other", comparison: true, target: null, measurable: true });
  });

  it("a goal naming nothing measurable is not measurable", () => {
    expect(read("Synas i alla kommundelar").measurable).toBe(false);
  });
});

describe("deadlines", () => {
  it("a year is the year's end, a term its last day, a date itself", () => {
    expect(read("Minst 10 medlemsaktiviteter 2025").deadline).toBe("2025-12-31");
    expect(read("Minst 10 medlemsaktiviteter till HT 2025").deadline).toBe("2025-12-31");
    expect(read("Minst 10 medlemsaktiviteter till VT 2026").deadline).toBe("2026-06-30");
    expect(read("Minst 10 medlemsaktiviteter senast 31 maj 2026").deadline).toBe("2026-05-31");
  });

  it("without one in the text: the heading's year, else the end of the plan period", () => {
    expect(read("Minst 10 medlemsaktiviteter").deadline).toBe("2026-12-31");
    expect(read("Minst 10 medlemsaktiviteter", { year: 2025, period: PLAN }).deadline).toBe("2025-12-31");
    expect(read("Minst 10 medlemsaktiviteter", NO_YEAR).deadline).toBe("2026-12-31");
    expect(read("Minst 10 medlemsaktiviteter", { year: null, period: null }).deadline).toBeNull();
  });

  it("a date that does not exist is no baseline date, and no error", () => {
    expect(read("Öka antalet medlemmar med 10 % jämfört med 0000")).toMatchObject({
      growth: 0.1,
      baselineDate: null,
    });
    expect(read("Öka antalet medlemmar med 10 % sedan 31 februari 2024").baselineDate).toBeNull();
  });

  it("valåret is the general election year of the heading or the plan", () => {
    expect(read("Dörrknackning minst 2 gånger under valåret", NO_YEAR).deadline).toBe("2026-12-31");
  });
});

describe("goals and goal headings", () => {
  const goals = [
    readGoal("Synas i alla kommundelar, inte bara i centralorten.", 11, "overarching", IN_2026),
    readGoal("Öka antalet medlemmar med 15 % jämfört med den 31 december 2024.", 16, "measurable", IN_2026),
    readGoal("Minst ett mandat i varje valkrets i regionvalet 2026", 17, null, IN_2026),
  ];

  it("an overarching goal is text only; an unlabelled one is measurable when it names something", () => {
    expect(goals[0]).toMatchObject({
      level: "overarching",
      kind: null,
      text: "Synas i alla kommundelar, inte bara i centralorten",
    });
    expect(goals[2]).toMatchObject({ level: "measurable", kind: "seats" });
    expect(readGoal("Vara ett parti för alla", 1, null, IN_2026).level).toBe("overarching");
  });

  it("a heading names the goal whose text starts with it, contains it, or holds its words", () => {
    expect(matchGoal(goals, "Synas i alla kommundelar")).toBe(goals[0]);
    expect(matchGoal(goals, "öka antalet medlemmar")).toBe(goals[1]);
    expect(matchGoal(goals, "inte bara i centralorten")).toBe(goals[0]);
    expect(matchGoal(goals, "Mandat i regionvalet")).toBe(goals[2]);
    expect(matchGoal(goals, "Fler kvinnor som kandidater")).toBeNull();
    expect(matchGoal(goals, "")).toBeNull();
  });
});

describe("kind labels", () => {
  it("say each kind as the Goals tab's Kind column does", () => {
    expect(Object.values(GOAL_KIND_LABELS).map((key) => t("sv", key))).toEqual([
      "mandat",
      "väljarstöd",
      "medlemmar",
      "aktiviteter",
      "övrigt",
    ]);
  });
});
