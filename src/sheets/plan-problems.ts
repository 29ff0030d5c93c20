// "Validate plan" and the sidebar's Problems view: the plan read once (each tab one read) and the pure checks.
import { checkPlan } from "../core/checks/plan-checks";
import type { ProblemItem } from "../core/dashboard/sidebar-contract";
import type { PlanContext } from "./document/plan-context";

export function planProblems(ctx: PlanContext): ProblemItem[] {
  return checkPlan(ctx.document.records(), ctx.language);
}
