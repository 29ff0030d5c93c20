// "Validate plan" and the sidebar's Problems view: the plan read once (each tab one read) and the pure checks.
import { checkPlan } from "../core/checks/plan-checks";
import { checkResults } from "../core/checks/result-checks";
import type { ProblemItem } from "../core/dashboard/sidebar-contract";
import type { PlanContext } from "./document/plan-context";

export function planProblems(ctx: PlanContext): ProblemItem[] {
  const records = ctx.document.records();
  const results = ctx.document.grid("results");
  // The Election results tab after the plan's own tabs: its rows name goals on the Goals tab.
  const resultProblems =
    results && records.goals
      ? checkResults(results, records.goals.records, records.goals.grid.name, ctx.language)
      : [];
  return [...checkPlan(records, ctx.language), ...resultProblems];
}
