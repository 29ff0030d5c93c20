// One row of the Membership tab (columns found by header): a constituency or branch, or the total row.

import type { IsoDate } from "../calendar/dates";
import { cellString } from "../cells/cell-text";
import { dateOf, numberOrNull, percentOrNull } from "../cells/cell-values";
import { isLabel } from "../i18n/labels";
import type { ColumnId } from "../layout/columns";
import type { MEMBERSHIP_TAB } from "../layout/tabs";
import { bodyRows, cellAt, type TabGrid } from "./tab-grid";

export type MembershipGrid = TabGrid<typeof MEMBERSHIP_TAB>;
export type MembershipColumn = ColumnId<typeof MEMBERSHIP_TAB>;

export interface MembershipRow {
  /** 1-based row on the Membership tab. */
  readonly row: number;
  readonly constituency: string;
  readonly branch: string;
  /** The total row ("Totalt" / "Total" in the constituency column). */
  readonly total: boolean;
  readonly baselineDate: IsoDate | null;
  /** Numbers as typed; null when blank or unreadable (the checks tell which). */
  readonly baseline: number | null;
  readonly growth: number | null;
  readonly current: number | null;
  readonly cells: Readonly<Record<MembershipColumn, unknown>>;
}

/** Every row with something in it below the header, the total row included (flagged), in row order. */
export function readMembership(grid: MembershipGrid): MembershipRow[] {
  const rows: MembershipRow[] = [];
  for (const row of bodyRows(grid)) {
    const cells = Object.fromEntries(grid.spec.columns.map((c) => [c.id, cellAt(grid, row, c.id)])) as Record<
      MembershipColumn,
      unknown
    >;
    const constituency = cellString(cells.constituency);
    const branch = cellString(cells.branch);
    const typed = [cells.baseline, cells.growth, cells.current].some((v) => cellString(v) !== "");
    if (constituency === "" && branch === "" && !typed) continue;
    rows.push({
      row,
      constituency,
      branch,
      total: isLabel(cells.constituency, "totalRow"),
      baselineDate: dateOf(cells.baselineDate),
      baseline: numberOrNull(cells.baseline),
      growth: percentOrNull(cells.growth),
      current: numberOrNull(cells.current),
      cells,
    });
  }
  return rows;
}
