// The Activities tab's Term dropdown follows the plan period: strict, so it must list every term of the period.
import { formatTerm, termsBetween } from "../core/calendar/terms";
import { cellA1 } from "../core/cells/a1";
import { ruleFor } from "../core/checks/validation-rules";
import { ACTIVITIES_TAB } from "../core/layout/tabs";
import type { ActivitiesGrid } from "../core/records/activity-record";
import type { TermRange } from "../core/when/when";
import type { PlanContext } from "./document/plan-context";
import { buildValidation } from "./setup/validation";

/**
 * Sets the term dropdown of the Activities tab to the terms of `period` (it is strict: a term outside it is
 * refused), from the first row under the header to the last. Constant calls: a range and its rule.
 */
export function followPeriodInTermColumn(ctx: PlanContext, grid: ActivitiesGrid, period: TermRange): void {
  const sheet = ctx.document.sheet("activities");
  const column = grid.columns.column.term;
  const spec = ACTIVITIES_TAB.columns.find((c) => c.id === "term");
  if (!sheet || column === null || !spec) return;
  const first = grid.columns.headerRow + 1;
  const rule = ruleFor(spec, {
    language: ctx.language,
    terms: termsBetween(period.first, period.last).map(formatTerm),
    goalNamesA1: "",
    peopleNamesA1: null,
    firstCellA1: cellA1(first, column),
  });
  if (!rule) return;
  const rows = Math.max(sheet.getMaxRows() - first + 1, 1);
  sheet.getRange(first, column, rows, 1).setDataValidation(buildValidation(ctx.document.ss, rule));
}
