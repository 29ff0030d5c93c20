// Reading the whole example verksamhetsplan: goals, activities, membership, meetings, board and period, line by line.
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import { t } from "../../src/core/i18n/messages";
import { isUndated } from "../../src/core/when/when";
import { PLAN_DOCUMENT_EXAMPLE } from "../support/fixtures";

const doc = parsePlanDocument(PLAN_DOCUMENT_EXAMPLE);
const goal = (start: string) => {
  const found = doc.goals.find((g) => g.text.startsWith(start));
  if (!found) throw new Error(`no goal starting ${start}`);
  return found;
};

describe("the example plan document", () => {
  it("has its title, organisation and period VT 2025–HT 2026", () => {
    expect(doc.title).toBe("Verksamhetsplan för Exempelkretsen 2025–2026");
    expect(doc.organisation).toBe("Exempelkretsen");
    expect(doc.period).toEqual({ first: { season: "VT", year: 2025 }, last: { season: "HT", year: 2026 } });
  });

  it("has 8 goals: 2 overarching and 6 measurable", () => {
    expect(doc.goals).toHaveLength(8);
    expect(doc.goals.filter((g) => g.level === "overarching").map((g) => g.line)).toEqual([10, 11]);
    expect(doc.goals.filter((g) => g.level === "measurable").map((g) => [g.line, g.kind])).toEqual([
      [14, "seats"],
      [15, "voteShare"],
      [16, "members"],
      [17, "activities"],
      [18, "activities"],
      [19, "other"],
    ]);
  });

  it("keeps overarching goals as text", () => {
    expect(goal("Vara det parti")).toMatchObject({
      text: "Vara det parti i kommunen som flest unga väljare litar på i klimatfrågan",
      kind: null,
      target: null,
      deadline: null,
    });
  });

  it("reads 9 seats from a baseline of 7 by the 2026 election", () => {
    expect(goal("Minst 9 mandat")).toMatchObject({
      kind: "seats",
      target: 9,
      unit: "count",
      baseline: 7,
      deadline: "2026-09-13",
      comparison: false,
    });
  });

  it("reads a vote share of 12 % by the 2026 election", () => {
    expect(goal("Ett väljarstöd")).toMatchObject({
      kind: "voteShare",
      target: 12,
      unit: "percent",
      deadline: "2026-09-13",
    });
  });

  it("reads +15 % members since 31 December 2024, measured on the membership total", () => {
    expect(goal("Öka antalet medlemmar")).toMatchObject({
      kind: "members",
      growth: 0.15,
      baselineDate: "2024-12-31",
      baseline: 514,
      target: 591,
      deadline: "2026-12-31",
    });
  });

  it("keeps per år, reads gånger under valåret, and flags the comparison goal", () => {
    expect(goal("Minst 6 öppna")).toMatchObject({ kind: "activities", target: 6, rate: "year" });
    expect(goal("Dörrknackning")).toMatchObject({ kind: "activities", target: 2, deadline: "2026-12-31" });
    expect(goal("Andelen aktiva")).toMatchObject({ kind: "other", comparison: true, target: null });
  });

  it("has 35 activities: 21 from the term tables, 9 meeting dates, 1 recurring board meeting, 4 undated under goals", () => {
    expect(doc.activities).toHaveLength(35);
    const count = (source: string) => doc.activities.filter((a) => a.source === source).length;
    expect([count("table"), count("meeting"), count("recurring"), count("goalBullet")]).toEqual([
      21, 9, 1, 4,
    ]);
  });

  it("reads every När of the term tables, the new forms too", () => {
    const table = doc.activities.filter((a) => a.source === "table");
    expect(table.every((a) => a.parsed.ok && a.problems.length === 0)).toBe(true);
    const when = (text: string) => table.find((a) => a.when === text)?.parsed;
    expect(when("Okt/nov")).toMatchObject({ start: "2025-10-01", end: "2025-11-30" });
    expect(when("Början av 2026")).toMatchObject({ start: "2026-01-01", end: "2026-04-30" });
    expect(when("Q2")).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
    expect(when("Efter valet")).toMatchObject({ start: "2026-09-14", end: "2026-12-31" });
  });

  it("joins the line with nothing but Vad text to the row above", () => {
    const row = doc.activities.find((a) => a.what.startsWith("Dörrknackning i Norra"));
    expect(row).toMatchObject({
      what: "Dörrknackning i Norra och Västra (två helger per månad, med fika efteråt)",
      lines: [54, 55],
      term: { season: "HT", year: 2025 },
    });
  });

  it("makes each meeting date an activity in its term, keeping the note", () => {
    const meetings = doc.activities.filter((a) => a.source === "meeting");
    expect(meetings.map((m) => [m.term && `${m.term.season} ${m.term.year}`, m.when])).toEqual([
      ["VT 2025", "14 januari (årsmöte)"],
      ["VT 2025", "11 februari"],
      ["VT 2025", "11 mars"],
      ["VT 2025", "8 april"],
      ["VT 2025", "13 maj"],
      ["HT 2025", "9 september"],
      ["HT 2025", "14 oktober"],
      ["HT 2025", "11 november"],
      ["HT 2025", "9 december"],
    ]);
    expect(meetings.every((m) => m.what === "Kretsmöte" && m.line === 23)).toBe(true);
    expect(meetings[0].parsed).toMatchObject({ ok: true, start: "2025-01-14", note: "årsmöte" });
  });

  it("makes the board's monthly meeting one recurring activity over the plan period, without July", () => {
    const board = doc.activities.find((a) => a.source === "recurring");
    expect(board).toMatchObject({
      what: "Styrelsen träffas",
      when: "den första måndagen varje månad utom juli",
    });
    expect(board?.parsed.ok && board.parsed.occurrences).toHaveLength(22);
    expect(board?.parsed.ok && board.parsed.occurrences.slice(0, 2)).toEqual(["2025-01-06", "2025-02-03"]);
  });

  it("links the bullets under a goal heading to the goal found elsewhere, creating no goal twice", () => {
    const bullets = doc.activities.filter((a) => a.source === "goalBullet");
    expect(bullets.map((a) => [a.what, a.goalKey])).toEqual([
      ["Kretsmöten roterar mellan kommundelarna", goal("Synas i alla").key],
      ["Minst en valstuga utanför centralorten", goal("Synas i alla").key],
      ["Värvningskampanj varje termin", goal("Öka antalet").key],
      ["Personligt välkomstsamtal till varje ny medlem", goal("Öka antalet").key],
    ]);
    expect(bullets.every((a) => isUndated(a.parsed) && a.term === null && a.problems.length === 0)).toBe(
      true,
    );
  });

  it("has 5 membership rows with targets 244, 101, 151, 56 and 36, total 588", () => {
    expect(doc.membership.map((r) => [r.name, r.members, r.growth, r.target])).toEqual([
      ["Centrum", 212, 0.15, 244],
      ["Norra", 88, 0.15, 101],
      ["Södra", 131, 0.15, 151],
      ["Västra", 47, 0.2, 56],
      ["Ungdomsförbundet", 36, 0, 36],
    ]);
    expect(doc.membership.every((r) => r.baselineDate === "2024-12-31" && r.problems.length === 0)).toBe(
      true,
    );
    expect(doc.membershipTotals).toEqual([
      { line: 35, lines: [35], members: 514, target: 588, problems: [] },
    ]);
  });

  it("has 9 board roles", () => {
    expect(doc.board.map((b) => [b.role, b.name])).toEqual([
      ["Ordförande", "Karin Lindqvist"],
      ["Vice ordförande", "Ahmed Hassan"],
      ["Sekreterare", "Elin Berg"],
      ["Kassör", "Johan Nyström"],
      ["Medlemsansvarig", "Sara Ek"],
      ["Utbildningsansvarig", "Mikael Ström"],
      ["Kampanjansvarig", "Fatima Ali"],
      ["Valansvarig", "Per Holm"],
      ["Kommunikationsansvarig", "Lena Sjöberg"],
    ]);
  });

  it("uses every line: nothing is left not understood, and no problem is raised", () => {
    expect(doc.notUnderstood).toEqual([]);
    expect(doc.problems).toEqual([]);
    const uses = new Map(doc.lines.map((l) => [l.line, l.use]));
    expect([uses.get(1), uses.get(5), uses.get(23), uses.get(25), uses.get(75), uses.get(95)]).toEqual([
      "title",
      "prose",
      "meeting",
      "meeting",
      "goalLink",
      "signature",
    ]);
    const content = PLAN_DOCUMENT_EXAMPLE.split("\n").filter((l) => l.trim() !== "").length;
    expect(doc.lines).toHaveLength(content);
  });

  it("gives stable keys: reading the same text again gives the same document", () => {
    expect(parsePlanDocument(PLAN_DOCUMENT_EXAMPLE)).toEqual(doc);
    expect(new Set(doc.goals.map((g) => g.key)).size).toBe(8);
    expect(new Set(doc.membership.map((r) => r.key)).size).toBe(5);
    expect(goal("Synas i alla").key).toBe("goal|synas i alla kommundelar inte bara i centralorten");
    expect(doc.membership[0].key).toBe("membership|centrum");
    expect(doc.board[0].key).toBe("board|ordforande|karin lindqvist");
  });

  it("reads the same with Windows line endings, a BOM and non-breaking spaces", () => {
    const windows = `\ufeff${PLAN_DOCUMENT_EXAMPLE.replace(/\n/g, "\r\n").replace(/ /g, "\u00a0")}`;
    expect(parsePlanDocument(windows)).toEqual(doc);
  });
});

describe("problems are message keys, said in both languages", () => {
  it("says a not-understood line and a membership mismatch in Swedish and English", () => {
    const text = [
      "Medlemmar per valkrets",
      "Valkrets\tMedlemmar 2024-12-31\tÖkning\tMål",
      "Nord\t100\t10 %\t120",
      "Totalt\t90",
      "",
      "Xyzzy plugh",
    ].join("\n");
    const problems = parsePlanDocument(text).problems;
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [3, "docMembershipTargetMismatch"],
      [4, "docMembershipTotalMembers"],
      [6, "docNotUnderstood"],
    ]);
    for (const p of problems) {
      for (const language of ["sv", "en"] as const) expect(t(language, p.key, p.vars)).not.toMatch(/\{\w+\}/);
    }
    expect(t("sv", problems[0].key, problems[0].vars)).toBe(
      "Nord: målet 120 stämmer inte med 100 ökat med 10 %, som blir 110. Målet 120 behölls; kontrollera siffrorna.",
    );
  });

  it("takes a goal written twice once, and says so; says a meeting list without a year", () => {
    const doc = parsePlanDocument(
      [
        "Mål",
        "- Minst 6 medlemsmöten per år.",
        "- Minst 6 medlemsmöten per år",
        "",
        "Möten",
        "Träffar: 3 mars och 7 april",
      ].join("\n"),
    );
    expect(doc.goals).toHaveLength(1);
    expect(doc.problems.map((p) => [p.line, p.key, p.vars])).toEqual([
      [3, "docGoalRepeated", { text: "Minst 6 medlemsmöten per år", first: 2 }],
      [6, "docMeetingNoYear", { text: "Träffar: 3 mars och 7 april" }],
    ]);
    expect(doc.activities.map((a) => [a.when, a.parsed.ok])).toEqual([
      ["3 mars", false],
      ["7 april", false],
    ]);
  });
});
