// "Validate plan" and the sidebar's Problems view: reads the plan tabs once each and runs the pure checks.

import { checkPlan } from "../core/checks/plan-checks";
import type { ProblemItem } from "../core/dashboard/sidebar-contract";
import type { Language } from "../core/i18n/language";
import { readPlan } from "./plan-reader";

export function planProblems(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language,
): ProblemItem[] {
  return checkPlan(readPlan(ss, language), language);
}
