// The sidebar's overview computed from the plan's records: goal progress and pace, members per constituency, due and overdue activities.
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
import { numberOrNull } from "../cells/cell-values";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { ActivitiesGrid, Activity } from "../records/activity-record";
import { effectiveSpan } from "../records/activity-record";
import type { Goal, GoalsGrid } from "../records/goal-record";
import type { MembershipGrid, MembershipRow } from "../records/membership-record";
import type { PlanRecords } from "../records/plan-records";
import { NO_SETTINGS, type Settings } from "../records/settings-record";
import { countActivities } from "../targets/activity-count";
import { deadlineDate, goalPace, type PaceStatus, startDate } from "../targets/goal-pace";
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

/** Actual: counted from the activities for an "activities" goal that names what to count, else the cell. */
function goalActual(goal: Goal, ctx: GoalContext): number | null {
  if (goal.kind === "kindActivities" && goal.countsActivities !== "") {
    const deadline = goal.cells.deadline;
    const term = typeof deadline === "string" ? parseTerm(deadline.trim()) : null;
    return countActivities(
      ctx.activities.map((a) => a.termText),
      ctx.activities.map((a) => a.what),
      goal.countsActivities,
      term,
    );
  }
  return numberOrNull(goal.cells.actual);
}

function goalItem(goal: Goal, grid: GoalsGrid, ctx: GoalContext, language: Language): GoalItem {
  const target = numberOrNull(goal.cells.target);
  const baseline = numberOrNull(goal.cells.baseline) ?? 0;
  const actual = goalActual(goal, ctx);
  const progress = target !== null && actual !== null ? memberProgress(baseline, actual, target) : null;
  let statusCode: GoalItem["statusCode"] = "unknown";
  if (target !== null) {
    try {
      const start = startDate(goal.cells.start) ?? ctx.planStart;
      const deadline = deadlineDate(goal.cells.deadline);
      if (start !== null && deadline !== null) {
        statusCode = goalPace({ baseline, target, actual, start, deadline, today: ctx.today }).status;
      }
    } catch {
      // An unreadable start or deadline leaves the status unknown; "Validate plan" says why.
    }
  }
  return {
    name: goal.name,
    kind: goal.kindText,
    progress,
    status: statusCode === "unknown" ? "" : t(language, PACE_TEXT[statusCode]),
    statusCode,
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
  const groups = new Map<string, { constituency: string; current: number; target: number; row: number }>();
  for (const row of rows) {
    if (row.total) continue;
    const name = row.constituency || row.branch;
    if (name === "") continue;
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { constituency: name, current: 0, target: 0, row: row.row };
    group.current += row.current ?? 0;
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
