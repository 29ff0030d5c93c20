// The plan's tabs as plain values, as the adapters read them (one getValues each) for the pure checks and dashboard.
import type { TabId } from "./tabs";

/** One tab's name as found in the workbook and its values, header row included. */
export interface TabValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}

/** The four plan tabs; null for a tab that is missing. */
export type PlanValues = Readonly<Record<Exclude<TabId, "timeline">, TabValues | null>>;

/** The plan tabs' ids, in the order the checks report them. */
export const PLAN_TAB_IDS = ["goals", "activities", "membership", "settings"] as const;

/** A cell value with any `false` of an unticked checkbox counted as empty. */
export function isFilledCell(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  return !(typeof value === "string" && value.trim() === "");
}

/** 1-based number of the last row holding anything in the given 0-based columns (1 = only the header). */
export function lastFilledRow(values: readonly (readonly unknown[])[], columns?: readonly number[]): number {
  for (let i = values.length - 1; i >= 1; i--) {
    const row = values[i];
    const cells = columns ? columns.map((c) => row[c]) : row;
    if (cells.some(isFilledCell)) return i + 1;
  }
  return 1;
}
