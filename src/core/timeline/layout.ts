// Where things sit on the Timeline tab: header rows, the month columns and the helper columns after them.

export const ROW = {
  title: 1,
  generated: 2,
  /** Hidden: each month column's first day, which the colour rules compare dates with. */
  monthDates: 3,
  years: 4,
  terms: 5,
  elections: 6,
  header: 7,
  firstBody: 8,
} as const;

export const FROZEN_ROWS = ROW.header;
export const FROZEN_COLUMNS = 3;

export const COL = { what: 1, owner: 2, done: 3, firstMonth: 4 } as const;

/** Helper columns after the months, in order; the tab hides them (they hold formulas' inputs, not words). */
export const HELPERS = ["start", "end", "approximate", "shape", "row", "today"] as const;
export type Helper = (typeof HELPERS)[number];

/** The legend on the title row: a label every LEGEND_STEP columns from the first month, seven of them. */
export const LEGEND_STEP = 2;
export const LEGEND_COLUMNS = 7 * LEGEND_STEP;

/** Columns between the first month and the helpers: the months, and at least room for the legend. */
export function visibleMonthColumns(monthCount: number): number {
  return Math.max(monthCount, LEGEND_COLUMNS);
}

/** 1-based column of a helper, given the number of month columns. */
export function helperColumn(helper: Helper, monthCount: number): number {
  return COL.firstMonth + visibleMonthColumns(monthCount) + HELPERS.indexOf(helper);
}

export function totalColumns(monthCount: number): number {
  return COL.firstMonth + visibleMonthColumns(monthCount) + HELPERS.length - 1;
}

export const WIDTHS = { what: 280, owner: 130, done: 44, month: 64 } as const;

/** What a body row is: its shape column says how the colour rules treat it. */
export type RowShape = "term" | "span" | "points" | "none";

/** The shape as the hidden helper cell holds it: a number, so no English word stands in a Swedish sheet. */
export const SHAPE_CODE: Readonly<Record<RowShape, number>> = { none: 0, span: 1, points: 2, term: 3 };
