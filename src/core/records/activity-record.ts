// One activity as read from the Activities tab (columns found by header), with its När parsed under its term.
import { type IsoDate, isCalendarDate } from "../calendar/dates";
import { parseTerm, type Term, termOf } from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import { dateOf } from "../cells/cell-values";
import type { ColumnId } from "../layout/columns";
import type { ACTIVITIES_TAB } from "../layout/tabs";
import { parseWhen, type TermRange, type WhenResult } from "../when/when";
import { bodyRows, cellAt, type TabGrid } from "./tab-grid";

export type ActivitiesGrid = TabGrid<typeof ACTIVITIES_TAB>;
export type ActivityColumn = ColumnId<typeof ACTIVITIES_TAB>;

export interface Activity {
  /** 1-based row on the Activities tab. */
  readonly row: number;
  readonly term: Term | null;
  readonly termText: string;
  readonly when: string;
  readonly what: string;
  readonly owner: string;
  readonly targetGroup: string;
  readonly done: boolean;
  /** Start and End as the row shows them (typed, or filled by the add-on from När). */
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** The goal the activity serves (its name on the Goals tab), or "". */
  readonly goal: string;
  readonly parsed: WhenResult;
}

/** A När cell as text for the parser: date cells become ISO dates. */
export function whenText(value: unknown): string {
  return isCalendarDate(value) ? value.iso : cellString(value);
}

/**
 * Reads one row; null for a row with neither Vad nor När. A När under no term ("den första måndagen varje
 * månad", a recurring meeting written with its Term empty) is read over the plan `period`.
 */
export function readActivity(
  grid: ActivitiesGrid,
  row: number,
  period: TermRange | null = null,
): Activity | null {
  const cell = (id: ColumnId<typeof ACTIVITIES_TAB>) => cellAt(grid, row, id);
  const what = cellString(cell("what"));
  const when = whenText(cell("when"));
  if (what === "" && when === "") return null;
  const termText = cellString(cell("term"));
  let term = parseTerm(termText);
  const parsed = parseWhen(when, term, { period });
  if (!term && parsed.ok) term = termOf(parsed.start);
  return {
    row,
    term,
    termText,
    when,
    what,
    owner: cellString(cell("owner")),
    targetGroup: cellString(cell("targetGroup")),
    done: cell("done") === true,
    start: dateOf(cell("start")),
    end: dateOf(cell("end")),
    goal: cellString(cell("goal")),
    parsed,
  };
}

/** Every activity on the tab, in row order; term-less När texts read over the plan `period` (from Settings). */
export function readActivities(grid: ActivitiesGrid, period: TermRange | null = null): Activity[] {
  return bodyRows(grid).flatMap((row) => readActivity(grid, row, period) ?? []);
}

/** Start and end as the row shows them, else as När reads. */
export function effectiveSpan(activity: Activity): { start: IsoDate; end: IsoDate } | null {
  if (activity.start && activity.end) return { start: activity.start, end: activity.end };
  if (activity.parsed.ok) return { start: activity.parsed.start, end: activity.parsed.end };
  return null;
}
