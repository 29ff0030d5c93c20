// "Set up plan": creates or repairs the Goals, Activities, Membership and Settings tabs, keeping all user data.

import type { IsoDate } from "../core/calendar/dates";
import { formatTerm, termsBetween } from "../core/calendar/terms";
import { columnLetter } from "../core/cells/a1";
import type { Language } from "../core/i18n/language";
import { GOAL_ROWS } from "../core/plan/goals-layout";
import { ACTIVITIES_TAB, SETTINGS_TAB, type TabId, tabName } from "../core/plan/tabs";
import { repairGoalsTab } from "./goals-tab";
import { repairMembershipTab } from "./membership-tab";
import { ACTIVITIES_RANGE_NAME, SETTINGS_RANGE_NAME } from "./named-ranges";
import { RepairLog } from "./repair-log";
import { repairSettingsTab } from "./settings-tab";
import { type RepairContext, repairTab } from "./tab-repair";
import { ensureTab, quoteSheetName } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Default first sheets of a new spreadsheet, removed once the plan's tabs exist if still untouched. */
const DEFAULT_SHEET_NAMES = ["Sheet1", "Blad1", "Ark1"];

function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = ss.getSheetByName(name);
    if (sheet && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 && ss.getSheets().length > 1) {
      ss.deleteSheet(sheet);
    }
  }
}

/** Creates or repairs every plan tab. Never changes a cell the user typed; reports what it could not repair. */
export function setUpPlan(ss: Spreadsheet, language: Language, today: IsoDate): RepairLog {
  const log = new RepairLog(language);
  const ensure = (id: TabId) => {
    const { sheet, created } = ensureTab(ss, id, language);
    if (created) log.did("setupCreatedTab", { tab: tabName(id, language) });
    return sheet;
  };
  const goals = ensure("goals");
  const activities = ensure("activities");
  const membership = ensure("membership");
  const settingsSheet = ensure("settings");

  const base: RepairContext = {
    ss,
    language,
    log,
    terms: [],
    goalNamesA1: `${quoteSheetName(goals.getName())}!$A$2:$A$${GOAL_ROWS}`,
  };
  const settings = repairSettingsTab(settingsSheet, base, today);
  const terms =
    settings.firstTerm && settings.lastTerm
      ? termsBetween(settings.firstTerm, settings.lastTerm).map(formatTerm)
      : [];
  const ctx: RepairContext = { ...base, terms };

  repairGoalsTab(goals, ctx, activities.getName());
  repairTab(activities, ACTIVITIES_TAB, ctx);
  repairMembershipTab(membership, ctx);
  const wholeColumns = (width: number) => `A:${columnLetter(width)}`;
  ss.setNamedRange(ACTIVITIES_RANGE_NAME, activities.getRange(wholeColumns(ACTIVITIES_TAB.columns.length)));
  ss.setNamedRange(SETTINGS_RANGE_NAME, settingsSheet.getRange(wholeColumns(SETTINGS_TAB.columns.length)));
  removeUntouchedDefaultSheet(ss);
  return log;
}
