// "Generate term timeline": reads Activities and Settings once each, writes the Timeline tab in one batch.
import { PlanError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";
import { tabName } from "../core/layout/tabs";
import { NO_SETTINGS } from "../core/records/settings-record";
import { fingerprint } from "../core/timeline/fingerprint";
import { type CellValue, renderTimeline, type TimelineGrid } from "../core/timeline/grid";
import {
  COL,
  FROZEN_COLUMNS,
  FROZEN_ROWS,
  HELPERS,
  helperColumn,
  ROW,
  WIDTHS,
} from "../core/timeline/layout";
import { buildTimeline } from "../core/timeline/model";
import { timelineRules } from "../core/timeline/rules";
import { widthProblem } from "../core/timeline/width";
import { buildConditionalRules } from "./conditional-rules";
import { growingRange } from "./document/grow-range";
import type { PlanContext } from "./document/plan-context";
import { freeSheetName, quoteSheetName } from "./document/sheet-names";
import { TODAY_RANGE_NAME } from "./setup/settings-tab";
import { tooWideError } from "./timeline-width";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
 * Writes the tab: clear, then values, backgrounds, notes, the colour rules, the clipped text columns and the hidden
 * helpers — a fixed number of calls whatever the number of activities, as everything is computed in memory first
 * (Google's batching best practice).
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
  // Each election marker's full name, on its cell.
  range.setNotes(grid.notes);
  const months = sheet.getRange(ROW.header, COL.firstMonth, rows - ROW.header + 1, grid.monthCount);
  sheet.setConditionalFormatRules(
    buildConditionalRules(timelineRules(grid.monthCount), { months, grid: range }),
  );
  // Long names stop at their column's border rather than run over Klar and the months.
  sheet.getRange(ROW.header, COL.what, rows - ROW.header + 1, COL.done).setWrapStrategy(CLIP());
  // The helpers feed the colour rules and are no reading: hidden, wherever the last generation put them.
  sheet.showColumns(1, columns);
  sheet.hideColumns(helperColumn(HELPERS[0], grid.monthCount), HELPERS.length);
}

/** Sheets' CLIP wrap strategy (read when used: the enum exists only in Apps Script). */
const CLIP = (): GoogleAppsScript.Spreadsheet.WrapStrategy => SpreadsheetApp.WrapStrategy.CLIP;

export interface TimelineResult {
  readonly activities: number;
  readonly language: Language;
  /** False when the volunteer chose to keep a timeline edited by hand: nothing was written. */
  readonly written: boolean;
}

/** The developer-metadata key holding the fingerprint of what the last generation wrote. */
const GENERATED_MARK = "verksamhetsplan.generated";

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** The fingerprint the last generation stored on the tab, if any. */
function storedPrint(sheet: Sheet): Metadata | null {
  return sheet.getDeveloperMetadata().find((meta) => meta.getKey() === GENERATED_MARK) ?? null;
}

/** True when the tab no longer matches what the last generation wrote (one read of the tab). */
function handEdited(sheet: Sheet, stored: Metadata | null): boolean {
  if (!stored) return false;
  const range = sheet.getDataRange();
  const values = range.getValues() as CellValue[][];
  return fingerprint(values, range.getFormulas()) !== stored.getValue();
}

function rememberGenerated(sheet: Sheet, stored: Metadata | null, grid: TimelineGrid): void {
  const print = fingerprint(grid.values);
  if (stored) stored.setValue(print);
  else sheet.addDeveloperMetadata(GENERATED_MARK, print);
}

/** Asks before writing over a timeline someone edited by hand; true to go on. */
function mayReplace(language: Language): boolean {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    t(language, "timelineEditedTitle"),
    t(language, "timelineEdited"),
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/**
 * Generates the Timeline tab, found by its mark: a tab a user named Tidslinje themselves is never taken, the
 * timeline then gets another name. Serialised by the document lock: a second run waits, then gets a clear message.
 */
export function generateTimeline(ctx: PlanContext): TimelineResult {
  const { document, language } = ctx;
  return ctx.lock.run("timelineBusy", () => {
    const activities = document.activities();
    if (!activities) throw new PlanError("timelineNoActivities", { tab: tabName("activities", language) });
    const settingsTab = document.settings();
    const settings = settingsTab?.settings ?? NO_SETTINGS;
    const input = {
      activities: activities.records,
      firstTerm: settings.firstTerm,
      lastTerm: settings.lastTerm,
      elections: settings.elections,
      today: ctx.today,
    };
    const tooWide = widthProblem(input);
    if (tooWide) throw tooWideError(tooWide, activities.grid, settingsTab?.grid ?? null, settings);
    const model = buildTimeline(input);
    const grid = renderTimeline(model, {
      language,
      organisation: settings.organisation,
      activitiesRef: quoteSheetName(activities.grid.name),
      activitiesTabName: activities.grid.name,
      activityColumns: activities.grid.columns.column,
      generatedOn: document.zone.today(),
      todayName: TODAY_RANGE_NAME,
    });
    let sheet = document.sheet("timeline");
    const stored = sheet ? storedPrint(sheet) : null;
    if (sheet && handEdited(sheet, stored) && !mayReplace(language)) {
      return { activities: grid.activityCount, language, written: false };
    }
    if (!sheet) {
      sheet = document.ss.insertSheet(freeSheetName(document.ss, tabName("timeline", language)));
      document.mark("timeline", sheet);
      prepareNewSheet(sheet, language);
    }
    writeGrid(sheet, grid);
    rememberGenerated(sheet, stored, grid);
    return { activities: grid.activityCount, language, written: true };
  });
}
