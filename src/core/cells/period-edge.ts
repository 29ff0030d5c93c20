// Reads a start or deadline cell as volunteers type it: a date, a year, a term, a month, or any När text.
import { type IsoDate, isoDate } from "../calendar/dates";
import { PlanError } from "../i18n/errors";
import { parseWhen } from "../when/when";
import { dateOf, isBlankCell, isoFromSerial, showValue } from "./cell-values";

/** Which end of the period a cell stands for: a start reads as the first day, a deadline as the last. */
export type Edge = "start" | "end";

/** Whole numbers in this range are years, never Sheets serial numbers (which would be dates in 1905–1908). */
export const YEARS = { min: 1900, max: 2999 } as const;

function yearEdge(year: number, edge: Edge): IsoDate {
  return edge === "start" ? isoDate(year, 1, 1) : isoDate(year, 12, 31);
}

/**
 * The first or last day a cell means: a date cell or ISO text is that day; a year (2026, as a number or text)
 * is 1 January or 31 December; anything When reads ("HT 2026", "december 2024", "mars–maj 2025") is its first
 * or last day; another number is a Sheets serial. Null when blank; a PlanError naming `name` otherwise.
 */
export function readPeriodEdge(value: unknown, edge: Edge, name: string): IsoDate | null {
  if (isBlankCell(value)) return null;
  let date: IsoDate | null = dateOf(value);
  if (date === null && typeof value === "number") {
    date =
      Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max
        ? yearEdge(value, edge)
        : isoFromSerial(value);
  } else if (date === null && typeof value === "string") {
    const text = value.trim();
    const year = /^\d{4}$/.test(text) ? Number(text) : null;
    if (year !== null && year >= YEARS.min && year <= YEARS.max) date = yearEdge(year, edge);
    else {
      const when = parseWhen(text, null);
      if (when.ok) date = edge === "start" ? when.start : when.end;
    }
  }
  if (date === null) throw new PlanError("errorCellNotDeadline", { name, value: showValue(value) });
  return date;
}

/** The edge, or null when the cell is blank or cannot be read (a check reports why). */
export function periodEdgeOrNull(value: unknown, edge: Edge): IsoDate | null {
  try {
    return readPeriodEdge(value, edge, "");
  } catch {
    return null;
  }
}
