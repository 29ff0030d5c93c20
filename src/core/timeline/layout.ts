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

/** Helper columns after the months, in order. */
export const HELPERS = ["start", "end", "approximate", "shape", "row", "today"] as const;
export type Helper = (typeof HELPERS)[number];

/** 1-based column of a helper, given the number of month columns. */
export function helperColumn(helper: Helper, monthCount: number): number {
  return COL.firstMonth + monthCount + HELPERS.indexOf(helper);
}

export function totalColumns(monthCount: number): number {
  return COL.firstMonth + monthCount + HELPERS.length - 1;
}

export const WIDTHS = { what: 280, owner: 130, done: 44, month: 64 } as const;

/** What a body row is: its shape column says how the colour rules treat it. */
export type RowShape = "term" | "span" | "points" | "none";
