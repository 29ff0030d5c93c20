// "Today" for the plan: the Settings tab's date when one is typed there, else the real date.
import { type IsoDate, isDateValue, isoFromDate } from "../core/calendar/dates";

/** Named range set up by "Set up plan": the Settings cell holding the effective today. */
export const TODAY_RANGE_NAME = "PlanToday";

/** The plan's today. Reads one named cell; falls back to the real date when it is missing or empty. */
export function effectiveToday(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null): IsoDate {
  try {
    const ss = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    const value: unknown = ss?.getRangeByName(TODAY_RANGE_NAME)?.getValue();
    if (isDateValue(value)) return isoFromDate(value);
  } catch {
    // No Settings yet, or no access: the real date is the documented default.
  }
  return isoFromDate(new Date());
}
