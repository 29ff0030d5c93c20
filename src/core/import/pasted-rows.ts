// The pasted plan's goals, membership rows and board as preview items and as the rows their tabs get.
import { calendarDate, type IsoDate } from "../calendar/dates";
import { percentText } from "../checks/plan-checks";
import { GOAL_KIND_LABELS, goalKey } from "../document/document-goals";
import { foldKey } from "../document/document-lines";
import type {
  DocumentBoardMember,
  DocumentGoal,
  DocumentMembershipRow,
  DocumentProblem,
} from "../document/document-types";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { MembershipColumn } from "../layout/membership-layout";
import type { Goal, GoalColumn } from "../records/goal-record";
import type { MembershipRow } from "../records/membership-record";
import type { NewCell, NewRow } from "../records/new-activity";
import type { Person, PersonColumn } from "../records/people-record";
import { cleanFloat } from "../targets/targets";
import type { PlanImportItem, PlanItemStatus } from "./import-contract";

/** One item of the paste as the preview shows it, the row its tab gets (null: nothing to write) and any conflict. */
export interface Planned<R> {
  readonly item: PlanImportItem;
  readonly row: R | null;
  /** The conflict as a sentence (its tab and row said by the caller), or null. */
  readonly conflict: { readonly row: number; readonly message: string } | null;
}

/** A problem of the paste in the sheet's language. */
export function say(language: Language, problem: DocumentProblem): string {
  return t(language, problem.key, problem.vars);
}

/** A number as a volunteer reads it: "12 %" for a percent goal, "1 234" never (plain digits), a decimal comma in Swedish. */
function numberText(value: number, unit: DocumentGoal["unit"], language: Language): string {
  const text = String(cleanFloat(value));
  const local = language === "sv" ? text.replace(".", ",") : text;
  return unit === "percent" ? `${local} %` : local;
}

/** A Goals row's Klart senast: "per år"/"per termin" for a rate, a year for 31 December, else the date. */
function deadlineCell(goal: DocumentGoal, language: Language): NewCell {
  if (goal.rate === "year") return t(language, "goalRatePerYear");
  if (goal.rate === "term") return t(language, "goalRatePerTerm");
  if (goal.deadline === null) return "";
  return goal.deadline.endsWith("-12-31") ? Number(goal.deadline.slice(0, 4)) : calendarDate(goal.deadline);
}

/** "senast 2026-09-13", or the rate itself ("per år"). */
function deadlineText(goal: DocumentGoal, cell: NewCell, language: Language): string {
  if (goal.rate !== null) return String(cell);
  return t(language, "planImportDeadline", { deadline: typeof cell === "object" ? cell.iso : String(cell) });
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** A typed number cell, or null when blank or not a number. */
const numberIn = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * A goal: new, or already on the Goals tab (same folded text). A measurable goal whose baseline or target the
 * tab gives otherwise is a conflict, left for the volunteer: the add-on never changes a typed cell. A new goal
 * with a target starts at its baseline date, else at `planStart` (its pace is measured from there).
 */
export function plannedGoal(
  goal: DocumentGoal,
  existing: ReadonlyMap<string, Goal>,
  planStart: IsoDate | null,
  language: Language,
): Planned<NewRow<GoalColumn>> {
  const kind = goal.kind ? t(language, GOAL_KIND_LABELS[goal.kind]) : "";
  const deadline = deadlineCell(goal, language);
  const numbers = (id: "baseline" | "target", key: MessageKey) => {
    const value = goal[id];
    return value === null ? [] : [t(language, key, { [id]: numberText(value, goal.unit, language) })];
  };
  const detail = [
    kind || t(language, "planImportOverarching"),
    ...numbers("baseline", "planImportBaseline"),
    ...numbers("target", "planImportTarget"),
    ...(deadline === "" ? [] : [deadlineText(goal, deadline, language)]),
  ].join(" · ");
  const problems = goal.problems.map((p) => say(language, p));
  const present = existing.get(goal.key);
  if (present) {
    const conflict = goalConflict(goal, present, language);
    const status: PlanItemStatus = conflict ? "conflict" : "present";
    const item = {
      line: goal.line,
      text: goal.text,
      detail,
      status,
      problems: conflict ? [conflict, ...problems] : problems,
      at: { tab: "goals", row: present.row, column: 1 } as const,
    };
    return { item, row: null, conflict: conflict ? { row: present.row, message: conflict } : null };
  }
  const startDate = goal.baselineDate ?? (goal.target === null ? null : planStart);
  const start: NewCell = startDate ? calendarDate(startDate) : "";
  const row: NewRow<GoalColumn> = {
    goal: goal.text,
    kind,
    baseline: goal.baseline ?? "",
    target: goal.target ?? "",
    start,
    deadline,
  };
  return { item: { line: goal.line, text: goal.text, detail, status: "new", problems }, row, conflict: null };
}

/** "utgångsläge 7, målvärde 9": each differing field with its value, as the tab and as the paste give it. */
function differences(
  fields: ReadonlyArray<readonly [MessageKey, number | null, number | null, (n: number) => string]>,
  language: Language,
): { current: string; pasted: string } | null {
  const differing = fields.filter(
    ([, current, pasted]) => current !== null && pasted !== null && !sameNumber(current, pasted),
  );
  if (differing.length === 0) return null;
  const list = (pick: 1 | 2) =>
    differing
      .map((field) => `${t(language, field[0]).toLowerCase()} ${field[3](field[pick] as number)}`)
      .join(", ");
  return { current: list(1), pasted: list(2) };
}

function goalConflict(goal: DocumentGoal, present: Goal, language: Language): string | null {
  const show = (n: number) => numberText(n, goal.unit, language);
  const found = differences(
    [
      ["colBaseline", numberIn(present.cells.baseline), goal.baseline, show],
      ["colGoalTarget", numberIn(present.cells.target), goal.target, show],
    ],
    language,
  );
  return found && t(language, "planImportGoalConflict", { row: present.row, ...found });
}

/** The Goals tab's goals by the paste's key (folded text); the first row of a name wins. */
export function goalsByKey(goals: readonly Goal[]): Map<string, Goal> {
  const byKey = new Map<string, Goal>();
  for (const goal of goals) if (!byKey.has(goalKey(goal.name))) byKey.set(goalKey(goal.name), goal);
  return byKey;
}

/** The Membership tab's rows (not the total) by the paste's key: the folded constituency, else branch. */
export function membershipByKey(rows: readonly MembershipRow[]): Map<string, MembershipRow> {
  const byKey = new Map<string, MembershipRow>();
  for (const row of rows) {
    const name = row.constituency || row.branch;
    const key = `membership|${foldKey(name)}`;
    if (!row.total && name !== "" && !byKey.has(key)) byKey.set(key, row);
  }
  return byKey;
}

/**
 * A membership row: new (written below the total row; its target is the tab's formula), already there with the
 * same numbers, or there with other numbers — a conflict listed for the volunteer, nothing written. A name the
 * paste repeats is taken once.
 */
export function plannedMembership(
  row: DocumentMembershipRow,
  existing: ReadonlyMap<string, MembershipRow>,
  firstLine: number,
  language: Language,
): Planned<NewRow<MembershipColumn>> {
  const parts = [
    row.members === null
      ? ""
      : t(language, "planImportMembers", { members: row.members }) +
        (row.baselineDate ? ` (${row.baselineDate})` : ""),
    row.growth === null ? "" : t(language, "planImportGrowth", { growth: percentText(row.growth, language) }),
    row.target === null ? "" : t(language, "planImportTarget", { target: row.target }),
  ];
  const detail = parts.filter((p) => p !== "").join(" · ");
  const problems = row.problems.map((p) => say(language, p));
  const base = { line: row.line, text: row.name, detail };
  if (firstLine !== row.line)
    return { item: { ...base, status: "repeated", problems }, row: null, conflict: null };
  const present = existing.get(row.key);
  if (present) {
    const conflict = membershipConflict(row, present, language);
    const status: PlanItemStatus = conflict ? "conflict" : "present";
    const at = { tab: "membership", row: present.row, column: 1 } as const;
    const item = { ...base, status, problems: conflict ? [conflict, ...problems] : problems, at };
    return { item, row: null, conflict: conflict ? { row: present.row, message: conflict } : null };
  }
  const cells: NewRow<MembershipColumn> = {
    constituency: row.name,
    baselineDate: row.baselineDate ? calendarDate(row.baselineDate as IsoDate) : "",
    baseline: row.members ?? "",
    growth: row.growth ?? "",
    current: row.current ?? "",
  };
  return { item: { ...base, status: "new", problems }, row: cells, conflict: null };
}

function membershipConflict(
  row: DocumentMembershipRow,
  present: MembershipRow,
  language: Language,
): string | null {
  const found = differences(
    [
      ["colMembersAtBaseline", present.baseline, row.members, String],
      ["colGrowth", present.growth, row.growth, (n) => percentText(n, language)],
    ],
    language,
  );
  return found && t(language, "planImportMembershipConflict", { name: row.name, row: present.row, ...found });
}

/** The People tab's people by the paste's key: role and name, folded. */
export function peopleByKey(people: readonly Person[]): Set<string> {
  return new Set(people.map((p) => `board|${foldKey(p.role)}|${foldKey(p.name)}`));
}

/** A board member: new on the People tab, or already there (same role and name). */
export function plannedBoard(
  member: DocumentBoardMember,
  existing: ReadonlySet<string>,
  language: Language,
): Planned<NewRow<PersonColumn>> {
  const item = {
    line: member.line,
    text: `${member.role}: ${member.name}`,
    detail: member.contact,
    problems: member.problems.map((p) => say(language, p)),
  };
  if (existing.has(member.key)) return { item: { ...item, status: "present" }, row: null, conflict: null };
  const row = { role: member.role, name: member.name, contact: member.contact };
  return { item: { ...item, status: "new" }, row, conflict: null };
}
