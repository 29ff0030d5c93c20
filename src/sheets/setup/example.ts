// "Insert example plan": writes the Swedish example into an empty plan (one write per tab), never over user data.
import type { Language } from "../../core/i18n/language";
import { t } from "../../core/i18n/messages";
import {
  EXAMPLE_SETTINGS,
  exampleActivityRows,
  exampleGoalRows,
  exampleMembershipRows,
} from "../../core/records/example-plan";
import { exampleResultRows } from "../../core/records/example-results";
import { PLAN_TAB_IDS, RECORD_TAB_IDS } from "../../core/records/plan-records";
import { cellAt } from "../../core/records/tab-grid";
import { appendRows, lastTypedRow } from "../document/append-rows";
import { type PlacedWrite, writeCells } from "../document/cell-writes";
import { ownedValues, rememberOwned, stillOwned } from "../document/owned-values";
import type { PlanContext } from "../document/plan-context";
import type { PlanDocument } from "../document/plan-document";
import { setUpPlan } from "./setup";

export interface ExampleOutcome {
  readonly inserted: boolean;
  readonly message: string;
}

/**
 * Writes the example's organisation (only when none is typed) and plan period (only where the cells are empty
 * or still hold the add-on's own default) into the Settings tab.
 */
function writeSettings(document: PlanDocument): void {
  const found = document.settings();
  const sheet = document.sheet("settings");
  const column = found?.grid.columns.column.value;
  if (!found || !sheet || !column) return;
  const owned = ownedValues(sheet);
  const wanted = [
    ["organisation", EXAMPLE_SETTINGS.organisation],
    ["firstTerm", EXAMPLE_SETTINGS.firstTerm],
    ["lastTerm", EXAMPLE_SETTINGS.lastTerm],
  ] as const;
  const writes: PlacedWrite[] = [];
  const remembered: Record<string, string> = {};
  for (const [id, value] of wanted) {
    const row = found.settings.rows.get(id);
    if (row === undefined || !stillOwned(cellAt(found.grid, row, "value"), owned[id])) continue;
    writes.push({ row, column, write: { text: value } });
    remembered[id] = value;
  }
  writeCells(sheet, writes);
  rememberOwned(sheet, remembered);
  document.changed("settings");
}

/** The tabs (by name) that already hold typed rows, so the example would mix with the user's plan. */
function busyTabs(document: PlanDocument): string[] {
  const busy: string[] = [];
  const goals = document.grid("goals");
  if (goals && lastTypedRow(goals, goals.columns.headerRow) > goals.columns.headerRow) busy.push(goals.name);
  const activities = document.grid("activities");
  if (activities && lastTypedRow(activities, activities.columns.headerRow) > activities.columns.headerRow)
    busy.push(activities.name);
  const membership = document.membership();
  if (membership?.records.some((row) => !row.total)) busy.push(membership.grid.name);
  return busy;
}

/**
 * Inserts the example plan: sets the plan up when a tab is missing, refuses (nothing written) when the
 * Goals, Activities or Membership tab already holds typed rows, writes each tab's rows at once, then sets
 * the plan up again so formulas and validation reach the new rows.
 */
export function insertExamplePlan(ctx: PlanContext): ExampleOutcome {
  const { document, language } = ctx;
  if (RECORD_TAB_IDS.some((id) => !document.sheet(id))) setUpPlan(ctx);
  const outcome = ctx.lock.run("setupBusy", (): ExampleOutcome => {
    for (const id of PLAN_TAB_IDS) document.changed(id);
    const busy = busyTabs(document);
    if (busy.length > 0) return refused(language, busy);
    const goals = document.grid("goals")!;
    const activities = document.grid("activities")!;
    const membership = document.grid("membership")!;
    const goalRows = exampleGoalRows(language);
    const activityRows = exampleActivityRows();
    const membershipRows = exampleMembershipRows();
    appendRows(document.requireSheet("goals"), goals, goalRows);
    appendRows(document.requireSheet("activities"), activities, activityRows);
    // Below the total row, which set-up keeps right under the header.
    appendRows(
      document.requireSheet("membership"),
      membership,
      membershipRows,
      membership.columns.headerRow + 1,
    );
    // The seat goal's election result, after whatever the Election results tab already holds.
    const results = document.grid("results");
    if (results) appendRows(document.requireSheet("results"), results, exampleResultRows());
    for (const id of ["goals", "activities", "membership", "results"] as const) document.changed(id);
    writeSettings(document);
    return {
      inserted: true,
      message: t(language, "exampleInserted", {
        activities: activityRows.length,
        constituencies: membershipRows.length,
        goals: goalRows.length,
      }),
    };
  });
  if (outcome.inserted) setUpPlan(ctx);
  return outcome;
}

function refused(language: Language, tabs: readonly string[]): ExampleOutcome {
  return { inserted: false, message: t(language, "exampleHasData", { tabs: tabs.join(", ") }) };
}
