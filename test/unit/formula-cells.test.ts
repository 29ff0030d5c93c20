// One cell of each custom function at the edges: overflowing inputs give a clear message, never Infinity or NaN.
import { describe, expect, it } from "vitest";
import { PlanError } from "../../src/core/i18n/errors";
import { memberGapCell, memberProgressCell, memberTargetCell } from "../../src/core/targets/formula-cells";

const notComputable = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof PlanError && error.key === "errorNotComputable";
  }
  return false;
};

describe("cells at the edges of floating point", () => {
  it("MEMBER_PROGRESS with an overflowing difference says so", () => {
    expect(notComputable(() => memberProgressCell(1e308, -1e308, 1))).toBe(true);
    expect(notComputable(() => memberProgressCell(0, 1, 1e-320))).toBe(true);
  });
  it("MEMBER_GAP with an overflowing difference says so", () => {
    expect(notComputable(() => memberGapCell(1e308, -1e308))).toBe(true);
  });
  it("ordinary values still compute", () => {
    expect(memberProgressCell(100, 110, 120)).toBeCloseTo(0.5);
    expect(memberGapCell(129, 100)).toBe(29);
    expect(memberTargetCell(117, 0.1, "")).toBe(129);
  });
});
