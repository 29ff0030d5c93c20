// Unit tests for reading a pasted activity table: the real 2024 example plus synthetic edge cases.

import { describe, expect, it } from "vitest";
import { activityKey, parseActivityTable } from "../../src/core/import/activity-table";
import { ACTIVITY_TABLE_2024 } from "../support/fixtures";

const EXAMPLE = ACTIVITY_TABLE_2024;
const VT24 = { season: "VT", year: 2024 } as const;
const HT24 = { season: "HT", year: 2024 } as const;

describe("the real 2024 plan table", () => {
  const table = parseActivityTable(EXAMPLE);

  it("finds all 21 activities (12 in VT, 9 in HT) and no problems", () => {
    expect(table.rows).toHaveLength(21);
    expect(table.rows.filter((r) => r.term?.season === "VT")).toHaveLength(12);
    expect(table.rows.filter((r) => r.term?.season === "HT")).toHaveLength(9);
    expect(table.problems).toEqual([]);
    expect(table.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(table.rows.every((r) => r.parsed.ok)).toBe(true);
  });

  it("gives each row its term", () => {
    expect(table.rows.slice(0, 12).every((r) => r.term?.season === "VT" && r.term.year === 2024)).toBe(true);
    expect(table.rows.slice(12).every((r) => r.term?.season === "HT" && r.term.year === 2024)).toBe(true);
  });

  it("reads Valanalys EU-val as August 2024", () => {
    const row = table.rows.find((r) => r.what === "Valanalys EU-val");
    expect(row?.term).toEqual(HT24);
    expect(row?.parsed).toMatchObject({
      ok: true,
      start: "2024-08-01",
      end: "2024-08-31",
      precision: "month",
    });
  });

  it("reads Färdigställd analys … as 1 May 2024", () => {
    const row = table.rows.find((r) => r.what.startsWith("Färdigställd analys"));
    expect(row?.when).toBe("1 maj");
    expect(row?.parsed).toMatchObject({ ok: true, start: "2024-05-01", end: "2024-05-01", day: 1 });
  });

  it("reads Ca. feb Ny i C as approximate February 2024", () => {
    const row = table.rows.find((r) => r.what === "Ny i C" && r.when === "Ca. feb");
    expect(row?.line).toBe(7);
    expect(row?.term).toEqual(VT24);
    expect(row?.parsed).toMatchObject({
      ok: true,
      start: "2024-02-01",
      end: "2024-02-29",
      approximate: true,
    });
  });

  it("keeps the cells and the input order", () => {
    const first = table.rows[0];
    expect(first).toMatchObject({
      line: 4,
      when: "Jan",
      what: "Ledarkonferens",
      targetGroup: "Kretsordförande, gruppleddare och pol sek.",
      owner: "Arbetsgrupp DS",
      done: false,
    });
    expect(table.rows.map((r) => r.when).slice(0, 4)).toEqual(["Jan", "Mars", "Mars", "Ca. feb"]);
    expect(table.structure).toEqual([
      { line: 1, kind: "heading" },
      { line: 3, kind: "header" },
      { line: 18, kind: "heading" },
      { line: 20, kind: "header" },
    ]);
  });

  it("reads the same with Windows line endings, a BOM and non-breaking spaces", () => {
    const windows = `\ufeff${EXAMPLE.replace(/\n/g, "\r\n").replace(/ /g, "\u00a0")}`;
    const again = parseActivityTable(windows);
    expect(again.rows.map((r) => [r.line, r.when, r.what, r.term])).toEqual(
      table.rows.map((r) => [r.line, r.when, r.what, r.term]),
    );
  });
});

describe("synthetic tables", () => {
  it("joins a line with nothing but text under Vad to the row above", () => {
    const table = parseActivityTable(
      [
        "VT 2025",
        "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
        "Mars\tLång aktivitet\tAlla\tDS\t",
        "\tsom fortsätter",
        "\tpå tre rader\t\t\t",
      ].join("\n"),
    );
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      line: 3,
      lines: [3, 4, 5],
      what: "Lång aktivitet som fortsätter på tre rader",
      targetGroup: "Alla",
      owner: "DS",
      done: false,
    });
  });

  it("reads an undated row with its own Målgrupp and Ansvarig as an activity of its own", () => {
    const table = parseActivityTable(
      [
        "HT 2025",
        "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
        "Sept\tValdebatt\tVäljare\tOrdförande\t",
        "\tLive-sändning via Facebook\tAllmänheten\tKommunikationsansvarig\t",
        "\tsom fortsätter\tmedlemmar\t\tx",
      ].join("\n"),
    );
    expect(table.rows.map((r) => [r.line, r.when, r.what, r.targetGroup, r.owner, r.done])).toEqual([
      [3, "Sept", "Valdebatt", "Väljare", "Ordförande", false],
      [4, "", "Live-sändning via Facebook", "Allmänheten", "Kommunikationsansvarig", false],
      [5, "", "som fortsätter", "medlemmar", "", true],
    ]);
    expect(table.rows[1].parsed).toEqual({ ok: false, problem: "undated", text: "" });
    expect(table.rows[1].problems).toEqual([]);
    expect(table.rows[1].term).toEqual({ season: "HT", year: 2025 });
  });

  it("reports a row with neither När nor Vad as missing its Vad, showing what it holds", () => {
    const table = parseActivityTable("VT 2025\nMars\tStämma\tOmbud\n\t\tAlla medlemmar\tDS");
    expect(table.rows[1].problems).toEqual([{ line: 3, code: "noWhat", text: "Alla medlemmar | DS" }]);
  });

  it("handles repeated headers, blank lines and headings with lost å/ä/ö", () => {
    const text = [
      "### Vartermin 2024",
      "",
      "Nar?\tVad?\tMalgrupp\tVem ansvarar?\tKlar:",
      "Jan\tA\tx\ty\t",
      "",
      "Nar?\tVad?\tMalgrupp\tVem ansvarar?\tKlar:",
      "Feb\tB\t\t\t",
      "Hosttermin 2024 (forts.)",
      "Sep\tC\t\t\tX",
      "HT 2025:",
      "Okt\tD",
    ].join("\n");
    const table = parseActivityTable(text);
    expect(table.rows.map((r) => [r.what, r.term?.season, r.term?.year, r.done])).toEqual([
      ["A", "VT", 2024, false],
      ["B", "VT", 2024, false],
      ["C", "HT", 2024, true],
      ["D", "HT", 2025, false],
    ]);
    expect(table.problems).toEqual([]);
  });

  it("reads markdown pipe tables", () => {
    const text = [
      "## HT 2024",
      "| När? | Vad? | Målgrupp | Vem ansvarar? | Klar: |",
      "|------|------|----------|---------------|:-----:|",
      "| Sep | Kampanj | Väljare | Kommunikationsgrupp | ✓ |",
      "| | fortsättning | | | |",
      "| Okt | Träff | Kretsar | Ombudsman | |",
    ].join("\n");
    const table = parseActivityTable(text);
    expect(table.rows.map((r) => [r.when, r.what, r.owner, r.done])).toEqual([
      ["Sep", "Kampanj fortsättning", "Kommunikationsgrupp", true],
      ["Okt", "Träff", "Ombudsman", false],
    ]);
    expect(table.structure.map((s) => s.kind)).toEqual(["heading", "header", "header"]);
  });

  it("reads semicolon-separated rows and English headers in another order", () => {
    const text = ["Spring 2024", "What;When;Responsible;Done", "Annual meeting;March;Board;yes"].join("\n");
    const table = parseActivityTable(text);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      what: "Annual meeting",
      when: "March",
      owner: "Board",
      done: true,
    });
    expect(table.rows[0].parsed).toMatchObject({ ok: true, start: "2024-03-01" });
    expect(table.rows[0].term).toEqual(VT24);
    expect(table.problems).toEqual([]);
  });

  it("uses the default column order without a header", () => {
    const table = parseActivityTable("VT 2024\nMars\tStämma\tOmbud\tDSO\tja");
    expect(table.rows[0]).toMatchObject({
      when: "Mars",
      what: "Stämma",
      targetGroup: "Ombud",
      owner: "DSO",
      done: true,
    });
  });

  it.each(["x", "X", "ja", "klar", "✓", "✔", "done", "yes", "true", "Klar!"])(
    "Klar %j means done",
    (mark) => {
      expect(parseActivityTable(`VT 2024\nMars\tStämma\t\t\t${mark}`).rows[0].done).toBe(true);
    },
  );

  it.each(["", "nej", "-", "pågår", "no"])("Klar %j means not done", (mark) => {
    expect(parseActivityTable(`VT 2024\nMars\tStämma\t\t\t${mark}`).rows[0].done).toBe(false);
  });

  it("reports rows it cannot fully read, without dropping them", () => {
    const text = [
      "Mars\tUtan termin",
      "VT 2024",
      "Snart\tOklar tid",
      "April\t",
      "Maj\tFör många\ta\tb\tc\td\te",
      "# Åtgärder och tidplan",
      "Fri text utan kolumner",
      "Mer fri text",
    ].join("\n");
    const table = parseActivityTable(text);
    expect(table.rows.map((r) => [r.line, r.problems.map((p) => p.code)])).toEqual([
      [1, ["noTerm"]],
      [3, ["unreadableWhen"]],
      [4, ["noWhat"]],
      [5, ["tooManyCells"]],
    ]);
    expect(table.rows[1].parsed).toMatchObject({ ok: false, problem: "unreadable" });
    expect(table.rows[3].problems[0]).toEqual({ line: 5, code: "tooManyCells", text: "d | e" });
    expect(table.problems).toEqual([
      { line: 6, code: "headerUnknown", text: "# Åtgärder och tidplan" },
      { line: 7, code: "noWhat", text: "Fri text utan kolumner" },
      { line: 8, code: "noWhat", text: "Mer fri text" },
    ]);
  });

  it("joins a separator-less line directly below a row to its Vad, and reads a lone När as a row", () => {
    const table = parseActivityTable("VT 2024\nMars\tLång text som\nbröts av PDF:en\n\nApril");
    expect(table.rows.map((r) => [r.when, r.what, r.lines])).toEqual([
      ["Mars", "Lång text som bröts av PDF:en", [2, 3]],
      ["April", "", [5]],
    ]);
    expect(table.rows[1].problems.map((p) => p.code)).toEqual(["noWhat"]);
  });

  it("reports unknown header cells", () => {
    const table = parseActivityTable("VT 2024\nNär\tVad\tBudget\nMars\tStämma\t5000");
    expect(table.problems).toEqual([{ line: 2, code: "headerUnknown", text: "Budget" }]);
    expect(table.rows[0]).toMatchObject({ when: "Mars", what: "Stämma", problems: [] });
  });

  it("reads an empty or odd input as an empty table", () => {
    expect(parseActivityTable("")).toEqual({ rows: [], problems: [], structure: [] });
    expect(parseActivityTable(null as unknown as string)).toMatchObject({ rows: [] });
  });
});

describe("activityKey", () => {
  it("is the same for the same term, Vad and När whatever the spelling", () => {
    expect(activityKey(VT24, "Ny i C", "Ca. feb")).toBe(activityKey(VT24, "  NY I  C ", "ca feb"));
    expect(activityKey(VT24, "Distriktsstämma", "Mars")).toBe(activityKey(VT24, "Distriktsstamma", "mars"));
  });

  it("differs by term, Vad or När", () => {
    const key = activityKey(VT24, "Ny i C", "feb");
    expect(activityKey(HT24, "Ny i C", "feb")).not.toBe(key);
    expect(activityKey(null, "Ny i C", "feb")).not.toBe(key);
    expect(activityKey(VT24, "Ny i C", "mars")).not.toBe(key);
    expect(activityKey(VT24, "Ny i D", "feb")).not.toBe(key);
    expect(activityKey(VT24, "a|b", "c")).not.toBe(activityKey(VT24, "a", "b|c"));
  });
});

describe("activityKey in every script", () => {
  it("tells apart names in Arabic, Cyrillic and emoji, and folds only case, spacing and å/ä/ö", () => {
    const vt = { season: "VT", year: 2025 } as const;
    const keys = ["اجتماع الأعضاء", "Собрание членов", "🎉 Fest", "🍕 Fest", "Möte"].map((what) =>
      activityKey(vt, what, "Mars"),
    );
    expect(new Set(keys).size).toBe(5);
    expect(activityKey(vt, "Möte  med  ÅRSMÖTE", "mars")).toBe(activityKey(vt, "mote med arsmote", "Mars"));
  });
});
