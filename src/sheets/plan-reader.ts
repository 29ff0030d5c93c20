// Reads the plan tabs for the sidebar and the checks: each found tab's values with one getValues call.
import type { Language } from "../core/language";
import { PLAN_TAB_IDS, type PlanValues, type TabValues } from "../core/plan-values";
import { type TabId, tabNames } from "../core/tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The tab and the name it was found under (either language); null when missing. */
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

/** One tab's values (header row included), or null when the tab is missing. */
export function readTab(ss: Spreadsheet, id: TabId, language: Language): TabValues | null {
  const found = findNamedTab(ss, id, language);
  return found ? { name: found.name, values: found.sheet.getDataRange().getValues() } : null;
}

/** Every plan tab's values. */
export function readPlan(ss: Spreadsheet, language: Language): PlanValues {
  const entries = PLAN_TAB_IDS.map((id) => [id, readTab(ss, id, language)] as const);
  return Object.fromEntries(entries) as Record<(typeof PLAN_TAB_IDS)[number], TabValues | null>;
}
