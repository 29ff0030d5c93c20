// getDashboard's adapter: reads the plan tabs once each and hands them to the core with the sidebar's texts.

import { isoFromDate } from "../core/calendar/dates";
import { buildDashboard, planToday } from "../core/dashboard/dashboard";
import type { Dashboard } from "../core/dashboard/sidebar-contract";
import type { Language } from "../core/i18n/language";
import { sidebarTexts } from "../core/i18n/sidebar-texts";
import { readPlan } from "./plan-reader";

/**
 * The sidebar's overview. "Today" is the Settings tab's typed date when there is one, else the real date:
 * the same as effectiveToday, read from the values already in hand instead of one more service call.
 */
export function readDashboard(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language): Dashboard {
  const plan = readPlan(ss, language);
  const today = planToday(plan.settings?.values ?? [], isoFromDate(new Date()));
  return { ...buildDashboard({ plan, today, language }), texts: sidebarTexts(language) };
}
