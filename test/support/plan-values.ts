// Test helpers: a plan written as plain tab values (as the adapter would read them) turned into the core's records.
import { CalendarDate, calendarDate, isCalendarDate } from "../../src/core/calendar/dates";
import type { TabSpec } from "../../src/core/layout/tabs";
import { ACTIVITIES_TAB, GOALS_TAB, MEMBERSHIP_TAB, SETTINGS_TAB } from "../../src/core/layout/tabs";
import { readActivities } from "../../src/core/records/activity-record";
import { readGoals } from "../../src/core/records/goal-record";
import { readMembership } from "../../src/core/records/membership-record";
import type { PlanRecords } from "../../src/core/records/plan-records";
import { readSettings, settingsPeriod } from "../../src/core/records/settings-record";
import { tabGrid } from "../../src/core/records/tab-grid";

/** One tab as a test writes it: its name and values from A1 (Dates allowed: they become calendar dates). */
export interface TabValues {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}

export type TestPlanValues = Readonly<
  Record<"goals" | "activities" | "membership" | "settings", TabValues | null>
>;

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the adapter hands it to the core: a Date (read in the test's zone) becomes a calendar date. */
function coreValue(value: unknown): unknown {
  if (value instanceof Date) {
    return new CalendarDate(`${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`);
  }
  return value;
}

function gridOf<T extends TabSpec>(spec: T, tab: TabValues) {
  return tabGrid(
    spec,
    tab.name,
    tab.values.map((row) => row.map(coreValue)),
  );
}

/** The records the plan document would give for these values (activities read over the Settings period). */
export function recordsOf(plan: TestPlanValues): PlanRecords {
  const goals = plan.goals ? gridOf(GOALS_TAB, plan.goals) : null;
  const activities = plan.activities ? gridOf(ACTIVITIES_TAB, plan.activities) : null;
  const membership = plan.membership ? gridOf(MEMBERSHIP_TAB, plan.membership) : null;
  const settings = plan.settings ? gridOf(SETTINGS_TAB, plan.settings) : null;
  const read = settings && readSettings(settings);
  const period = read ? settingsPeriod(read) : null;
  return {
    goals: goals && { grid: goals, records: readGoals(goals) },
    activities: activities && { grid: activities, records: readActivities(activities, period) },
    membership: membership && { grid: membership, records: readMembership(membership) },
    settings: settings && read && { grid: settings, settings: read },
  };
}

/** New rows the core made (by column id) as value rows in the tab's column order. */
export function rowsOf<T extends TabSpec>(
  spec: T,
  rows: readonly Partial<Record<string, unknown>>[],
): unknown[][] {
  return rows.map((row) => spec.columns.map((c) => row[c.id] ?? ""));
}

/** A calendar date cell as a test compares it. */
export function isoOfCell(value: unknown): string {
  return isCalendarDate(value) ? value.iso : String(value);
}

/** One Activities row as a sheet holds it (Termin, När, Start, Slut, Vad, Målgrupp, Ansvarig, Klar, Mål). */
export const activityRow = (term: string, when: string, what: string, done = false, start = "", end = "") => [
  term,
  when,
  start ? calendarDate(start) : "",
  end ? calendarDate(end) : "",
  what,
  "Medlemmar",
  "Ombudsman",
  done,
  "",
];
