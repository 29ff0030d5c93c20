// Reading an activity row: date cells become ISO dates, and a date Sheets can hold but ISO can't never throws.
import { describe, expect, it } from "vitest";
import { readActivityRow } from "../../src/core/plan/activity-row";
import { parseSettings } from "../../src/core/plan/settings";

describe("readActivityRow", () => {
  it("reads Start and End date cells as ISO dates", () => {
    const row = readActivityRow(
      ["VT 2025", "mars", new Date(2025, 2, 1), new Date(2025, 2, 31), "Stämma"],
      2,
    );
    expect([row?.start, row?.end]).toEqual(["2025-03-01", "2025-03-31"]);
  });

  it("treats a date past year 9999 as no date instead of throwing", () => {
    const far = new Date(10_000, 0, 1);
    const row = readActivityRow(["VT 2025", far, far, far, "Stämma"], 2);
    expect([row?.when, row?.start, row?.end]).toEqual(["", null, null]);
    expect(parseSettings([["Inställning"], ["I dag", far]]).today).toBeNull();
  });
});
