// The sidebar's "Mark done up to …": ticks Klar for every open activity that ended before a day, in one write.

import type { IsoDate } from "../core/calendar/dates";
import { cellA1 } from "../core/cells/a1";
import { activityItem } from "../core/dashboard/dashboard";
import { dayWithYear } from "../core/dashboard/due-text";
import type { MarkDoneOptions, MarkDoneResult } from "../core/dashboard/sidebar-contract";
import { PlanError } from "../core/i18n/errors";
import { t } from "../core/i18n/messages";
import { tabName } from "../core/layout/tabs";
import type { ActivitiesGrid } from "../core/records/activity-record";
import { activitiesToTick, type ToTick } from "../core/records/mark-done";
import type { PlanContext } from "./document/plan-context";

/** What to tick, read now (inside the lock when writing, so a row typed a moment ago is seen). */
function plan(ctx: PlanContext, before: IsoDate): { ticks: ToTick[]; column: number; grid: ActivitiesGrid } {
  ctx.document.requireSheet("activities");
  const activities = ctx.document.activities()!;
  const column = activities.grid.columns.column.done;
  if (column === null)
    throw new PlanError("markDoneNoColumn", {
      column: t(ctx.language, "colDone"),
      tab: tabName("activities", ctx.language),
    });
  return {
    ticks: activitiesToTick(activities.grid, activities.records, before),
    column,
    grid: activities.grid,
  };
}

/**
 * Ticks Klar on every open activity that ended before `before`: one RangeList write over exactly the Klar cells
 * it changes, under the document lock. Never unticks and never touches a cell it does not tick. With
 * `{ preview: true }` it lists them and writes nothing.
 */
export function markDoneBefore(ctx: PlanContext, before: IsoDate, options: MarkDoneOptions): MarkDoneResult {
  const answer = ({ ticks, grid }: ReturnType<typeof plan>, preview: boolean): MarkDoneResult => ({
    before,
    preview,
    items: ticks.map(({ activity, end }) =>
      activityItem(
        activity,
        end,
        grid,
        t(ctx.language, "markDoneEnded", { date: dayWithYear(end, ctx.language) }),
      ),
    ),
  });
  if (options.preview === true) return answer(plan(ctx, before), true);
  return ctx.lock.run("activitiesBusy", () => {
    ctx.document.changed("activities");
    const found = plan(ctx, before);
    if (found.ticks.length > 0) {
      const sheet = ctx.document.requireSheet("activities");
      sheet.getRangeList(found.ticks.map((tick) => cellA1(tick.activity.row, found.column))).setValue(true);
      ctx.document.changed("activities");
    }
    return answer(found, false);
  });
}
