// Finds the plan's tabs by their name in either language, and creates missing ones.
import type { Language } from "../core/i18n/language";
import { type TabId, tabName, tabNames } from "../core/plan/tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab and the name it was found under: the user's language first, then the other; null when missing. */
export function findNamedTab(
  ss: Spreadsheet,
  id: TabId,
  language: Language,
): { sheet: Sheet; name: string } | null {
  for (const name of tabNames(id, language)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return { sheet, name };
  }
  return null;
}

/** The tab, looked up as findNamedTab does; null when missing. */
export function findTab(ss: Spreadsheet, id: TabId, language: Language): Sheet | null {
  return findNamedTab(ss, id, language)?.sheet ?? null;
}

/** The tab, created (named in the user's language) when missing. */
export function ensureTab(
  ss: Spreadsheet,
  id: TabId,
  language: Language,
): { sheet: Sheet; created: boolean } {
  const found = findTab(ss, id, language);
  if (found) return { sheet: found, created: false };
  return { sheet: ss.insertSheet(tabName(id, language)), created: true };
}

/** A sheet name quoted for use in A1 notation and formulas: 'Mål'!A2. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
