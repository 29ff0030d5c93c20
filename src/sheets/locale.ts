// Finds the UI language from the spreadsheet's locale, falling back to the user's when the file can't be read.
import { type Language, languageOf } from "../core/i18n/language";

/** The user's own locale: readable even in AuthMode.NONE, where the file is not. */
export function userLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return "en";
  }
}

/** The language of the spreadsheet's locale; the user's locale when the file can't be read. */
export function activeLanguage(spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Language {
  try {
    const ss = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    if (ss) return languageOf(ss.getSpreadsheetLocale());
  } catch {
    // No access to the file (AuthMode.NONE): the user's own locale is the next best guess.
  }
  return userLanguage();
}
