// "Insert example plan": writes the Swedish example into an empty plan (one setValues per tab), never over user data.
import type { IsoDate } from "../core/calendar/dates";
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";
import {
  EXAMPLE_SETTINGS,
  exampleActivityRows,
  exampleGoalRows,
  exampleMembershipRows,
} from "../core/plan/example-plan";
import { isTotalLabel } from "../core/plan/membership-layout";
import { isFilledCell, lastFilledRow, PLAN_TAB_IDS, type TabValues } from "../core/plan/plan-values";
import { type SettingId, settingOfLabel } from "../core/plan/settings";
import { columnNumber, GOALS_TAB, MEMBERSHIP_TAB, type TabSpec } from "../core/plan/tabs";
import { readTab } from "./plan-reader";
import { setUpPlan } from "./setup";
import { findNamedTab } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ExampleOutcome {
  readonly inserted: boolean;
  readonly message: string;
}

/** 0-based indexes of the columns a user types into (not the ones setup fills with formulas). */
function typedColumns(spec: TabSpec, ids: readonly string[]): number[] {
  return ids.map((id) => columnNumber(spec, id) - 1);
}

const GOAL_TYPED = typedColumns(GOALS_TAB, [
  "goal",
  "kind",
  "baseline",
  "target",
  "start",
  "deadline",
  "owner",
  "countsActivities",
]);
const MEMBERSHIP_TYPED = typedColumns(MEMBERSHIP_TAB, [
  "constituency",
  "branch",
  "baselineDate",
  "baseline",
  "growth",
  "current",
]);

function hasTypedRows(
  tab: TabValues | null,
  columns: readonly number[],
  skip: (row: readonly unknown[]) => boolean,
): boolean {
  return (tab?.values ?? []).some(
    (row, i) => i > 0 && !skip(row) && columns.some((c) => isFilledCell(row[c])),
  );
}

/** Writes the example's organisation (only when none is typed) and plan period into the Settings values column. */
function writeSettings(ss: Spreadsheet, language: Language): void {
  const found = findNamedTab(ss, "settings", language);
  if (!found) return;
  const values = found.sheet.getDataRange().getValues();
  const rows = new Map<SettingId, number>();
  values.forEach((row, i) => {
    const id = settingOfLabel(row[0]);
    if (id && !rows.has(id)) rows.set(id, i);
  });
  const wanted: Array<[SettingId, string]> = [
    ["organisation", EXAMPLE_SETTINGS.organisation],
    ["firstTerm", EXAMPLE_SETTINGS.firstTerm],
    ["lastTerm", EXAMPLE_SETTINGS.lastTerm],
  ];
  const targets = wanted.filter(([id]) => rows.has(id));
  if (targets.length === 0) return;
  const indexes = targets.map(([id]) => rows.get(id)!);
  const [first, last] = [Math.min(...indexes), Math.max(...indexes)];
  // One block over the rows between: rows not set keep their value (setup restores the one formula there).
  const block = values.slice(first, last + 1).map((row) => [row[1]]);
  for (const [id, value] of targets) {
    const index = rows.get(id)! - first;
    if (id !== "organisation" || !isFilledCell(block[index][0])) block[index][0] = value;
  }
  found.sheet.getRange(first + 1, 2, block.length, 1).setValues(block);
}

/**
 * Inserts the example plan: sets the plan up when a tab is missing, refuses (nothing written) when the
 * Goals, Activities or Membership tab already holds typed rows, writes each tab's rows in one setValues,
 * then sets the plan up again so formulas and validation reach the new rows.
 */
export function insertExamplePlan(ss: Spreadsheet, language: Language, today: IsoDate): ExampleOutcome {
  if (PLAN_TAB_IDS.some((id) => !findNamedTab(ss, id, language))) setUpPlan(ss, language, today);
  const goals = readTab(ss, "goals", language);
  const activities = readTab(ss, "activities", language);
  const membership = readTab(ss, "membership", language);
  const busy = [
    hasTypedRows(goals, GOAL_TYPED, () => false) ? goals : null,
    activities && lastFilledRow(activities.values) > 1 ? activities : null,
    hasTypedRows(membership, MEMBERSHIP_TYPED, (row) => isTotalLabel(row[0])) ? membership : null,
  ].filter((tab): tab is TabValues => tab !== null);
  if (busy.length > 0 || !goals || !activities || !membership) {
    return {
      inserted: false,
      message: t(language, "exampleHasData", { tabs: busy.map((tab) => tab.name).join(", ") }),
    };
  }

  const write = (name: string, rows: unknown[][]) => {
    const sheet = ss.getSheetByName(name);
    if (sheet && rows.length > 0) sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  };
  const activityRows = exampleActivityRows();
  const membershipRows = exampleMembershipRows();
  const goalRows = exampleGoalRows(language);
  write(goals.name, goalRows);
  write(activities.name, activityRows);
  write(membership.name, membershipRows);
  writeSettings(ss, language);
  setUpPlan(ss, language, today);
  return {
    inserted: true,
    message: t(language, "exampleInserted", {
      activities: activityRows.length,
      constituencies: membershipRows.length,
      goals: goalRows.length,
    }),
  };
}
