// "Validate plan" and the sidebar's Problems view: reads the plan tabs once each and runs the pure checks.
import type { Language } from "../core/language";
import { checkPlan } from "../core/plan-checks";
import type { ProblemItem } from "../core/sidebar-contract";
import { readPlan } from "./plan-reader";

export function planProblems(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  language: Language,
): ProblemItem[] {
  return checkPlan(readPlan(ss, language), language);
}
