// The sidebar's overview computed from the plan's records: goal progress and pace, members per constituency, due and overdue activities.
import { dayNumber, type IsoDate, lastOfMonth, partsOf } from "../calendar/dates";
import {
  formatTerm,
  type Term,
  termFromIndex,
  termIndex,
  termOf,
  termStart,
  termsBetween,
} from "../calendar/terms";
import { numberOrNull } from "../cells/cell-values";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { ActivitiesGrid, Activity } from "../records/activity-record";
import { effectiveSpan } from "../records/activity-record";
import type { Goal, GoalsGrid } from "../records/goal-record";
import type { MembershipGrid, MembershipRow } from "../records/membership-record";
import type { PlanRecords } from "../records/plan-records";
import { NO_SETTINGS, type Settings } from "../records/settings-record";
import { countedUnits } from "../targets/activity-count";
import { deadlineDate, goalPace, type PaceStatus, startDate } from "../targets/goal-pace";
import {
  countPerPeriod,
  goalPeriodUnit,
  PERIOD_SEPARATOR,
  type PeriodCount,
  periodOf,
  periodText,
} from "../targets/goal-periods";
import { comparisonStatus, manualStatus } from "../targets/goal-status";
import { memberProgress, memberTarget } from "../targets/targets";
import { dueText, overdueText } from "./due-text";
import type { ActivityItem, ConstituencyItem, Dashboard, GoalItem } from "./sidebar-contract";

export type DashboardData = Omit<Dashboard, "texts">;

export interface DashboardInput {
  readonly plan: PlanRecords;
  /** The plan's today (Settings' typed date, else the real date in the spreadsheet's zone). */
  readonly today: IsoDate;
  readonly language: Language;
}

const PACE_TEXT: Readonly<Record<PaceStatus, MessageKey>> = {
  done: "paceDone",
  onTrack: "paceOnTrack",
  behind: "paceBehind",
  notStarted: "paceNotStarted",
};

interface GoalContext {
  readonly today: IsoDate;
  readonly planStart: IsoDate | null;
  readonly activities: readonly Activity[];
}

/** What an "activities" goal counted: done and planned, for today's term or year when the goal is per period. */
interface GoalCounts {
  readonly done: number;
  readonly planned: number;
  /** Today's period ("HT 2026") with the earlier ones' done/planned, for a per-period goal; else null. */
  readonly period: { readonly current: PeriodCount; readonly earlier: readonly PeriodCount[] } | null;
}

/** The goal's first and last day, or null when they can't be read. */
function goalWindow(goal: Goal, ctx: GoalContext): { start: IsoDate; end: IsoDate } | null {
  try {
    const start = startDate(goal.cells.start) ?? ctx.planStart;
    const end = deadlineDate(goal.cells.deadline);
    return start !== null && end !== null ? { start, end } : null;
  } catch {
    return null;
  }
}

/** The day itself, or the nearer edge of from…to when it lies outside. */
function clampDay(day: IsoDate, from: IsoDate, to: IsoDate): IsoDate {
  if (dayNumber(day) < dayNumber(from)) return from;
  return dayNumber(day) > dayNumber(to) ? to : day;
}

/** Done and planned counts of an "activities" goal that names what to count (each occurrence counts); else null. */
function goalCounts(goal: Goal, ctx: GoalContext): GoalCounts | null {
  if (goal.kind !== "kindActivities" || goal.countsActivities === "") return null;
  const units = countedUnits(
    ctx.activities.map((a) => a.termText),
    ctx.activities.map((a) => a.what),
    goal.countsActivities,
    { whens: ctx.activities.map((a) => a.when), dones: ctx.activities.map((a) => a.done) },
  );
  const unit = goalPeriodUnit(goal.name);
  const window = goalWindow(goal, ctx);
  if (unit && window) {
    const periods = countPerPeriod(units, unit, window.start, window.end);
    // Today's period; before the goal its first, after it its last (as the Goals tab picks it).
    const now = periodOf(unit, clampDay(ctx.today, window.start, window.end)).label;
    const at = periods.findIndex((p) => p.label === now);
    const current = at >= 0 ? periods[at] : null;
    if (current)
      return {
        done: current.done,
        planned: current.planned,
        period: { current, earlier: periods.slice(0, at) },
      };
  }
  return { done: units.filter((u) => u.done).length, planned: units.length, period: null };
}

/**
 * The pace of a goal with a target, or "unknown" when its dates can't be read; a per-period goal is paced within
 * today's term or year.
 */
function paceStatus(
  goal: Goal,
  target: number,
  actual: number | null,
  ctx: GoalContext,
  period: PeriodCount | null,
): PaceStatus | "unknown" {
  try {
    const start = period?.start ?? startDate(goal.cells.start) ?? ctx.planStart;
    const deadline = period?.end ?? deadlineDate(goal.cells.deadline);
    if (start === null || deadline === null) return "unknown";
    const baseline = numberOrNull(goal.cells.baseline) ?? 0;
    return goalPace({ baseline, target, actual, start, deadline, today: ctx.today }).status;
  } catch {
    // An unreadable start or deadline leaves the status unknown; "Validate plan" says why.
    return "unknown";
  }
}

/** A goal without a target: judged against its "compare with" value, else the status picked by hand. */
function statusWithoutTarget(goal: Goal, actual: number | null): PaceStatus | "unknown" {
  const compareWith = numberOrNull(goal.cells.compareWith);
  if (compareWith !== null) return comparisonStatus(actual, compareWith);
  return manualStatus(goal.cells.manualStatus) ?? "unknown";
}

function goalItem(goal: Goal, grid: GoalsGrid, ctx: GoalContext, language: Language): GoalItem {
  const target = numberOrNull(goal.cells.target);
  const baseline = numberOrNull(goal.cells.baseline) ?? 0;
  const counts = goalCounts(goal, ctx);
  const actual = counts ? counts.done : numberOrNull(goal.cells.actual);
  const progress = target !== null && actual !== null ? memberProgress(baseline, actual, target) : null;
  const period = counts?.period ?? null;
  const statusCode =
    target !== null
      ? paceStatus(goal, target, actual, ctx, period?.current ?? null)
      : statusWithoutTarget(goal, actual);
  return {
    name: goal.name,
    kind: goal.kindText,
    progress,
    status: statusCode === "unknown" ? "" : t(language, PACE_TEXT[statusCode]),
    statusCode,
    counts: counts
      ? {
          done: counts.done,
          planned: counts.planned,
          target,
          period: period?.current.label ?? null,
          earlier: period ? periodText(period.earlier).slice(0, -PERIOD_SEPARATOR.length) : "",
        }
      : null,
    link: { tab: "goals", row: goal.row, column: grid.columns.column.goal ?? 1 },
  };
}

function goalItems(plan: PlanRecords, settings: Settings, today: IsoDate, language: Language): GoalItem[] {
  if (!plan.goals) return [];
  const ctx: GoalContext = {
    today,
    planStart: settings.firstTerm ? termStart(settings.firstTerm) : null,
    activities: plan.activities?.records ?? [],
  };
  const grid = plan.goals.grid;
  return plan.goals.records.map((goal) => goalItem(goal, grid, ctx, language));
}

/** A membership row's target, or null when its base is blank or base or growth is invalid. */
function rowTarget(row: MembershipRow): number | null {
  if (row.baseline === null) return null;
  try {
    return memberTarget(row.baseline, row.growth ?? 0);
  } catch {
    return null;
  }
}

/**
 * Members per constituency: rows are summed per Valkrets (a branch row rolls up into its Valkrets; a row
 * with no Valkrets stands for itself under its branch name). The total row is skipped wherever it stands.
 * The target is the sum of the rounded row targets, as the total row computes it.
 */
function membershipItems(grid: MembershipGrid, rows: readonly MembershipRow[]): ConstituencyItem[] {
  const groups = new Map<
    string,
    { constituency: string; current: number | null; target: number; row: number }
  >();
  for (const row of rows) {
    if (row.total) continue;
    const name = row.constituency || row.branch;
    if (name === "") continue;
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { constituency: name, current: null, target: 0, row: row.row };
    // A blank Nu is unknown, not 0: the group's count is the sum of its known rows, null when none is known.
    if (row.current !== null) group.current = (group.current ?? 0) + row.current;
    group.target += rowTarget(row) ?? 0;
    groups.set(key, group);
  }
  const column = grid.columns.column.constituency ?? 1;
  return [...groups.values()].map((g) => ({
    constituency: g.constituency,
    current: g.current,
    target: g.target,
    link: { tab: "membership", row: g.row, column },
  }));
}

/** An activity as the sidebar lists it, linked to its Vad cell; `due` is the date line it shows. */
export function activityItem(
  activity: Activity,
  end: IsoDate,
  grid: ActivitiesGrid,
  due: string,
): ActivityItem {
  return {
    what: activity.what,
    when: activity.when,
    term: activity.term ? formatTerm(activity.term) : activity.termText,
    owner: activity.owner,
    end,
    due,
    link: { tab: "activities", row: activity.row, column: grid.columns.column.what ?? 1 },
  };
}

/**
 * Open activities, each in one list only: overdue when their end is before today (oldest first, with how
 * long ago); due this month when their span overlaps today's month and has not ended (an activity that
 * ended earlier this month is overdue, not both). Both show their end date with the year.
 */
function activityItems(
  plan: PlanRecords,
  today: IsoDate,
  language: Language,
): { due: ActivityItem[]; overdue: ActivityItem[] } {
  if (!plan.activities) return { due: [], overdue: [] };
  const grid = plan.activities.grid;
  const { year, month } = partsOf(today);
  const monthStart = dayNumber(`${today.slice(0, 8)}01`);
  const monthEnd = dayNumber(lastOfMonth(year, month));
  const now = dayNumber(today);
  const due: Array<[number, ActivityItem]> = [];
  const overdue: Array<[number, ActivityItem]> = [];
  for (const activity of plan.activities.records) {
    if (activity.done) continue;
    const span = effectiveSpan(activity);
    if (!span) continue;
    const [start, end] = [dayNumber(span.start), dayNumber(span.end)];
    if (end < now)
      overdue.push([end, activityItem(activity, span.end, grid, overdueText(span.end, today, language))]);
    else if (start <= monthEnd && end >= monthStart)
      due.push([end, activityItem(activity, span.end, grid, dueText(span.end, language))]);
  }
  const sorted = (list: Array<[number, ActivityItem]>) =>
    list.sort((a, b) => a[0] - b[0] || a[1].link.row - b[1].link.row).map(([, item]) => item);
  return { due: sorted(due), overdue: sorted(overdue) };
}

/** The plan period's terms from Settings; without one, the term before today's and the two after it. */
export function planTerms(settings: Settings, today: IsoDate): Term[] {
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
  const settings = plan.settings?.settings ?? NO_SETTINGS;
  const terms = planTerms(settings, today);
  const { due, overdue } = activityItems(plan, today, language);
  return {
    language,
    organisation: settings.organisation,
    today,
    goals: goalItems(plan, settings, today, language),
    membership: plan.membership ? membershipItems(plan.membership.grid, plan.membership.records) : [],
    dueThisMonth: due,
    overdue,
    terms: terms.map(formatTerm),
    currentTerm: currentTermOf(terms, today),
  };
}
