// One activity as read from the Activities tab, with its När parsed under its term.

import { type IsoDate, isDateValue } from "../calendar/dates";
import { parseTerm, type Term, termOf } from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import { isoFromDateOrNull } from "../cells/cell-values";
import { parseWhen, type WhenResult } from "../when/when";
import { ACTIVITIES_TAB, columnNumber } from "./tabs";

export interface ActivityRow {
  /** 1-based row on the Activities tab. */
  readonly row: number;
  readonly term: Term | null;
  readonly termText: string;
  readonly when: string;
  readonly what: string;
  readonly owner: string;
  readonly targetGroup: string;
  readonly done: boolean;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  readonly parsed: WhenResult;
}

const COL = (id: string) => columnNumber(ACTIVITIES_TAB, id) - 1;
const I = {
  term: COL("term"),
  when: COL("when"),
  start: COL("start"),
  end: COL("end"),
  what: COL("what"),
  targetGroup: COL("targetGroup"),
  owner: COL("owner"),
  done: COL("done"),
};

/** A När cell as text for the parser: date cells become ISO dates. */
export function whenText(value: unknown): string {
  return isDateValue(value) ? (isoFromDateOrNull(value) ?? "") : cellString(value);
}

function dateCell(value: unknown): IsoDate | null {
  return isDateValue(value) ? isoFromDateOrNull(value) : null;
}

/** Reads one row of values (row number 1-based); null for a blank row. */
export function readActivityRow(values: readonly unknown[], row: number): ActivityRow | null {
  const what = cellString(values[I.what]);
  const when = whenText(values[I.when]);
  if (what === "" && when === "") return null;
  const termText = cellString(values[I.term]);
  let term = parseTerm(termText);
  const parsed = parseWhen(when, term);
  if (!term && parsed.ok) term = termOf(parsed.start);
  return {
    row,
    term,
    termText,
    when,
    what,
    owner: cellString(values[I.owner]),
    targetGroup: cellString(values[I.targetGroup]),
    done: values[I.done] === true,
    start: dateCell(values[I.start]),
    end: dateCell(values[I.end]),
    parsed,
  };
}

/** Every activity on the tab (values include the header row). */
export function readActivities(values: readonly (readonly unknown[])[]): ActivityRow[] {
  const rows: ActivityRow[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    const activity = readActivityRow(row, i + 1);
    if (activity) rows.push(activity);
  });
  return rows;
}

/** Start and end as the row shows them, else as När reads. */
export function effectiveSpan(activity: ActivityRow): { start: IsoDate; end: IsoDate } | null {
  if (activity.start && activity.end) return { start: activity.start, end: activity.end };
  if (activity.parsed.ok) return { start: activity.parsed.start, end: activity.parsed.end };
  return null;
}
