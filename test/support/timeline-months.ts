// Test helper: a timeline month's column by "aug 2024", from the month header (short name) and the year row above it.
import { ROW } from "../../src/core/timeline/layout";

/** Every month column of a timeline's display values, labelled "aug 2024" (the header shows "aug", the year once). */
export function monthLabels(values: readonly (readonly unknown[])[]): Map<string, number> {
  const header = values[ROW.header - 1] ?? [];
  const years = values[ROW.years - 1] ?? [];
  const labels = new Map<string, number>();
  let year = "";
  header.forEach((cell, column) => {
    if (/^\d{4}$/.test(String(years[column]))) year = String(years[column]);
    if (year !== "" && /^[A-Za-zåäö]{3,4}$/.test(String(cell))) labels.set(`${cell} ${year}`, column);
  });
  return labels;
}

/** The 0-based column of the month labelled "aug 2024", or -1. */
export function monthColumn(values: readonly (readonly unknown[])[], label: string): number {
  return monthLabels(values).get(label) ?? -1;
}
