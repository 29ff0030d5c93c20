// The message for a timeline past its width cap: the cell to correct, named as the user sees it (Inställningar!B4).
import { cellA1 } from "../core/cells/a1";
import { PlanError } from "../core/i18n/errors";
import type { ActivitiesGrid } from "../core/records/activity-record";
import type { Settings, SettingsGrid } from "../core/records/settings-record";
import type { TabGrid } from "../core/records/tab-grid";
import { MAX_TIMELINE_TERMS, type WidthProblem } from "../core/timeline/width";

/** "Inställningar!B4"; a name Sheets would quote in a formula ('Min plan'!B4) is quoted here too. */
function cellName(grid: TabGrid, row: number, column: number | null): string {
  const name = /^[\p{L}_][\p{L}\p{N}_]*$/u.test(grid.name) ? grid.name : `'${grid.name.replace(/'/g, "''")}'`;
  return `${name}!${cellA1(row, column ?? 1)}`;
}

/** A PlanError naming the cell that makes the timeline wider than ten years, and what it holds. */
export function tooWideError(
  problem: WidthProblem,
  activities: ActivitiesGrid,
  settingsGrid: SettingsGrid | null,
  settings: Settings,
): PlanError {
  const vars = { years: Math.ceil(problem.terms / 2), max: MAX_TIMELINE_TERMS / 2 };
  if (problem.kind === "settings") {
    const row = settings.rows.get(problem.source) ?? 1;
    const cell = settingsGrid ? cellName(settingsGrid, row, settingsGrid.columns.column.value) : "";
    const text = `${problem.term.season} ${problem.term.year}`;
    return new PlanError("timelineTooWide", { ...vars, cell, text });
  }
  const { activity } = problem;
  const column = activities.columns.column[problem.source];
  const text =
    problem.source === "when" ? activity.when || activity.termText : (activity[problem.source] ?? "");
  return new PlanError("timelineTooWide", {
    ...vars,
    cell: cellName(activities, activity.row, column),
    text,
  });
}
