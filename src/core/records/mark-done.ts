// "Mark done up to …": the open activities that ended before a chosen day, and whose Klar cell a tick may take.
import type { IsoDate } from "../calendar/dates";
import { type ActivitiesGrid, type Activity, effectiveSpan } from "./activity-record";
import { cellAt, formulaAt } from "./tab-grid";

export interface ToTick {
  readonly activity: Activity;
  readonly end: IsoDate;
}

/**
 * Every activity whose end (Start/End as the row shows them, else its När) lies before `before`, and whose Klar
 * is unticked or blank. Never a ticked row (nothing is unticked), an undated one, nor a Klar cell that holds a
 * formula or anything a user typed besides a tick box's FALSE: those are the user's own. In end-date order.
 */
export function activitiesToTick(
  grid: ActivitiesGrid,
  activities: readonly Activity[],
  before: IsoDate,
): ToTick[] {
  if (grid.columns.column.done === null) return [];
  const open = (row: number) => {
    const klar = cellAt(grid, row, "done");
    return (klar === false || klar === "") && formulaAt(grid, row, "done") === "";
  };
  const ticks: ToTick[] = [];
  for (const activity of activities) {
    const span = effectiveSpan(activity);
    if (activity.done || !span || span.end >= before || !open(activity.row)) continue;
    ticks.push({ activity, end: span.end });
  }
  return ticks.sort((a, b) => a.end.localeCompare(b.end) || a.activity.row - b.activity.row);
}
