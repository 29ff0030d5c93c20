// "Importera plan": a whole pasted plan previewed against the tabs, then written in one batch per tab under the lock.
import { formatTerm } from "../core/calendar/terms";
import { parsePlanDocument } from "../core/document/pasted-plan";
import type { PlanImportOptions, PlanImportPreview, PlanImportResult } from "../core/import/import-contract";
import { type ImportWork, type PlanOnTabs, planPastedImport } from "../core/import/pasted-import";
import type { ActivitiesGrid } from "../core/records/activity-record";
import { RECORD_TAB_IDS } from "../core/records/plan-records";
import { settingsPeriod } from "../core/records/settings-record";
import { cellAt } from "../core/records/tab-grid";
import type { TermRange } from "../core/when/when";
import { appendRows, requireHeaders } from "./document/append-rows";
import { type PlacedWrite, writeCells } from "./document/cell-writes";
import { ownedValues, rememberOwned, stillOwned } from "./document/owned-values";
import type { PlanContext } from "./document/plan-context";
import { setUpPlan } from "./setup/setup";
import { followPeriodInTermColumn } from "./term-dropdown";

const PERIOD_IDS = ["firstTerm", "lastTerm"] as const;

/**
 * The plan as its tabs hold it (a missing tab reads as empty), and whether the Settings period is the add-on's:
 * so it is on a Settings tab Set up plan is still to make, as the import makes it before writing.
 */
function readPlan(ctx: PlanContext): PlanOnTabs {
  const { document } = ctx;
  const settings = document.settings();
  const settingsSheet = document.sheet("settings");
  const owned = settingsSheet ? ownedValues(settingsSheet) : {};
  const periodOwned =
    settings === null ||
    PERIOD_IDS.every((id) => {
      const row = settings.settings.rows.get(id);
      return row !== undefined && stillOwned(cellAt(settings.grid, row, "value"), owned[id]);
    });
  const goals = document.goals();
  const membership = document.membership();
  return {
    goals: goals?.records ?? [],
    activities: document.activities()?.records ?? [],
    membership: membership?.records ?? [],
    people: document.people()?.records ?? [],
    period: settings ? settingsPeriod(settings.settings) : null,
    periodOwned,
    tabNames: { goals: goals?.grid.name ?? "", membership: membership?.grid.name ?? "" },
  };
}

/** Writes the period into Settings' two cells, remembered as the add-on's own, and follows it in the dropdown. */
function writePeriod(ctx: PlanContext, activities: ActivitiesGrid, period: TermRange): void {
  const { document } = ctx;
  const found = document.settings();
  const sheet = document.sheet("settings");
  const column = found?.grid.columns.column.value ?? null;
  if (!found || !sheet || column === null) return;
  const values = { firstTerm: formatTerm(period.first), lastTerm: formatTerm(period.last) };
  const writes: PlacedWrite[] = PERIOD_IDS.flatMap((id) => {
    const row = found.settings.rows.get(id);
    return row === undefined ? [] : [{ row, column, write: { text: values[id] } }];
  });
  writeCells(sheet, writes);
  rememberOwned(sheet, values);
  document.changed("settings");
  followPeriodInTermColumn(ctx, activities, period);
}

/** Each tab's new rows in one append (Membership's below its total row), then the period. */
function write(ctx: PlanContext, work: ImportWork): void {
  const { document } = ctx;
  const { rows } = work;
  const goals = document.grid("goals")!;
  const activities = document.grid("activities")!;
  // Every tab checked before any is written: an import is whole or not at all.
  for (const id of ["goals", "activities", "membership", "people"] as const) {
    if (rows[id].length > 0) requireHeaders(document.grid(id)!);
  }
  appendRows(document.requireSheet("goals"), goals, rows.goals);
  appendRows(document.requireSheet("activities"), activities, rows.activities);
  const membership = document.grid("membership")!;
  appendRows(
    document.requireSheet("membership"),
    membership,
    rows.membership,
    membership.columns.headerRow + 1,
  );
  const people = document.grid("people")!;
  appendRows(document.requireSheet("people"), people, rows.people);
  for (const id of ["goals", "activities", "membership", "people"] as const) document.changed(id);
  if (work.period) writePeriod(ctx, activities, work.period);
}

/**
 * The sidebar's "Importera plan". With `{preview: true}` the paste read against the plan, nothing written.
 * Otherwise, after setting the plan up when a tab is missing, every new item is written under the document lock,
 * each tab read inside it and written in one batch: a constant number of calls whatever the paste's size. Nothing
 * already in the plan is written again, and no cell a user typed is changed.
 */
export function importPlanDocument(
  ctx: PlanContext,
  text: string,
  options: PlanImportOptions,
): PlanImportPreview | PlanImportResult {
  const pasted = parsePlanDocument(text);
  const choices = { widenPeriod: options.widenPeriod === true };
  // One metadata search finds every tab (cheaper than a search per tab) and tells which are missing.
  const missing = ctx.document.missing(RECORD_TAB_IDS);
  if (options.preview === true) return planPastedImport(pasted, readPlan(ctx), ctx.language, choices).preview;
  if (missing.length > 0) setUpPlan(ctx);
  return ctx.lock.run("planImportBusy", (): PlanImportResult => {
    // Read inside the lock: rows another volunteer added a moment ago are seen and never written twice.
    for (const id of RECORD_TAB_IDS) ctx.document.changed(id);
    const work = planPastedImport(pasted, readPlan(ctx), ctx.language, choices);
    write(ctx, work);
    return {
      written: {
        goals: work.rows.goals.length,
        activities: work.rows.activities.length,
        membership: work.rows.membership.length,
        board: work.rows.people.length,
      },
      present: work.present,
      conflicts: work.conflicts,
      period: work.period && { first: formatTerm(work.period.first), last: formatTerm(work.period.last) },
      problems: work.preview.problems,
    };
  });
}
