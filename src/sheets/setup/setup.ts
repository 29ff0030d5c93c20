// "Set up plan": creates, marks and repairs the Goals, Activities, Membership, Settings, People and Election results tabs, keeping all user data.

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

/**
 * True when a sheet holds nothing a user made: no value, note, colour or other format, data validation,
 * conditional format, chart, protection, frozen or hidden rows. A new file's Blad1 is; one a volunteer coloured,
 * annotated or drew a chart on is theirs, even with no value in it.
 */
function untouched(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  if (sheet.getLastRow() !== 0 || sheet.getLastColumn() !== 0) return false;
  if (sheet.getCharts().length > 0 || sheet.getConditionalFormatRules().length > 0) return false;
  if (sheet.getFrozenRows() > 0 || sheet.getFrozenColumns() > 0) return false;
  const protections = SpreadsheetApp.ProtectionType;
  if (sheet.getProtections(protections.SHEET).length + sheet.getProtections(protections.RANGE).length > 0)
    return false;
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  const blank = (grid: unknown[][], empty: (v: unknown) => boolean) => grid.every((row) => row.every(empty));
  return (
    blank(all.getNotes(), (v) => v === "") &&
    blank(all.getBackgrounds(), (v) => String(v).toLowerCase() === "#ffffff") &&
    blank(all.getNumberFormats(), (v) => v === "" || v === "General" || v === "0.###############") &&
    blank(all.getDataValidations(), (v) => v === null)
  );
}

function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  for (const name of DEFAULT_SHEET_NAMES) {
    const sheet = ss.getSheetByName(name);
    if (sheet && ss.getSheets().length > 1 && untouched(sheet)) ss.deleteSheet(sheet);
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
  // Before the Goals tab: the seat goals' formula reads where the results' columns are.
  repairTab(sheets.results, document.grid("results")!, repair);
  document.changed("results");
  repairGoalsTab(sheets.goals, document, repair);
  repairMembershipTab(sheets.membership, document, repair);
  for (const named of ss.getNamedRanges()) {
    if (RETIRED_RANGE_NAMES.includes(named.getName())) named.remove();
  }
  removeUntouchedDefaultSheet(ss);
  return log;
}
