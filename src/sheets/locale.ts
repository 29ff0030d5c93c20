// Finds the UI language from the spreadsheet's locale, falling back to the user's when the file can't be read.
import { type Language, languageOf } from "../core/language";

/** The language of the active spreadsheet; in AuthMode.NONE (add-on onOpen) the user's locale instead. */
export function activeLanguage(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Language {
  try {
    const ss = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    if (ss) return languageOf(ss.getSpreadsheetLocale());
  } catch {
    // No access to the file yet (AuthMode.NONE): the user's own locale is the next best guess.
  }
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return "en";
  }
}
