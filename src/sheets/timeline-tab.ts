// "Generate term timeline": reads Activities and Settings once each, writes the Timeline tab in one batch.

import { isoFromDate } from "../core/calendar/dates";
import { PlanError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { readActivities } from "../core/plan/activity-row";
import { languageOfSettings, parseSettings } from "../core/plan/settings";
import { tabName } from "../core/plan/tabs";
import { renderTimeline, type TimelineGrid } from "../core/timeline/grid";
import { COL, FROZEN_COLUMNS, FROZEN_ROWS, ROW, WIDTHS } from "../core/timeline/layout";
import { buildTimeline } from "../core/timeline/model";
import { timelineRules } from "../core/timeline/rules";
import { buildConditionalRules } from "./conditional-rules";
import { growingRange } from "./grow-range";
import { activeLanguage } from "./locale";
import { ACTIVITIES_RANGE_NAME, SETTINGS_RANGE_NAME } from "./named-ranges";
import { TODAY_RANGE_NAME } from "./today";
import { findTab, quoteSheetName } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a second volunteer waits for the first one's generation before being told to try again. */
const LOCK_WAIT_MS = 5000;

/** Reads a named range's values, or a tab's by name when the named range is gone (older or repaired sheets). */
function readNamed(ss: Spreadsheet, name: string, fallback: () => Sheet | null): unknown[][] | null {
  const named = ss.getRangeByName(name);
  if (named) return named.getValues();
  const sheet = fallback();
  return sheet ? sheet.getDataRange().getValues() : null;
}

/** First generation only: frozen header, widths, the hidden month-dates row and a warning-only protection. */
function prepareNewSheet(sheet: Sheet, language: Language): void {
  sheet.setFrozenRows(FROZEN_ROWS);
  sheet.setFrozenColumns(FROZEN_COLUMNS);
  sheet.setColumnWidth(1, WIDTHS.what);
  sheet.setColumnWidth(2, WIDTHS.owner);
  sheet.setColumnWidths(3, sheet.getMaxColumns() - 2, WIDTHS.month);
  sheet.hideRows(ROW.monthDates);
  sheet.protect().setWarningOnly(true).setDescription(tabName("timeline", language));
}

/**
 * Writes the tab: clear, then values, backgrounds and the colour rules — a fixed number of calls whatever the
 * number of activities, as everything is computed in memory first (Google's batching best practice).
 */
function writeGrid(sheet: Sheet, grid: TimelineGrid): void {
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  sheet.clear();
  const range = growingRange(sheet, 1, 1, rows, columns, ({ columns: added }) => {
    if (added) sheet.setColumnWidths(added.first, added.count, WIDTHS.month);
  });
  range.setValues(grid.values);
  range.setBackgrounds(grid.backgrounds);
  const months = sheet.getRange(ROW.header, COL.firstMonth, rows - ROW.header + 1, grid.monthCount);
  sheet.setConditionalFormatRules(
    buildConditionalRules(timelineRules(grid.monthCount), { months, grid: range }),
  );
}

export interface TimelineResult {
  readonly activities: number;
  readonly language: Language;
}

/** Generates the Timeline tab. Serialised by a document lock: a second run waits, then gets a clear message. */
export function generateTimeline(ss: Spreadsheet): TimelineResult {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new PlanError("timelineBusy");
  try {
    const guess = (): Language => activeLanguage(ss);
    const settingsValues = readNamed(ss, SETTINGS_RANGE_NAME, () => findTab(ss, "settings", guess())) ?? [];
    const language = languageOfSettings(settingsValues) ?? guess();
    const activityValues = readNamed(ss, ACTIVITIES_RANGE_NAME, () => findTab(ss, "activities", language));
    if (!activityValues)
      throw new PlanError("timelineNoActivities", { tab: tabName("activities", language) });
    const settings = parseSettings(settingsValues);
    const now = isoFromDate(new Date());
    const model = buildTimeline({
      activities: readActivities(activityValues),
      firstTerm: settings.firstTerm,
      lastTerm: settings.lastTerm,
      elections: settings.elections,
      today: settings.today ?? now,
    });
    const activitiesTabName = tabName("activities", language);
    const grid = renderTimeline(model, {
      language,
      organisation: settings.organisation,
      activitiesRef: quoteSheetName(activitiesTabName),
      activitiesTabName,
      generatedOn: now,
      todayName: TODAY_RANGE_NAME,
    });
    const name = tabName("timeline", language);
    let sheet = ss.getSheetByName(name);
    if (!sheet) {
      sheet = ss.insertSheet(name);
      prepareNewSheet(sheet, language);
    }
    writeGrid(sheet, grid);
    return { activities: grid.activityCount, language };
  } finally {
    lock.releaseLock();
  }
}
