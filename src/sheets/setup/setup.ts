// "Set up plan": creates, marks and repairs the Goals, Activities, Membership, Settings and People tabs, keeping all user data.

import { formatTerm, termsBetween } from "../../core/calendar/terms";
import { columnLetter } from "../../core/cells/a1";
import { tabName } from "../../core/layout/tabs";
import { RECORD_TAB_IDS, type RecordTabId } from "../../core/records/plan-records";
import type { PlanContext } from "../document/plan-context";
import { freeSheetName, quoteSheetName } from "../document/sheet-names";
import { repairGoalsTab } from "./goals-tab";
import { repairMembershipTab } from "./membership-tab";
import { RepairLog } from "./repair-log";
import { repairSettingsTab } from "./settings-tab";
import { type RepairContext, repairTab } from "./tab-repair";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Default first sheets of a new spreadsheet, removed once the plan's tabs exist if still untouched. */
const DEFAULT_SHEET_NAMES = ["Sheet1", "Blad1", "Ark1"];

/** Named ranges older versions kept for tabs; tabs are found by their mark now. */
const RETIRED_RANGE_NAMES = ["PlanActivities", "PlanSettings"];

function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = ss.getSheetByName(name);
    if (sheet && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0 && ss.getSheets().length > 1) {
      ss.deleteSheet(sheet);
    }
  }
}

/** Creates or repairs every plan tab under the document lock. Never changes a cell the user typed. */
export function setUpPlan(ctx: PlanContext): RepairLog {
  return ctx.lock.run("setupBusy", () => setUpPlanLocked(ctx));
}

function setUpPlanLocked(ctx: PlanContext): RepairLog {
  const { document, language } = ctx;
  const ss = document.ss;
  const log = new RepairLog(language);
  const sheets = {} as Record<RecordTabId, Sheet>;
  for (const id of RECORD_TAB_IDS) {
    const found = document.find(id);
    if (found) {
      sheets[id] = found.sheet;
      if (!found.marked) document.mark(id, found.sheet);
      continue;
    }
    const sheet = ss.insertSheet(freeSheetName(ss, tabName(id, language)));
    document.mark(id, sheet);
    sheets[id] = sheet;
    log.did("setupCreatedTab", { tab: sheet.getName() });
  }

  const goalsGrid = document.grid("goals")!;
  const goalColumn = columnLetter(goalsGrid.columns.column.goal ?? 1);
  const base: RepairContext = {
    ss,
    language,
    log,
    terms: [],
    goalNamesA1: `${quoteSheetName(goalsGrid.name)}!$${goalColumn}$2:$${goalColumn}`,
    peopleNamesA1: null,
  };
  // The People tab first: its names are the Ansvarig suggestions on the Activities tab.
  const peopleGrid = document.grid("people")!;
  const people = repairTab(sheets.people, peopleGrid, base);
  document.changed("people");
  const nameColumn = columnLetter(people.columns.name);
  const peopleNamesA1 = `${quoteSheetName(peopleGrid.name)}!$${nameColumn}$${people.headerRow + 1}:$${nameColumn}`;
  const settings = repairSettingsTab(sheets.settings, document, base, ctx.today);
  const terms =
    settings.firstTerm && settings.lastTerm
      ? termsBetween(settings.firstTerm, settings.lastTerm).map(formatTerm)
      : [];
  const repair: RepairContext = { ...base, terms, peopleNamesA1 };

  repairTab(sheets.activities, document.grid("activities")!, repair);
  document.changed("activities");
  repairGoalsTab(sheets.goals, document, repair);
  repairMembershipTab(sheets.membership, document, repair);
  for (const named of ss.getNamedRanges()) {
    if (RETIRED_RANGE_NAMES.includes(named.getName())) named.remove();
  }
  removeUntouchedDefaultSheet(ss);
  return log;
}
