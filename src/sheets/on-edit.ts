// onEdit's work: Start/End follow När, goal counts follow their goals, the Membership total stays in place.

import { readGoals } from "../core/records/goal-record";
import { PLAN_TAB_IDS } from "../core/records/plan-records";
import { settingsPeriod } from "../core/records/settings-record";
import { syncActivityDates } from "./activity-dates";
import type { PlanContext } from "./document/plan-context";
import { checkGrowthEdit } from "./edit-checks";
import { activitiesRef, goalsPlace, placeActivityCounts } from "./setup/goals-tab";
import { placeMembershipFormulas } from "./setup/membership-tab";
import { RepairLog } from "./setup/repair-log";
import { followPeriodInTermColumn } from "./term-dropdown";

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** The Goals tab's counts after an edit there: an "activities" goal gets its count formula, only where Actual is the add-on's. */
function followGoals(ctx: PlanContext): void {
  const sheet = ctx.document.sheet("goals");
  const grid = ctx.document.grid("goals");
  const place = grid ? goalsPlace(grid) : null;
  const activities = activitiesRef(ctx.document);
  if (!sheet || !grid || !place || !activities) return;
  placeActivityCounts(sheet, grid, readGoals(grid), place, activities);
}

/** A new plan period typed into Settings: the Activities tab's strict Term dropdown lists its terms at once. */
function followPeriod(ctx: PlanContext, e: EditEvent): void {
  const found = ctx.document.settings();
  if (!found) return;
  const [top, bottom] = [e.range.getRow(), e.range.getLastRow()];
  const touched = (["firstTerm", "lastTerm"] as const).some((id) => {
    const row = found.settings.rows.get(id);
    return row !== undefined && row >= top && row <= bottom;
  });
  const period = touched ? settingsPeriod(found.settings) : null;
  const activities = period ? ctx.document.grid("activities") : null;
  if (period && activities) followPeriodInTermColumn(ctx, activities, period);
}

/** The simple onEdit trigger's work. Script edits fire no onEdit, so this only sees what people type or paste. */
export function handleEdit(ctx: PlanContext, e: EditEvent): void {
  const sheet = e.range.getSheet();
  const tab = ctx.document.tabOf(sheet);
  if (tab === null || !(PLAN_TAB_IDS as readonly string[]).includes(tab)) return;
  if (tab === "activities") syncActivityDates(ctx);
  else if (tab === "goals") followGoals(ctx);
  else if (tab === "membership") {
    checkGrowthEdit(ctx, e);
    placeMembershipFormulas(sheet, ctx.document, ctx.language, new RepairLog(ctx.language));
  } else if (tab === "settings") followPeriod(ctx, e);
}
