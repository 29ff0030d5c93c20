// checkEdit: a growth beyond ±100 % typed on the Membership tab gets a toast; other edits get nothing.
import { describe, expect, it } from "vitest";
import { checkEdit } from "../../src/sheets/edit-checks";

function edit(
  sheetName: string,
  row: number,
  column: number,
  value: string | undefined,
  values: unknown[][] = [[value]],
) {
  const toasts: string[] = [];
  const growth = values.map((r) => [r[5 - column]]);
  const sheet = { getName: () => sheetName, getRange: () => ({ getValues: () => growth }) };
  const range = {
    getSheet: () => sheet,
    getRow: () => row,
    getColumn: () => column,
    getNumRows: () => values.length,
    getNumColumns: () => values[0].length,
    getValue: () => values[0][0],
  };
  const e = { range, value, source: { toast: (message: string) => toasts.push(message) } };
  checkEdit(e as unknown as GoogleAppsScript.Events.SheetsOnEdit, "sv");
  return toasts;
}

describe("checkEdit", () => {
  it("warns about a growth beyond ±100 % on the Membership tab only", () => {
    expect(edit("Medlemmar", 3, 5, "1.5")).toEqual([
      "Tillväxten 150 % är ovanligt stor (mer än ±100 %). Stämmer den?",
    ]);
    expect(edit("Medlemmar", 3, 5, "0.1")).toEqual([]);
    expect(edit("Medlemmar", 3, 4, "1.5")).toEqual([]);
    expect(edit("Aktiviteter", 3, 5, "1.5")).toEqual([]);
    expect(
      edit("Membership", 2, 4, undefined, [
        [1, 0.1],
        [2, 12],
      ]),
    ).toEqual(["Tillväxten 1200 % ligger utanför −100 % till 1000 %."]);
  });
});
