// Where the Membership tab's rows, total row and target formulas go, decided from the tab's values.
import { cellA1, columnRangeA1 } from "../cells/a1";
import { MESSAGES } from "../i18n/messages";
import { columnNumber, MEMBERSHIP_TAB } from "./tabs";

/** A new Membership tab leaves room for this many constituency rows before its total row. */
export const DEFAULT_MEMBERSHIP_ROWS = 6;

const C = (id: string) => columnNumber(MEMBERSHIP_TAB, id);
export const MEMBERSHIP_COLUMNS = {
  constituency: C("constituency"),
  baseline: C("baseline"),
  growth: C("growth"),
  target: C("target"),
  current: C("current"),
  gap: C("gap"),
  progress: C("progress"),
} as const;

export function isTotalLabel(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const v = value.trim().toLowerCase();
  return v === MESSAGES.totalRow.sv.toLowerCase() || v === MESSAGES.totalRow.en.toLowerCase();
}

export interface MembershipLayout {
  /** Row of the total; data rows are 2 … totalRow − 1. */
  readonly totalRow: number;
  readonly totalExists: boolean;
  /** True when something is typed below the total row. */
  readonly rowsBelowTotal: boolean;
}

/** Finds the total row, or where a new one goes: after the last typed row, leaving room for a few rows. */
export function membershipLayout(values: readonly (readonly unknown[])[]): MembershipLayout {
  const totalIndex = values.findIndex((row, i) => i > 0 && isTotalLabel(row[0]));
  const hasData = (row: readonly unknown[]) => row.some((v) => v !== "" && v !== null);
  if (totalIndex > 0) {
    return {
      totalRow: totalIndex + 1,
      totalExists: true,
      rowsBelowTotal: values.slice(totalIndex + 1).some(hasData),
    };
  }
  let last = 1;
  values.forEach((row, i) => {
    if (i > 0 && hasData(row)) last = i + 1;
  });
  return {
    totalRow: Math.max(last + 1, DEFAULT_MEMBERSHIP_ROWS + 2),
    totalExists: false,
    rowsBelowTotal: false,
  };
}

/** The spilling formulas of row 2: one call each per column, however many rows. */
export function membershipRowFormulas(totalRow: number): Record<"target" | "gap" | "progress", string> {
  const last = totalRow - 1;
  const r = (id: keyof typeof MEMBERSHIP_COLUMNS) => columnRangeA1(MEMBERSHIP_COLUMNS[id], 2, last);
  return {
    target: `=MEMBER_TARGET(${r("baseline")}, ${r("growth")})`,
    gap: `=MEMBER_GAP(${r("target")}, ${r("current")})`,
    progress: `=MEMBER_PROGRESS(${r("baseline")}, ${r("current")}, ${r("target")})`,
  };
}

/** The total row's formulas by column id. The total target adds up the rounded row targets. */
export function membershipTotalFormulas(totalRow: number): Record<string, string> {
  const last = totalRow - 1;
  const sum = (id: keyof typeof MEMBERSHIP_COLUMNS) =>
    `=SUM(${columnRangeA1(MEMBERSHIP_COLUMNS[id], 2, last)})`;
  const cell = (id: keyof typeof MEMBERSHIP_COLUMNS) => cellA1(totalRow, MEMBERSHIP_COLUMNS[id]);
  return {
    baseline: sum("baseline"),
    target: sum("target"),
    current: sum("current"),
    gap: `=MEMBER_GAP(${cell("target")}, ${cell("current")})`,
    progress: `=MEMBER_PROGRESS(${cell("baseline")}, ${cell("current")}, ${cell("target")})`,
  };
}

/** True for a formula this add-on writes in that column (so it may be rewritten with a new extent). */
export function isOurFormula(formula: unknown): boolean {
  return typeof formula === "string" && /^=(MEMBER_[A-Z]+|SUM|GOAL_PACE|ACTIVITY_COUNT)\(/.test(formula);
}
