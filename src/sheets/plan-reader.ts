// Reads the plan tabs for the sidebar and the checks: each found tab's values with one getValues call.
import type { Language } from "../core/i18n/language";
import { PLAN_TAB_IDS, type PlanValues, type TabValues } from "../core/plan/plan-values";
import type { TabId } from "../core/plan/tabs";
import { findNamedTab } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
