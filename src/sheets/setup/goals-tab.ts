// Sets up the Goals tab: progress and pace formulas over every goal row, counts for "activities" goals, seat goals' needs.

import { columnLetter } from "../../core/cells/a1";
import type { Language } from "../../core/i18n/language";
import { t } from "../../core/i18n/messages";
import {
  type ActivitiesRef,
  activityCountFormulas,
  type GoalColumnId,
  type GoalsPlace,
  type GoalsRefs,
  goalFormulas,
  isOurGoalFormula,
  periodFormulas,
  type ResultsRef,
  seatGoalFormula,
} from "../../core/layout/goals-layout";
import { tabName } from "../../core/layout/tabs";
import type { Goal, GoalsGrid } from "../../core/records/goal-record";
import { readGoals } from "../../core/records/goal-record";
import { bodyRows, formulaAt } from "../../core/records/tab-grid";
import { goalPeriodUnit } from "../../core/targets/goal-periods";
import { type PlacedWrite, writeCells } from "../document/cell-writes";
import type { PlanDocument } from "../document/plan-document";
import { quoteSheetName } from "../document/sheet-names";
import { TODAY_RANGE_NAME } from "./settings-tab";
import { typedRows } from "./spills";
import type { RepairContext } from "./tab-repair";
import { repairTab } from "./tab-repair";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spilling columns: each anchor's column and the columns its spill covers. */
const SPILLS: ReadonlyArray<{
  anchor: "progress" | "startDate" | "expected" | "status" | "votesNeeded";
  covered: readonly GoalColumnId[];
}> = [
  { anchor: "progress", covered: ["progress"] },
  { anchor: "startDate", covered: ["startDate", "deadlineDate"] },
  { anchor: "expected", covered: ["expected"] },
  { anchor: "status", covered: ["status"] },
  { anchor: "votesNeeded", covered: ["votesNeeded", "shareNeeded"] },
];

/** Where the Election results tab's columns are, for the seat goals' formula; null when one can't be told. */
function resultsRef(document: PlanDocument): ResultsRef | null {
  const grid = document.grid("results");
  if (!grid) return null;
  const { goal, votes, ours, seats, threshold } = grid.columns.column;
  if (!goal || !votes || !ours || !seats || !threshold) return null;
  const firstDataRow = grid.columns.headerRow + 1;
  return { sheet: quoteSheetName(grid.name), firstDataRow, goal, votes, ours, seats, threshold };
}

/** What the Goals formulas refer to: the plan's today, its first term's cell, the status words. */
function goalsRefs(document: PlanDocument, language: Language): GoalsRefs {
  const settings = document.settings();
  const row = settings?.settings.rows.get("firstTerm");
  const column = settings?.grid.columns.column.value;
  const planStart =
    settings && row !== undefined && column
      ? `${quoteSheetName(settings.grid.name)}!$${columnLetter(column)}$${row}`
      : '""';
  return {
    today: TODAY_RANGE_NAME,
    planStart,
    words: {
      notStarted: t(language, "paceNotStarted"),
      onTrack: t(language, "paceOnTrack"),
      behind: t(language, "paceBehind"),
      done: t(language, "paceDone"),
    },
  };
}

/** Anchors in the first goal row; skipped (and reported) where a user typed into a spilling column. */
function placeComputedColumns(
  sheet: Sheet,
  grid: GoalsGrid,
  place: GoalsPlace,
  refs: GoalsRefs,
  results: ResultsRef | null,
  ctx: RepairContext,
): void {
  const wanted = {
    ...goalFormulas(place, refs),
    votesNeeded: results ? seatGoalFormula(place, results) : null,
  };
  const rows = bodyRows(grid).filter((row) => row >= place.firstDataRow);
  const writes: PlacedWrite[] = [];
  for (const { anchor, covered } of SPILLS) {
    const formula = wanted[anchor];
    if (formula === null) continue;
    // One formula fills its columns side by side: with a column moved away it would spill over other cells.
    const apart = covered.some((id, i) => place.columns[id] !== place.columns[anchor] + i);
    if (apart) {
      ctx.log.couldNot("setupSpillApart", {
        tab: tabName("goals", ctx.language),
        columns: covered.map((id) => columnLetter(place.columns[id])).join(", "),
      });
      continue;
    }
    const theirs = rows.some((row) =>
      covered.some((id) => formulaAt(grid, row, id) !== "" && !isOurGoalFormula(formulaAt(grid, row, id))),
    );
    if (theirs || typedRows(grid, anchor, covered, isOurGoalFormula, rows).length > 0) {
      ctx.log.couldNot("setupTypedFormulaCells", {
        tab: tabName("goals", ctx.language),
        column: columnLetter(place.columns[anchor]),
      });
      continue;
    }
    for (const row of rows) {
      for (const id of covered) {
        if (!(row === place.firstDataRow && id === anchor) && formulaAt(grid, row, id) !== "")
          writes.push({ row, column: place.columns[id], write: { value: "" } });
      }
    }
    if (formulaAt(grid, place.firstDataRow, anchor) !== formula)
      writes.push({ row: place.firstDataRow, column: place.columns[anchor], write: { formula } });
  }
  writeCells(sheet, writes);
}

type CountColumn = "actual" | "planned" | "perPeriod" | "periodCounts";

/**
 * The count formulas an "activities" goal that names what to count should hold: Actual and Planned over the whole
 * goal, or for a "per termin"/"per år" goal today's period's, with its periods listed; "" where a column of ours
 * should be empty. Null for any other goal.
 */
function wantedCounts(
  goal: Goal,
  place: GoalsPlace,
  activities: ActivitiesRef,
): Record<CountColumn, string> | null {
  if (goal.kind !== "kindActivities" || goal.countsActivities === "") return null;
  const unit = goalPeriodUnit(goal.name);
  if (unit) return periodFormulas(place, goal.row, activities, unit, TODAY_RANGE_NAME);
  return { ...activityCountFormulas(place, goal.row, activities), perPeriod: "", periodCounts: "" };
}

/** True when set-up may write `wanted` into a cell holding `formula` or the typed `value`: it is empty or ours. */
function oursToWrite(formula: string, value: unknown, wanted: string): boolean {
  if (formula === "") return wanted !== "" && (value === "" || value === null || value === undefined);
  return isOurGoalFormula(formula) && formula !== wanted;
}

/**
 * Actual = how many matching activities are ticked Klar and Planned = how many are planned, for "activities" goals
 * that name what to count (today's term or year for a "per termin"/"per år" goal); a cell a user typed into is
 * left alone.
 */
export function placeActivityCounts(
  sheet: Sheet,
  grid: GoalsGrid,
  goals: readonly Goal[],
  place: GoalsPlace,
  activities: ActivitiesRef,
): void {
  const writes: PlacedWrite[] = [];
  for (const goal of goals) {
    const wanted = wantedCounts(goal, place, activities);
    if (wanted === null) continue;
    for (const id of ["actual", "planned", "perPeriod", "periodCounts"] as const) {
      if (!oursToWrite(formulaAt(grid, goal.row, id), goal.cells[id], wanted[id])) continue;
      const write = wanted[id] === "" ? { value: "" as const } : { formula: wanted[id] };
      writes.push({ row: goal.row, column: place.columns[id], write });
    }
  }
  writeCells(sheet, writes);
}

/** Where the Activities tab's Term, När, Vad and Klar columns are, for count formulas; null when it can't be told. */
export function activitiesRef(document: PlanDocument): ActivitiesRef | null {
  const grid = document.grid("activities");
  const columns = grid?.columns.column;
  if (!grid || !columns?.term || !columns.when || !columns.what || !columns.done) return null;
  return {
    sheet: quoteSheetName(grid.name),
    term: columns.term,
    when: columns.when,
    what: columns.what,
    done: columns.done,
  };
}

/** Where the Goals tab's columns are after repair; null when a header is still missing. */
export function goalsPlace(grid: GoalsGrid): GoalsPlace | null {
  const columns = grid.columns.column;
  if (!Object.values(columns).every((c) => c !== null)) return null;
  return { columns: columns as Record<GoalColumnId, number>, firstDataRow: grid.columns.headerRow + 1 };
}

/** Creates or repairs the Goals tab. */
export function repairGoalsTab(sheet: Sheet, document: PlanDocument, ctx: RepairContext): void {
  repairTab(sheet, document.grid("goals")!, ctx);
  document.changed("goals");
  const grid = document.grid("goals")!;
  const place = goalsPlace(grid);
  if (!place) return;
  placeComputedColumns(sheet, grid, place, goalsRefs(document, ctx.language), resultsRef(document), ctx);
  const activities = activitiesRef(document);
  if (activities) placeActivityCounts(sheet, grid, readGoals(grid), place, activities);
  document.changed("goals");
}
