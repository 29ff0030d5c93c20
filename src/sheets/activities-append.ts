// Appends rows to the Activities tab: one read, one write, under a document lock so two volunteers never collide.

import type {
  ImportOptions,
  ImportPreview,
  ImportResult,
  NewActivity,
} from "../core/dashboard/sidebar-contract";
import { PlanError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { type PlanPeriod, planImport } from "../core/import/activity-import";
import { type AddActivityResult, prepareNewActivity } from "../core/plan/new-activity";
import { lastFilledRow } from "../core/plan/plan-values";
import { parseSettings } from "../core/plan/settings";
import { ACTIVITIES_TAB, columnNumber, tabName } from "../core/plan/tabs";
import { growingRange } from "./grow-range";
import { SETTINGS_RANGE_NAME } from "./named-ranges";
import { findNamedTab } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a second volunteer waits for the first one's append before being told to try again. */
const LOCK_WAIT_MS = 5000;
const WIDTH = ACTIVITIES_TAB.columns.length;

function activitiesSheet(ss: Spreadsheet, language: Language): Sheet {
  const found = findNamedTab(ss, "activities", language);
  if (!found) throw new PlanError("checkMissingTab", { tab: tabName("activities", language) });
  return found.sheet;
}

/** The plan period from the Settings tab (two calls through its named range), or null when it isn't set. */
function planPeriod(ss: Spreadsheet): PlanPeriod | null {
  const values = ss.getRangeByName(SETTINGS_RANGE_NAME)?.getValues();
  const settings = values ? parseSettings(values) : null;
  return settings?.firstTerm && settings.lastTerm
    ? { first: settings.firstTerm, last: settings.lastTerm }
    : null;
}

/** Runs `body` holding the document lock. */
function locked<R>(body: () => R): R {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new PlanError("activitiesBusy");
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Writes `rows` after the last used row (one setValues). Grows the sheet first when it is too short,
 * giving the new rows' Term and När cells the "@" text format setup gives the rest of those columns.
 * Returns the first row written.
 */
function writeAfterLastRow(sheet: Sheet, values: readonly (readonly unknown[])[], rows: unknown[][]): number {
  const first = lastFilledRow(values) + 1;
  growingRange(sheet, first, 1, rows.length, WIDTH, ({ rows: added }) => {
    if (!added) return;
    const termColumn = columnNumber(ACTIVITIES_TAB, "term");
    const textColumns = columnNumber(ACTIVITIES_TAB, "when") - termColumn + 1;
    sheet.getRange(added.first, termColumn, added.count, textColumns).setNumberFormat("@");
  }).setValues(rows);
  return first;
}

/** The sidebar's "Add activity": validates, then appends one row. A När it can't read comes back as a warning. */
export function addActivityRow(
  ss: Spreadsheet,
  language: Language,
  activity: NewActivity,
): AddActivityResult {
  const { cells, warnings } = prepareNewActivity(activity, language);
  return locked(() => {
    const sheet = activitiesSheet(ss, language);
    const row = writeAfterLastRow(sheet, sheet.getDataRange().getValues(), [cells]);
    return { row, warnings };
  });
}

/**
 * The sidebar's import: with `{ preview: true }` the parsed rows, nothing written; otherwise every row not
 * already in the plan (nor repeated in the paste) is appended in one write.
 */
export function importActivities(
  ss: Spreadsheet,
  language: Language,
  text: string,
  options?: ImportOptions | null,
): ImportPreview | ImportResult {
  const source = typeof text === "string" ? text : "";
  const period = planPeriod(ss);
  if (options?.preview === true) {
    const sheet = activitiesSheet(ss, language);
    const plan = planImport(source, sheet.getDataRange().getValues(), language, period);
    return { rows: plan.rows, problems: plan.tableProblems };
  }
  return locked(() => {
    const sheet = activitiesSheet(ss, language);
    const values = sheet.getDataRange().getValues();
    const plan = planImport(source, values, language, period);
    if (plan.cells.length > 0)
      writeAfterLastRow(
        sheet,
        values,
        plan.cells.map((row) => [...row]),
      );
    return { imported: plan.cells.length, duplicates: plan.duplicates, problems: plan.allProblems };
  });
}
