// Plans importing a pasted plan into the tabs: what is new, already there or in conflict, each tab's rows, the period.
import {
  formatTerm,
  parseTerm,
  type Term,
  termFromIndex,
  termIndex,
  termOf,
  termStart,
} from "../calendar/terms";
import type { ProblemItem } from "../dashboard/sidebar-contract";
import type { DocumentActivity, DocumentProblem, PastedPlan } from "../document/document-types";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import type { MembershipColumn } from "../layout/membership-layout";
import type { Activity, ActivityColumn } from "../records/activity-record";
import type { Goal, GoalColumn } from "../records/goal-record";
import type { MembershipRow } from "../records/membership-record";
import { activityCells, type NewRow } from "../records/new-activity";
import type { Person, PersonColumn } from "../records/people-record";
import { isUndated, parseWhen, type TermRange, type WhenResult } from "../when/when";
import { activityKey } from "./activity-table";
import type {
  PlanImportItem,
  PlanImportPeriod,
  PlanImportPreview,
  PlanImportTermGroup,
  PlanItemStatus,
  TermSpan,
} from "./import-contract";
import {
  goalsByKey,
  membershipByKey,
  type Planned,
  peopleByKey,
  plannedBoard,
  plannedGoal,
  plannedMembership,
  say,
} from "./pasted-rows";

/** The plan as its tabs hold it now, read by the adapter. */
export interface PlanOnTabs {
  readonly goals: readonly Goal[];
  readonly activities: readonly Activity[];
  readonly membership: readonly MembershipRow[];
  readonly people: readonly Person[];
  /** The Settings period, or null when it is not set (or unreadable). */
  readonly period: TermRange | null;
  /** True while both Settings period cells are the add-on's: empty, or as it last wrote them. */
  readonly periodOwned: boolean;
  /** The Goals and Membership tabs' names, for the sentences that say where a conflict is. */
  readonly tabNames: { readonly goals: string; readonly membership: string };
}

/** The import worked out: the preview, each tab's new rows, the period to write and the conflicts. */
export interface ImportWork {
  readonly preview: PlanImportPreview;
  readonly rows: {
    readonly goals: readonly NewRow<GoalColumn>[];
    readonly activities: readonly NewRow<ActivityColumn>[];
    readonly membership: readonly NewRow<MembershipColumn>[];
    readonly people: readonly NewRow<PersonColumn>[];
  };
  /** The Settings period to write, or null to leave it as it is. */
  readonly period: TermRange | null;
  readonly conflicts: readonly ProblemItem[];
  /** Items already in the plan with the same numbers, left alone (conflicts are counted apart). */
  readonly present: number;
}

export interface ImportChoices {
  /** The volunteer agreed to widen a typed period to rows outside it. */
  readonly widenPeriod: boolean;
}

const span = (range: TermRange | null): TermSpan | null =>
  range && { first: formatTerm(range.first), last: formatTerm(range.last) };

/** The smallest period holding every term given; null for none. */
function periodOver(terms: readonly Term[]): TermRange | null {
  if (terms.length === 0) return null;
  const indices = terms.map(termIndex);
  return { first: termFromIndex(Math.min(...indices)), last: termFromIndex(Math.max(...indices)) };
}

const rangeTerms = (range: TermRange | null): Term[] => (range ? [range.first, range.last] : []);

/** The terms a reading covers: its start's and end's, else the row's term; none when undated. */
function termsOf(term: Term | null, parsed: WhenResult): Term[] {
  if (parsed.ok) return [termOf(parsed.start), termOf(parsed.end)];
  return term && !isUndated(parsed) ? [term] : [];
}

const within = (inner: TermRange, outer: TermRange) =>
  termIndex(inner.first) >= termIndex(outer.first) && termIndex(inner.last) <= termIndex(outer.last);

const same = (a: TermRange | null, b: TermRange | null) =>
  a !== null && b !== null && within(a, b) && within(b, a);

/**
 * What becomes of the Settings period. An empty plan (no activities, no goals) whose period cells are still
 * the add-on's takes the paste's period, widened to its dated rows ("set"). A period that does not hold the
 * pasted rows is widened only when the volunteer agrees ("widen"). It is never narrowed.
 */
function periodPlan(
  pasted: PastedPlan,
  plan: PlanOnTabs,
  choices: ImportChoices,
): { preview: PlanImportPeriod; write: TermRange | null } {
  const needed = periodOver([
    ...rangeTerms(pasted.period),
    ...pasted.activities.flatMap((a) => termsOf(a.term, a.parsed)),
  ]);
  const current = plan.period;
  const said = (change: PlanImportPeriod["change"], next: TermRange | null): PlanImportPeriod => ({
    pasted: span(pasted.period),
    current: span(current),
    change,
    next: span(next),
  });
  const empty = plan.activities.length === 0 && plan.goals.length === 0;
  if (plan.periodOwned && (empty || current === null)) {
    // The add-on's own cells: an empty plan follows the paste; a plan with rows keeps them inside it.
    const existing = empty ? [] : plan.activities.flatMap((a) => termsOf(a.term, a.parsed));
    const next = periodOver([...rangeTerms(needed), ...existing]);
    if (next !== null && !same(next, current)) return { preview: said("set", next), write: next };
  } else if (current !== null && needed !== null && !within(needed, current)) {
    const next = periodOver([...rangeTerms(current), ...rangeTerms(needed)]);
    return { preview: said("widen", next), write: choices.widenPeriod ? next : null };
  }
  return { preview: said("keep", current), write: null };
}

/** The keys of the Activities tab's rows, each to its first row: under the typed Term, and the term read from När. */
function activityKeys(activities: readonly Activity[]): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (key: string, row: number) => {
    if (!keys.has(key)) keys.set(key, row);
  };
  for (const a of activities) {
    add(activityKey(a.term, a.what, a.when), a.row);
    add(activityKey(parseTerm(a.termText), a.what, a.when), a.row);
  }
  return keys;
}

interface ActivityPlan extends Planned<NewRow<ActivityColumn>> {
  readonly source: DocumentActivity["source"];
  readonly term: Term | null;
  readonly undated: boolean;
}

function activityDetail(a: DocumentActivity, parsed: WhenResult, goal: string, language: Language): string {
  const dates = parsed.ok
    ? parsed.start === parsed.end
      ? parsed.start
      : `${parsed.start}–${parsed.end}`
    : "";
  const when = a.when === "" ? t(language, "planImportUndated") : a.when;
  const parts = [when, dates, a.targetGroup, a.owner, goal ? t(language, "planImportGoalOf", { goal }) : ""];
  return parts.filter((p) => p !== "").join(" · ");
}

/**
 * An activity: new, already on the tab (same activityKey), or repeated in the paste. A När under no term (the
 * recurring board meeting) is read over the period the plan will have, as the Activities tab will read it.
 */
function plannedActivity(
  a: DocumentActivity,
  context: {
    readonly present: ReadonlyMap<string, number>;
    readonly seen: Map<string, number>;
    readonly period: TermRange | null;
    readonly goalName: (key: string | null) => string;
  },
  language: Language,
): ActivityPlan {
  const parsed =
    a.term === null && a.when !== "" ? parseWhen(a.when, null, { period: context.period }) : a.parsed;
  const goal = context.goalName(a.goalKey);
  const problems = a.problems.map((p) => say(language, p));
  const period = context.period;
  if (a.term && period && !within({ first: a.term, last: a.term }, period))
    problems.push(t(language, "checkTermOutsidePlan", { term: formatTerm(a.term), ...span(period) }));
  const item = (status: PlanItemStatus, said = problems): PlanImportItem => ({
    line: a.line,
    text: a.what,
    detail: activityDetail(a, parsed, goal, language),
    status,
    problems: said,
  });
  const shape = { source: a.source, term: a.term, undated: isUndated(parsed), conflict: null };
  const presentRow = context.present.get(a.key);
  if (presentRow !== undefined) {
    const at = { tab: "activities", row: presentRow, column: 1 } as const;
    return { ...shape, item: { ...item("present"), at }, row: null };
  }
  const earlier = context.seen.get(a.key);
  if (earlier !== undefined) {
    const repeated = t(language, "importRepeated", { what: a.what, when: a.when, first: earlier });
    return { ...shape, item: item("repeated", [repeated, ...problems]), row: null };
  }
  context.seen.set(a.key, a.line);
  const row: NewRow<ActivityColumn> = {
    ...activityCells({
      term: a.term,
      when: a.when,
      what: a.what,
      targetGroup: a.targetGroup,
      owner: a.owner,
      done: a.done,
      start: parsed.ok ? parsed.start : null,
      end: parsed.ok ? parsed.end : null,
    }),
    goal,
  };
  return { ...shape, item: item("new"), row };
}

/** Table and bullet activities per term in term order; those without a term next; the undated group last. */
function termGroups(planned: readonly ActivityPlan[]): PlanImportTermGroup[] {
  const groups = new Map<string, { term: string; undated: boolean; items: PlanImportItem[] }>();
  for (const p of planned) {
    const key = p.undated ? "~~" : p.term ? String(termIndex(p.term)).padStart(6, "0") : "~";
    const group = groups.get(key) ?? {
      term: p.term && !p.undated ? formatTerm(p.term) : "",
      undated: p.undated,
      items: [],
    };
    group.items.push(p.item);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/**
 * Plans the import of a pasted plan into the plan its tabs hold. Nothing already there is written again: goals
 * by their folded text, activities by activityKey, membership by the folded constituency, the board by role and
 * name. A row already there with other numbers is a conflict, listed and left for the volunteer. Never throws.
 */
export function planPastedImport(
  pasted: PastedPlan,
  plan: PlanOnTabs,
  language: Language,
  choices: ImportChoices,
): ImportWork {
  const period = periodPlan(pasted, plan, choices);
  // The period the plan will have: what a term-less När is read over, and what rows are said to fall outside.
  const planPeriod = period.write ?? plan.period ?? pasted.period;
  const conflicts: ProblemItem[] = [];
  // Each conflict names its sheet row as Validate does, and links to it.
  const collect = <R>(tab: string, id: "goals" | "membership", planned: Planned<R>): Planned<R> => {
    if (planned.conflict) {
      const { row, message } = planned.conflict;
      conflicts.push({
        message: t(language, "checkAt", { tab, row, message }),
        severity: "warning",
        link: { tab: id, row, column: 1 },
      });
    }
    return planned;
  };

  const existingGoals = goalsByKey(plan.goals);
  const planStart = planPeriod ? termStart(planPeriod.first) : null;
  const goals = pasted.goals.map((g) =>
    collect(plan.tabNames.goals, "goals", plannedGoal(g, existingGoals, planStart, language)),
  );
  const pastedGoals = new Map(pasted.goals.map((g) => [g.key, g.text]));
  const goalName = (key: string | null) =>
    key === null ? "" : (existingGoals.get(key)?.name ?? pastedGoals.get(key) ?? "");

  const context = {
    present: activityKeys(plan.activities),
    seen: new Map<string, number>(),
    period: planPeriod,
    goalName,
  };
  const activities = pasted.activities.map((a) => plannedActivity(a, context, language));
  const isMeeting = (a: ActivityPlan) => a.source === "meeting" || a.source === "recurring";

  const existingMembership = membershipByKey(plan.membership);
  const firstLines = new Map<string, number>();
  for (const row of pasted.membership) if (!firstLines.has(row.key)) firstLines.set(row.key, row.line);
  const membership = pasted.membership.map((row) =>
    collect(
      plan.tabNames.membership,
      "membership",
      plannedMembership(row, existingMembership, firstLines.get(row.key) ?? row.line, language),
    ),
  );
  const people = peopleByKey(plan.people);
  const board = pasted.board.map((member) => plannedBoard(member, people, language));

  const all = [...goals, ...activities, ...membership, ...board];
  const rowsOf = <R>(list: readonly Planned<R>[]): R[] =>
    list.flatMap((p) => (p.row === null ? [] : [p.row]));
  const itemProblems = new Set<DocumentProblem>([
    ...pasted.goals.flatMap((g) => g.problems),
    ...pasted.activities.flatMap((a) => a.problems),
    ...pasted.membership.flatMap((r) => r.problems),
  ]);
  const problems = pasted.problems
    .filter((p) => !itemProblems.has(p))
    .map((p) => t(language, "importLine", { line: p.line, message: say(language, p) }));
  return {
    preview: {
      title: pasted.title,
      period: period.preview,
      goals: goals.map((p) => p.item),
      activities: termGroups(activities.filter((a) => !isMeeting(a))),
      meetings: activities.filter(isMeeting).map((a) => a.item),
      membership: membership.map((p) => p.item),
      board: board.map((p) => p.item),
      problems,
      toWrite: all.filter((p) => p.row !== null).length,
    },
    rows: {
      goals: rowsOf(goals),
      activities: rowsOf(activities),
      membership: rowsOf(membership),
      people: rowsOf(board),
    },
    period: period.write,
    conflicts,
    present: all.filter((p) => p.item.status === "present").length,
  };
}
