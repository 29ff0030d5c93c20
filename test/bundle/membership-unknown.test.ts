// Issue 12, "unknown is not zero": a blank Nu on the Membership tab is unknown; totals sum the known rows and say how
// many lack Nu, progress shows "–", and neither the tab nor the sidebar shows 0 members for what nobody counted.
import { describe, expect, it } from "vitest";
import { sheet, type Workbook, workbook } from "../support/workbook";

interface Constituency {
  constituency: string;
  current: number | null;
  target: number;
}

function plan(rows: unknown[][]): Workbook {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  if (rows.length === 0) return wb;
  // Valkrets … Tillväxt and Nu, around the spilling Mål column (F), as a volunteer types them.
  const members = sheet(wb, "Medlemmar");
  members.getRange(3, 1, rows.length, 5).setValues(rows.map((r) => r.slice(0, 5)));
  members.getRange(3, 7, rows.length, 1).setValues(rows.map((r) => [r[6]]));
  return wb;
}

/** The total row as shown: Krets/avdelning (how many lack Nu), Mål, Nu, Kvar att värva, Framsteg. */
const total = (wb: Workbook) => {
  const [, branch, , , , target, current, gap, progress] = sheet(wb, "Medlemmar")
    .getRange("A2:I2")
    .getDisplayValues()[0];
  return { branch, target, current, gap, progress };
};

describe("a membership table with no current counts", () => {
  const wb = plan([
    ["Nord", "", "", 117, 0.1, "", ""],
    ["Syd", "", "", 80, 0.05, "", ""],
  ]);

  it("shows the total Nu and Kvar att värva blank, progress –, and how many rows lack Nu", () => {
    // Before: Totalt Nu 0, Kvar att värva 213 and Framsteg −1173 % (0 members against a baseline of 197).
    expect(total(wb)).toEqual({
      branch: "Rader utan Nu: 2",
      target: "213",
      current: "",
      gap: "",
      progress: "–",
    });
  });

  it('never shows "0 / 129" in the sidebar: the count is unknown', () => {
    const dashboard = wb.load().getDashboard() as { membership: Constituency[] };
    expect(dashboard.membership.map((c) => [c.constituency, c.current, c.target])).toEqual([
      ["Nord", null, 129],
      ["Syd", null, 84],
    ]);
  });
});

describe("a membership table with some current counts", () => {
  it("sums only the known rows and compares them with their own baseline and target", () => {
    const wb = plan([
      ["Nord", "", "", 117, 0.1, "", 124],
      ["Syd", "", "", 80, 0.05, "", ""],
    ]);
    // Nord alone: 124 of 129 from 117, 7 of 12 = 58 %; Syd counted nowhere.
    expect(total(wb)).toEqual({
      branch: "Rader utan Nu: 1",
      target: "213",
      current: "124",
      gap: "5",
      progress: "58%",
    });
    sheet(wb, "Medlemmar").getRange("G4").setValue(84);
    expect(total(wb)).toEqual({ branch: "", target: "213", current: "208", gap: "5", progress: "69%" });
  });
});

describe("an empty plan", () => {
  it("shows no progress, not 100 %", () => {
    expect(total(plan([]))).toEqual({ branch: "", target: "0", current: "", gap: "", progress: "–" });
  });
});
