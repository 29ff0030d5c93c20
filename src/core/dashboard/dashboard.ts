// The sidebar's overview computed from the plan's values: goal progress and pace, members per constituency, due and overdue activities.

import { dayNumber, type IsoDate, lastOfMonth, partsOf } from "../calendar/dates";
import {
  formatTerm,
  parseTerm,
  type Term,
  termFromIndex,
  termIndex,
  termOf,
  termStart,
  termsBetween,
} from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import { readNumber, readPercent } from "../cells/cell-values";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { type ActivityRow, effectiveSpan, readActivities } from "../plan/activity-row";
import { GOAL_COLUMNS, isActivitiesKind } from "../plan/goals-layout";
import { isTotalLabel, MEMBERSHIP_COLUMNS } from "../plan/membership-layout";
import type { PlanValues, TabValues } from "../plan/plan-values";
import { type PlanSettings, parseSettings } from "../plan/settings";
import { ACTIVITIES_TAB, columnNumber, MEMBERSHIP_TAB } from "../plan/tabs";
import { countActivities } from "../targets/activity-count";
import { deadlineDate, goalPace, type PaceStatus, startDate } from "../targets/goal-pace";
import { memberProgress, memberTarget } from "../targets/targets";
import type { ActivityItem, ConstituencyItem, Dashboard, GoalItem } from "./sidebar-contract";

export type DashboardData = Omit<Dashboard, "texts">;

export interface DashboardInput {
  readonly plan: PlanValues;
  /** The plan's today (see planToday). */
  readonly today: IsoDate;
  readonly language: Language;
}

const PACE_TEXT: Readonly<Record<PaceStatus, MessageKey>> = {
  done: "paceDone",
  onTrack: "paceOnTrack",
  behind: "paceBehind",
  notStarted: "paceNotStarted",
};

const rowsOf = (tab: TabValues | null): readonly (readonly unknown[])[] => tab?.values ?? [];

/** The plan's today: the date typed in Settings when there is one, else the real date given. */
export function planToday(settingsValues: readonly (readonly unknown[])[], realToday: IsoDate): IsoDate {
  return parseSettings(settingsValues).today ?? realToday;
}

/** A number cell, or null when blank or not a number. */
function numberOrNull(value: unknown): number | null {
  try {
    const cell = readNumber(value, "");
    return cell.kind === "number" ? cell.value : null;
  } catch {
    return null;
  }
}

interface GoalContext {
  readonly today: IsoDate;
  readonly planStart: IsoDate | null;
  readonly activityTerms: readonly unknown[];
  readonly activityWhats: readonly unknown[];
}

/** Actual: counted from the Activities values for an "activities" goal that names what to count, else the cell. */
function goalActual(row: readonly unknown[], ctx: GoalContext): number | null {
  const cell = (id: keyof typeof GOAL_COLUMNS) => row[GOAL_COLUMNS[id] - 1];
  const pattern = cellString(cell("countsActivities"));
  if (isActivitiesKind(cell("kind")) && pattern !== "") {
    const deadline = cell("deadline");
    const term = typeof deadline === "string" ? parseTerm(deadline.trim()) : null;
    return countActivities(ctx.activityTerms, ctx.activityWhats, pattern, term);
  }
  return numberOrNull(cell("actual"));
}

function goalItem(
  row: readonly unknown[],
  rowNumber: number,
  sheetName: string,
  ctx: GoalContext,
  language: Language,
): GoalItem {
  const cell = (id: keyof typeof GOAL_COLUMNS) => row[GOAL_COLUMNS[id] - 1];
  const target = numberOrNull(cell("target"));
  const baseline = numberOrNull(cell("baseline")) ?? 0;
  const actual = goalActual(row, ctx);
  const progress = target !== null && actual !== null ? memberProgress(baseline, actual, target) : null;
  let statusCode: GoalItem["statusCode"] = "unknown";
  if (target !== null) {
    try {
      const start = startDate(cell("start")) ?? ctx.planStart;
      const deadline = deadlineDate(cell("deadline"));
      if (start !== null && deadline !== null) {
        statusCode = goalPace({ baseline, target, actual, start, deadline, today: ctx.today }).status;
      }
    } catch {
      // An unreadable start or deadline leaves the status unknown; "Validate plan" says why.
    }
  }
  return {
    name: cellString(cell("goal")),
    kind: cellString(cell("kind")),
    progress,
    status: statusCode === "unknown" ? "" : t(language, PACE_TEXT[statusCode]),
    statusCode,
    link: { sheetName, row: rowNumber, column: GOAL_COLUMNS.goal },
  };
}

function goalItems(plan: PlanValues, settings: PlanSettings, today: IsoDate, language: Language): GoalItem[] {
  if (!plan.goals) return [];
  const activities = rowsOf(plan.activities).slice(1);
  const ctx: GoalContext = {
    today,
    planStart: settings.firstTerm ? termStart(settings.firstTerm) : null,
    activityTerms: activities.map((row) => row[columnNumber(ACTIVITIES_TAB, "term") - 1]),
    activityWhats: activities.map((row) => row[columnNumber(ACTIVITIES_TAB, "what") - 1]),
  };
  const sheetName = plan.goals.name;
  const items: GoalItem[] = [];
  plan.goals.values.forEach((row, i) => {
    if (i === 0 || cellString(row[GOAL_COLUMNS.goal - 1]) === "") return;
    items.push(goalItem(row, i + 1, sheetName, ctx, language));
  });
  return items;
}

/** A membership row's target, or null when its base or growth is blank or invalid. */
function rowTarget(base: number | null, growthCell: unknown): number | null {
  if (base === null) return null;
  try {
    const growth = readPercent(growthCell, "");
    return memberTarget(base, growth.kind === "number" ? growth.value : 0);
  } catch {
    return null;
  }
}

/**
 * Members per constituency: rows are summed per Valkrets (a branch row rolls up into its Valkrets; a row
 * with no Valkrets stands for itself under its branch name). Stops at the total row. The target is the
 * sum of the rounded row targets, as the total row computes it.
 */
function membershipItems(plan: PlanValues): ConstituencyItem[] {
  if (!plan.membership) return [];
  const sheetName = plan.membership.name;
  const col = (id: string) => columnNumber(MEMBERSHIP_TAB, id) - 1;
  const groups = new Map<string, { constituency: string; current: number; target: number; row: number }>();
  const values = plan.membership.values;
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    if (isTotalLabel(row[col("constituency")])) break;
    const name = cellString(row[col("constituency")]) || cellString(row[col("branch")]);
    if (name === "") continue;
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { constituency: name, current: 0, target: 0, row: i + 1 };
    group.current += numberOrNull(row[col("current")]) ?? 0;
    group.target += rowTarget(numberOrNull(row[col("baseline")]), row[MEMBERSHIP_COLUMNS.growth - 1]) ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    constituency: g.constituency,
    current: g.current,
    target: g.target,
    link: { sheetName, row: g.row, column: MEMBERSHIP_COLUMNS.constituency },
  }));
}

function activityItem(activity: ActivityRow, end: IsoDate, sheetName: string): ActivityItem {
  return {
    what: activity.what,
    when: activity.when,
    term: activity.term ? formatTerm(activity.term) : activity.termText,
    owner: activity.owner,
    end,
    link: { sheetName, row: activity.row, column: columnNumber(ACTIVITIES_TAB, "what") },
  };
}

/**
 * Open activities: overdue when their end is before today; due this month when their span overlaps
 * today's month and has not ended (an activity that ended earlier this month is overdue, not both).
 */
function activityItems(plan: PlanValues, today: IsoDate): { due: ActivityItem[]; overdue: ActivityItem[] } {
  if (!plan.activities) return { due: [], overdue: [] };
  const sheetName = plan.activities.name;
  const { year, month } = partsOf(today);
  const monthStart = dayNumber(`${today.slice(0, 8)}01`);
  const monthEnd = dayNumber(lastOfMonth(year, month));
  const now = dayNumber(today);
  const due: Array<[number, ActivityItem]> = [];
  const overdue: Array<[number, ActivityItem]> = [];
  for (const activity of readActivities(plan.activities.values)) {
    if (activity.done) continue;
    const span = effectiveSpan(activity);
    if (!span) continue;
    const [start, end] = [dayNumber(span.start), dayNumber(span.end)];
    const item = activityItem(activity, span.end, sheetName);
    if (end < now) overdue.push([end, item]);
    else if (start <= monthEnd && end >= monthStart) due.push([end, item]);
  }
  const sorted = (list: Array<[number, ActivityItem]>) =>
    list.sort((a, b) => a[0] - b[0] || a[1].link.row - b[1].link.row).map(([, item]) => item);
  return { due: sorted(due), overdue: sorted(overdue) };
}

/** The plan period's terms from Settings; without one, the term before today's and the two after it. */
export function planTerms(settings: PlanSettings, today: IsoDate): Term[] {
  const { firstTerm, lastTerm } = settings;
  if (firstTerm && lastTerm && termIndex(firstTerm) <= termIndex(lastTerm))
    return termsBetween(firstTerm, lastTerm);
  const current = termIndex(termOf(today));
  return termsBetween(termFromIndex(current - 1), termFromIndex(current + 2));
}

/** Today's term when it is in the list; else the first term (today before the plan) or the last. */
function currentTermOf(terms: readonly Term[], today: IsoDate): string {
  if (terms.length === 0) return formatTerm(termOf(today));
  const index = termIndex(termOf(today));
  if (index < termIndex(terms[0])) return formatTerm(terms[0]);
  if (index > termIndex(terms[terms.length - 1])) return formatTerm(terms[terms.length - 1]);
  return formatTerm(termOf(today));
}

/** The dashboard without its UI texts. Works on typed values only, so it is right before formulas are evaluated. */
export function buildDashboard(input: DashboardInput): DashboardData {
  const { plan, today, language } = input;
  const settings = parseSettings(rowsOf(plan.settings));
  const terms = planTerms(settings, today);
  const { due, overdue } = activityItems(plan, today);
  return {
    language,
    organisation: settings.organisation,
    today,
    goals: goalItems(plan, settings, today, language),
    membership: membershipItems(plan),
    dueThisMonth: due,
    overdue,
    terms: terms.map(formatTerm),
    currentTerm: currentTermOf(terms, today),
  };
}
