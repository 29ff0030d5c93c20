// The plan workbook's tabs and columns: names in both languages, widths, formats and what each column holds.
import type { Language } from "../i18n/language";
import { MESSAGES, type MessageKey, t } from "../i18n/messages";

export type TabId = "goals" | "activities" | "membership" | "settings" | "people" | "results" | "timeline";

/** Every tab the add-on knows, in the order it makes them. */
export const TAB_IDS: readonly TabId[] = [
  "goals",
  "activities",
  "membership",
  "settings",
  "people",
  "results",
  "timeline",
];

/** What a column holds; validation rules and number formats follow from it. */
export type ColumnKind =
  | "text"
  | "term"
  | "when"
  | "date"
  | "checkbox"
  | "count"
  | "growth"
  | "number"
  | "goalKind"
  | "goalRef"
  | "period"
  | "person"
  | "formula";

export interface ColumnSpec {
  readonly id: string;
  readonly header: MessageKey;
  readonly kind: ColumnKind;
  /** Pixels. */
  readonly width: number;
  readonly numberFormat?: string;
  /** A helper the add-on's formulas need and a volunteer does not: hidden by set-up. */
  readonly hidden?: boolean;
}

export interface TabSpec {
  readonly id: TabId;
  readonly name: MessageKey;
  readonly columns: readonly ColumnSpec[];
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0%";
/** A share with one decimal: a threshold of 2 %, a vote share of 10.9 %. */
export const SHARE_FORMAT = "0.0%";
export const COUNT_FORMAT = "#,##0";

const col = (
  id: string,
  header: MessageKey,
  kind: ColumnKind,
  width: number,
  numberFormat?: string,
  hidden?: boolean,
) => ({ id, header, kind, width, numberFormat, hidden }) as const;

export const ACTIVITIES_TAB = {
  id: "activities",
  name: "tabActivities",
  columns: [
    col("term", "colTerm", "term", 90, "@"),
    col("when", "colWhen", "when", 110, "@"),
    col("start", "colStart", "date", 95, DATE_FORMAT),
    col("end", "colEnd", "date", 95, DATE_FORMAT),
    col("what", "colWhat", "text", 320),
    col("targetGroup", "colTargetGroup", "text", 220),
    col("owner", "colOwner", "person", 160),
    col("done", "colDone", "checkbox", 55),
    col("goal", "colGoal", "goalRef", 200),
  ],
} as const satisfies TabSpec;

export const MEMBERSHIP_TAB = {
  id: "membership",
  name: "tabMembership",
  columns: [
    col("constituency", "colConstituency", "text", 150),
    col("branch", "colBranch", "text", 150),
    col("baselineDate", "colBaselineDate", "date", 100, DATE_FORMAT),
    col("baseline", "colMembersAtBaseline", "count", 110, COUNT_FORMAT),
    col("growth", "colGrowth", "growth", 85, PERCENT_FORMAT),
    col("target", "colMemberTarget", "formula", 80, COUNT_FORMAT),
    col("current", "colCurrent", "count", 80, COUNT_FORMAT),
    col("gap", "colGap", "formula", 100, COUNT_FORMAT),
    col("progress", "colProgress", "formula", 90, PERCENT_FORMAT),
  ],
} as const satisfies TabSpec;

export const GOALS_TAB = {
  id: "goals",
  name: "tabGoals",
  columns: [
    col("goal", "colGoal", "text", 320),
    col("kind", "colKind", "goalKind", 105),
    col("baseline", "colBaseline", "number", 95, "#,##0.##"),
    col("target", "colGoalTarget", "number", 95, "#,##0.##"),
    col("actual", "colActual", "number", 95, "#,##0.##"),
    // A start or deadline as volunteers write it: a date, a year (2026), a term (HT 2026) or a month.
    col("start", "colStart", "period", 95),
    col("deadline", "colDeadline", "period", 100),
    col("owner", "colOwner", "text", 150),
    col("progress", "colProgress", "formula", 90, PERCENT_FORMAT),
    col("status", "colStatus", "formula", 100),
    col("expected", "colExpected", "formula", 100, "#,##0.#"),
    col("countsActivities", "colCountsActivities", "text", 220),
    col("startDate", "colStartDate", "formula", 95, DATE_FORMAT, true),
    col("deadlineDate", "colDeadlineDate", "formula", 95, DATE_FORMAT, true),
    // A seat goal's votes and share still needed, from its rows on the Election results tab (one spill of two).
    col("votesNeeded", "colVotesNeeded", "formula", 110, COUNT_FORMAT),
    col("shareNeeded", "colShareNeeded", "formula", 110, SHARE_FORMAT),
  ],
} as const satisfies TabSpec;

/**
 * The last election's result behind seat goals: a row per party and goal. The goal's party is ticked; the seats
 * to allocate and the threshold are given on any of the goal's rows (the first filled one counts).
 */
export const RESULTS_TAB = {
  id: "results",
  name: "tabResults",
  columns: [
    col("goal", "colGoal", "goalRef", 260),
    col("party", "colParty", "text", 160),
    col("votes", "colVotes", "count", 90, COUNT_FORMAT),
    col("ours", "colOurParty", "checkbox", 85),
    col("seats", "colSeatsToAllocate", "count", 110, COUNT_FORMAT),
    col("threshold", "colThreshold", "number", 80, SHARE_FORMAT),
    col("source", "colSource", "text", 320),
  ],
} as const satisfies TabSpec;

export const SETTINGS_TAB = {
  id: "settings",
  name: "tabSettings",
  columns: [
    col("setting", "colSetting", "text", 220),
    col("value", "colValue", "text", 140),
    col("help", "colHelp", "text", 420),
  ],
} as const satisfies TabSpec;

/** The board and other people of the plan: their names are the Ansvarig dropdown's suggestions. */
export const PEOPLE_TAB = {
  id: "people",
  name: "tabPeople",
  columns: [
    col("role", "colRole", "text", 180),
    col("name", "colName", "text", 200),
    col("contact", "colContact", "text", 240),
  ],
} as const satisfies TabSpec;

export const TAB_NAMES: Record<TabId, MessageKey> = {
  goals: "tabGoals",
  activities: "tabActivities",
  membership: "tabMembership",
  settings: "tabSettings",
  people: "tabPeople",
  results: "tabResults",
  timeline: "tabTimeline",
};

/** The tab's name in the given language. */
export function tabName(id: TabId, language: Language): string {
  return t(language, TAB_NAMES[id]);
}

/** Every name a tab may have: the user's language first, then the other. */
export function tabNames(id: TabId, language: Language): string[] {
  const other: Language = language === "sv" ? "en" : "sv";
  return [...new Set([tabName(id, language), tabName(id, other)])];
}

/** The header texts of a tab in a language. */
export function headers(tab: TabSpec, language: Language): string[] {
  return tab.columns.map((column) => t(language, column.header));
}

/** True when a header cell reads as the expected header in either language (case and "?"/":" ignored). */
export function isHeaderFor(text: unknown, column: ColumnSpec): boolean {
  if (typeof text !== "string") return false;
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[?:]+$/, "");
  const { sv, en } = MESSAGES[column.header];
  return norm(text) === norm(sv) || norm(text) === norm(en);
}

/** 1-based column number of a column id in a tab. */
export function columnNumber(tab: TabSpec, id: string): number {
  const index = tab.columns.findIndex((column) => column.id === id);
  if (index < 0) throw new Error(`No column ${id} in tab ${tab.id}`);
  return index + 1;
}
