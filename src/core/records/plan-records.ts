// The plan as read once per call: each tab's grid and typed records, or null for a tab that is missing.
import type { TabId } from "../layout/tabs";
import type { ActivitiesGrid, Activity } from "./activity-record";
import type { Goal, GoalsGrid } from "./goal-record";
import type { MembershipGrid, MembershipRow } from "./membership-record";
import type { Settings, SettingsGrid } from "./settings-record";

/** The four tabs a plan is made of, in the order the checks report them (the timeline is generated). */
export const PLAN_TAB_IDS = ["goals", "activities", "membership", "settings"] as const;
export type PlanTabId = (typeof PLAN_TAB_IDS)[number];

/**
 * Every tab the add-on sets up and reads as records: the plan's four, the People tab and the Election results
 * behind seat goals. The checks leave the last two out: a plan may do without them.
 */
export const RECORD_TAB_IDS = [...PLAN_TAB_IDS, "people", "results"] as const;
export type RecordTabId = (typeof RECORD_TAB_IDS)[number];

export function isPlanTabId(id: TabId): id is PlanTabId {
  return (PLAN_TAB_IDS as readonly string[]).includes(id);
}

export interface TabRecords<G, R> {
  readonly grid: G;
  readonly records: readonly R[];
}

export interface PlanRecords {
  readonly goals: TabRecords<GoalsGrid, Goal> | null;
  readonly activities: TabRecords<ActivitiesGrid, Activity> | null;
  readonly membership: TabRecords<MembershipGrid, MembershipRow> | null;
  readonly settings: { readonly grid: SettingsGrid; readonly settings: Settings } | null;
}

/** A cell value with any `false` of an unticked checkbox counted as empty. */
export function isFilledCell(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  return !(typeof value === "string" && value.trim() === "");
}
