// getDashboard's adapter: the plan read once (each tab one read) and handed to the core with the sidebar's texts.
import { buildDashboard } from "../core/dashboard/dashboard";
import type { Dashboard } from "../core/dashboard/sidebar-contract";
import { sidebarTexts } from "../core/i18n/sidebar-texts";
import type { PlanContext } from "./document/plan-context";

/** The sidebar's overview, judged on the plan's today. */
export function readDashboard(ctx: PlanContext): Dashboard {
  const plan = ctx.document.records();
  return {
    ...buildDashboard({ plan, today: ctx.today, language: ctx.language }),
    texts: sidebarTexts(ctx.language),
  };
}
