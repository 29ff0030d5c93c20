// The board's roles and names: role ⇥ name lines, "Role: Name", signature blocks either way up, names side by side.
import { describe, expect, it } from "vitest";
import { isContact, isPersonName, isRole, readBoard } from "../../src/core/document/board-roles";
import { docLines } from "../../src/core/document/document-lines";
import { parsePlanDocument } from "../../src/core/document/pasted-plan";
import { fixture } from "../support/fixtures";

const board = (text: string, index = 0) =>
  readBoard(docLines(text), index)?.map((m) => [m.role, m.name, m.contact, m.lines]) ?? null;

describe("words", () => {
  it("knows roles, with å/ä/ö lost too", () => {
    for (const role of [
      "Ordförande",
      "Vice ordförande",
      "Kassör",
      "Kassor",
      "Ledamot",
      "IT-ansvarig",
      "Valansvarig",
      "Sekreterare:",
      "Suppleant",
    ]) {
      expect(isRole(role), role).toBe(true);
    }
    for (const word of ["Styrelsen", "Karin Lindqvist", "Mars", ""]) expect(isRole(word), word).toBe(false);
  });

  it("knows names and contacts", () => {
    expect(["Karin Lindqvist", "Per Holm", "Anna-Lena af Klint", "Ahmed Hassan"].every(isPersonName)).toBe(
      true,
    );
    expect(["Karin", "Exempelstad den 14", "Ny i C", "Ordförande Karin"].some(isPersonName)).toBe(false);
    expect(
      ["karin@example.se", "070-123 45 67", "tel. 011-123 45 67", "+46 70 123 45 67"].every(isContact),
    ).toBe(true);
    expect(isContact("Karin")).toBe(false);
  });
});

describe("one line", () => {
  it.each([
    ["Ordförande\tKarin Lindqvist", "Ordförande", "Karin Lindqvist", ""],
    ["Karin Lindqvist\tOrdförande", "Ordförande", "Karin Lindqvist", ""],
    ["Kassör\tJohan Nyström\tjohan@example.se", "Kassör", "Johan Nyström", "johan@example.se"],
    ["Kassör: Johan Nyström", "Kassör", "Johan Nyström", ""],
    ["Sekreterare – Elin Berg", "Sekreterare", "Elin Berg", ""],
    ["Jonas Ek, ledamot", "Ledamot", "Jonas Ek", ""],
    ["Jonas Ek (suppleant)", "Suppleant", "Jonas Ek", ""],
    ["Ordförande\tVakant", "Ordförande", "Vakant", ""],
  ])("%s", (text, role, name, contact) => {
    expect(board(text)).toEqual([[role, name, contact, [1]]]);
  });

  it("is no board line: a table row, a role alone, two roles", () => {
    expect(board("Mars\tÅrsmöte\tAlla\tOrdförande")).toBeNull();
    expect(board("Ordförande")).toBeNull();
    expect(board("Ordförande\tKassör")).toBeNull();
  });
});

describe("signature blocks", () => {
  it("name above role, with contact lines", () => {
    expect(board("Karin Lindqvist\nDistriktsordförande\nkarin@example.se\n070-123 45 67")).toEqual([
      ["Distriktsordförande", "Karin Lindqvist", "karin@example.se, 070-123 45 67", [1, 2, 3, 4]],
    ]);
  });

  it("role above name", () => {
    expect(board("Vice ordförande\nAhmed Hassan")).toEqual([["Vice ordförande", "Ahmed Hassan", "", [1, 2]]]);
  });

  it("names side by side above their roles and contacts", () => {
    expect(board("Elin Berg\tJohan Nyström\nSekreterare\tKassör\nelin@example.se\tjohan@example.se")).toEqual(
      [
        ["Sekreterare", "Elin Berg", "elin@example.se", [1, 2, 3]],
        ["Kassör", "Johan Nyström", "johan@example.se", [1, 2, 3]],
      ],
    );
  });
});

describe("a plan that ends in signature blocks", () => {
  const doc = parsePlanDocument(fixture("plan-document-signatures.txt"));

  it("reads every block and line form, with contacts", () => {
    expect(doc.board.map((b) => [b.role, b.name, b.contact])).toEqual([
      ["Ordförande", "Anna Berg", "anna@example.se"],
      ["Vice ordförande", "Karl Lund", "karl@example.se"],
      ["Sekreterare", "Sara Nilsson", "sara@example.se"],
      ["Kassör", "Maria Holm", "tel. 011-123 45 67"],
      ["Ledamot", "Olof Persson", ""],
      ["Ledamot", "Jonas Ek", ""],
    ]);
  });

  it("takes the place-and-date line as the signing, and leaves nothing not understood", () => {
    expect(doc.lines.find((l) => l.line === 17)?.use).toBe("signature");
    expect(doc.notUnderstood).toEqual([]);
  });
});
