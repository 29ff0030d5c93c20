// "Validate plan" on the Election results tab: every result row belongs to a goal that is on the Goals tab.
import { cellString } from "../cells/cell-text";
import type { ProblemItem } from "../dashboard/sidebar-contract";
import { foldSwedish } from "../i18n/fold";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import type { RESULTS_TAB } from "../layout/tabs";
import type { Goal } from "../records/goal-record";
import { bodyRows, cellAt, type TabGrid } from "../records/tab-grid";

/**
 * A warning for each result row whose goal no goal row names (a renamed goal, a typo): SEAT_GOAL_NEEDS would never
 * count it. Names are matched as SEAT_GOAL_NEEDS matches them: trimmed, any case, with or without å/ä/ö.
 */
export function checkResults(
  grid: TabGrid<typeof RESULTS_TAB>,
  goals: readonly Goal[],
  goalsTab: string,
  language: Language,
): ProblemItem[] {
  const known = new Set(goals.map((goal) => foldSwedish(goal.name)));
  const column = grid.columns.column.goal;
  if (column === null) return [];
  return bodyRows(grid).flatMap((row): ProblemItem[] => {
    const goal = cellString(cellAt(grid, row, "goal"));
    if (goal === "" || known.has(foldSwedish(goal))) return [];
    const message = t(language, "checkResultUnknownGoal", { goal, tab: goalsTab });
    return [
      {
        message: t(language, "checkAt", { tab: grid.name, row, message }),
        severity: "warning",
        link: { tab: "results", row, column },
      },
    ];
  });
}
