// onEdit dispatcher: keeps Start/End following Term/När, goal counts following their goal rows, and checks edits.
import { dateFromIso } from "../core/calendar/dates";
import type { Language } from "../core/i18n/language";
import { datesForRow } from "../core/plan/edit-dates";
import { GOAL_COLUMNS } from "../core/plan/goals-layout";
import { ACTIVITIES_TAB, columnNumber, type TabId, tabName } from "../core/plan/tabs";
import { checkEdit } from "./edit-checks";
import { refreshActivityCount } from "./goals-tab";
import { followMembershipRows } from "./membership-tab";

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Which plan tab a sheet name is, and in which language it is named. */
export function tabOfName(name: string): { id: TabId; language: Language } | null {
  const ids: TabId[] = ["activities", "goals", "membership", "settings", "timeline"];
  for (const id of ids) {
    for (const language of ["sv", "en"] as const) if (tabName(id, language) === name) return { id, language };
  }
  return null;
}

const TERM = columnNumber(ACTIVITIES_TAB, "term");
const WHEN = columnNumber(ACTIVITIES_TAB, "when");
const START = columnNumber(ACTIVITIES_TAB, "start");

function touches(range: Range, first: number, last: number): boolean {
  const from = range.getColumn();
  const to = from + range.getNumColumns() - 1;
  return from <= last && to >= first;
}

/** Rows of the edit below the header, as [first, count]; null when only the header was touched. */
function bodyRows(range: Range): [number, number] | null {
  const first = Math.max(range.getRow(), 2);
  const last = range.getRow() + range.getNumRows() - 1;
  return last >= first ? [first, last - first + 1] : null;
}

/** Term or När changed: recompute Start and End of those rows in one read and two writes (values, notes). */
function followWhen(range: Range, language: Language): void {
  if (!touches(range, TERM, WHEN)) return;
  const rows = bodyRows(range);
  if (!rows) return;
  const sheet = range.getSheet();
  const source = sheet.getRange(rows[0], TERM, rows[1], WHEN - TERM + 1).getValues();
  const dates = source.map((row) => datesForRow(row[0], row[WHEN - TERM], language));
  sheet
    .getRange(rows[0], START, rows[1], 2)
    .setValues(dates.map((d) => [d.start ? dateFromIso(d.start) : "", d.end ? dateFromIso(d.end) : ""]));
  sheet.getRange(rows[0], WHEN, rows[1], 1).setNotes(dates.map((d) => [d.note]));
}

/** A goal's kind, text to count or deadline changed: give an "activities" goal its count formula. */
function followGoal(range: Range, language: Language): void {
  const watched = [GOAL_COLUMNS.kind, GOAL_COLUMNS.countsActivities, GOAL_COLUMNS.deadline];
  if (!watched.some((c) => touches(range, c, c))) return;
  const rows = bodyRows(range);
  if (!rows) return;
  const activities = tabName("activities", language);
  for (let row = rows[0]; row < rows[0] + rows[1]; row++)
    refreshActivityCount(range.getSheet(), row, activities);
}

/** The simple onEdit trigger's work. Script edits fire no onEdit, so this only sees what people type or paste. */
export function handleEdit(e: EditEvent): void {
  const range = e.range;
  const tab = tabOfName(range.getSheet().getName());
  if (!tab) return;
  if (tab.id === "activities") followWhen(range, tab.language);
  else if (tab.id === "goals") followGoal(range, tab.language);
  else if (tab.id === "membership") {
    checkEdit(e, tab.language);
    followMembershipRows(range.getSheet(), tab.language);
  }
}
