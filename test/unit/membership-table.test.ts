// Membership tables in a pasted plan: tab tables, tables broken by a PDF, footnotes, derived growth and checked totals.
import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import { fixture } from "../support/fixtures";

const read = (lines: string[]) => parsePlanDocument(lines.join("\n"));

describe("a membership table pasted from a PDF", () => {
  const doc = parsePlanDocument(fixture("membership-table-pdf.txt"));

  it("joins names broken over two lines and numbers on lines of their own", () => {
    expect(doc.membership.map((r) => [r.name, r.lines, r.members, r.target])).toEqual([
      ["Älvsjö - Hägersten", [4, 5, 6], 412, 453],
      ["Skarpnäck", [7], 210, 231],
      ["Farsta", [8], 188, 207],
      ["Enskede-Årsta-Vantör", [9, 10, 11, 12], 305, 336],
      ["Liberala kvinnor", [13], 40, 40],
    ]);
  });

  it("takes the growth from the footnote where it gives the printed target, else derives it (0 % for a sister organisation)", () => {
    expect(doc.membership.map((r) => [r.growth, r.growthSource])).toEqual([
      [0.1, "note"],
      [0.1, "note"],
      [0.1, "note"],
      [0.1, "note"],
      [0, "derived"],
    ]);
    expect(doc.membership.every((r) => r.baselineDate === "2024-12-31")).toBe(true);
  });

  it("reads the word-spaced header and the thousands in the total, and checks the total against the rows", () => {
    expect(doc.lines.find((l) => l.line === 3)?.use).toBe("header");
    expect(doc.membershipTotals).toEqual([
      {
        line: 14,
        lines: [14],
        members: 1155,
        target: 1270,
        problems: [{ line: 14, key: "docMembershipTotalTarget", vars: { total: 1270, sum: 1267 } }],
      },
    ]);
    expect(doc.notUnderstood).toEqual([]);
  });
});

describe("tab-separated tables", () => {
  it("computes targets half up from base and growth, keeping 0 % rows", () => {
    const doc = read([
      "Medlemmar",
      "Valkrets\tMedlemmar 2024-12-31\tTillväxt %",
      "Nord\t117\t10 %",
      "Sydost\t88\t12 %",
      "Seniornätverket\t45\t0 %",
      "Totalt\t250",
    ]);
    expect(doc.membership.map((r) => [r.name, r.target])).toEqual([
      ["Nord", 129],
      ["Sydost", 99],
      ["Seniornätverket", 45],
    ]);
    expect(doc.membershipTotals[0]).toEqual({ line: 6, lines: [6], members: 250, target: 273, problems: [] });
  });

  it("derives the growth from base and target when no growth is given", () => {
    const doc = read(["Avdelning\tAntal 31 dec 2024\tMål 2026", "Norr\t412\t453", "Söder\t300\t315"]);
    expect(doc.membership.map((r) => [r.growth, r.growthSource, r.target])).toEqual([
      [0.0995, "derived", 453],
      [0.05, "derived", 315],
    ]);
    expect(doc.membership[0].baselineDate).toBe("2024-12-31");
  });

  it("takes the growth from a sentence above the table", () => {
    const doc = read([
      "Medlemsmål",
      "Målet är en ökning med 10 % sedan 31 december 2024 i alla valkretsar.",
      "Valkrets\tMedlemmar\tMål 2026",
      "Nord\t117\t129",
      "Syd\t210\t231",
    ]);
    expect(doc.membership.map((r) => [r.growth, r.growthSource, r.baselineDate])).toEqual([
      [0.1, "note", "2024-12-31"],
      [0.1, "note", "2024-12-31"],
    ]);
    expect(doc.lines.find((l) => l.line === 2)?.use).toBe("membershipNote");
  });

  it("flags a printed target that the growth does not give, and keeps the printed one", () => {
    const doc = read(["Krets\tMedlemmar\tÖkning\tMål", "Norr\t100\t10 %\t120"]);
    expect(doc.membership[0]).toMatchObject({ target: 120, growth: 0.1 });
    expect(doc.membership[0].problems.map((p) => p.key)).toEqual(["docMembershipTargetMismatch"]);
  });

  it("flags a total of members that the rows do not add up to", () => {
    const doc = read(["Krets\tMedlemmar\tÖkning", "Norr\t100\t10 %", "Söder\t50\t10 %", "Totalt\t160"]);
    expect(doc.membershipTotals[0].problems).toEqual([
      { line: 4, key: "docMembershipTotalMembers", vars: { total: 160, sum: 150 } },
    ]);
  });

  it("flags rows it cannot complete, and a name given twice", () => {
    const doc = read(["Krets\tMedlemmar\tMål", "Norr\t0\t10", "Söder\t50", "Norr\t60\t66", "Väster"]);
    expect(doc.membership.map((r) => [r.name, r.line, r.problems.map((p) => p.key)])).toEqual([
      ["Norr", 2, ["docMembershipNoGrowth"]],
      ["Söder", 3, ["docMembershipNoTarget"]],
      ["Norr", 4, ["docMembershipRepeated"]],
      ["Väster", 5, ["docMembershipNoNumbers"]],
    ]);
    expect(doc.membership[2].key).toBe(doc.membership[0].key);
  });

  it("reads a table without a header under a membership heading, spaces between its numbers", () => {
    const doc = read(["Medlemsmål per valkrets", "Nord 117 10 % 129", "Syd 210 10 % 231"]);
    expect(doc.membership.map((r) => [r.name, r.members, r.growth, r.target, r.problems])).toEqual([
      ["Nord", 117, 0.1, 129, []],
      ["Syd", 210, 0.1, 231, []],
    ]);
  });

  it("ends the table at its total: a line of text after it is not a row", () => {
    const doc = read(["Krets\tMedlemmar\tÖkning", "Norr\t100\t10 %", "Totalt\t100", "", "Xyzzy plugh"]);
    expect(doc.membership).toHaveLength(1);
    expect(doc.notUnderstood.map((p) => p.line)).toEqual([5]);
  });

  it("flags a member count that is no whole number, and a growth beyond 1000 %", () => {
    const doc = read(["Krets\tMedlemmar\tÖkning", "Norr\t10,5\t10 %", "Söder\t50\t2000 %"]);
    expect(doc.membership.map((r) => r.problems.map((p) => [p.key, p.vars]))).toEqual([
      [["docMembershipNotCount", { name: "Norr", value: 10.5 }]],
      [["docMembershipGrowthOutOfRange", { name: "Söder", growth: "2000 %" }]],
    ]);
  });
});
