// Adds activities to the Activities tab: one typed row from the sidebar, or a pasted table, in one write under the lock.

import type {
  ImportOptions,
  ImportPreview,
  ImportResult,
  NewActivity,
} from "../core/dashboard/sidebar-contract";
import type { PlanPeriod } from "../core/import/activity-import";
import { planImport } from "../core/import/activity-import";
import { type ActivitiesGrid, readActivities } from "../core/records/activity-record";
import { type AddActivityResult, prepareNewActivity } from "../core/records/new-activity";
import { appendRows, lastTypedRow } from "./document/append-rows";
import type { PlanContext } from "./document/plan-context";

/** The plan period from Settings, or null when it isn't set. */
function planPeriod(ctx: PlanContext): PlanPeriod | null {
  const settings = ctx.document.settings()?.settings;
  return settings?.firstTerm && settings.lastTerm
    ? { first: settings.firstTerm, last: settings.lastTerm }
    : null;
}

/** The sidebar's "Add activity": validates, then appends one row. A När it can't read comes back as a warning. */
export function addActivityRow(ctx: PlanContext, activity: NewActivity): AddActivityResult {
  const { cells, warnings } = prepareNewActivity(activity, ctx.language);
  return ctx.lock.run("activitiesBusy", () => {
    const sheet = ctx.document.requireSheet("activities");
    // Read inside the lock: a row another volunteer added a moment ago is seen and kept.
    ctx.document.changed("activities");
    const row = appendRows(sheet, ctx.document.grid("activities")!, [cells]);
    ctx.document.changed("activities");
    return { row, warnings };
  });
}

/**
 * The sidebar's import: with `{ preview: true }` the parsed rows, nothing written; otherwise every row not
 * already in the plan (nor repeated in the paste) is appended in one write.
 */
export function importActivities(
  ctx: PlanContext,
  text: string,
  options?: ImportOptions | null,
): ImportPreview | ImportResult {
  const period = planPeriod(ctx);
  // The rows go after the last typed row, as appendRows puts them: the preview names the same sheet rows.
  const plan = (grid: ActivitiesGrid) =>
    planImport(text, readActivities(grid), ctx.language, period, {
      tab: grid.name,
      whatColumn: grid.columns.column.what ?? 1,
      firstRow: lastTypedRow(grid, grid.columns.headerRow) + 1,
    });
  if (options?.preview === true) {
    ctx.document.requireSheet("activities");
    const preview = plan(ctx.document.grid("activities")!);
    return { rows: preview.rows, problems: preview.tableProblems };
  }
  return ctx.lock.run("activitiesBusy", () => {
    const sheet = ctx.document.requireSheet("activities");
    ctx.document.changed("activities");
    const grid = ctx.document.grid("activities")!;
    const planned = plan(grid);
    if (planned.cells.length > 0) appendRows(sheet, grid, planned.cells);
    ctx.document.changed("activities");
    return { imported: planned.cells.length, duplicates: planned.duplicates, problems: planned.allProblems };
  });
}
