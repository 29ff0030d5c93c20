// The plan's goals: one per goal line, headings that name a goal found elsewhere, and members goals measured on the table.
import type { MessageKey } from "../i18n/messages";
import { memberTarget } from "../targets/targets";
import { foldKey } from "./document-lines";
import {
  type DocumentGoal,
  type DocumentMembershipRow,
  type DocumentMembershipTotal,
  type GoalKind,
  type GoalLevel,
  noGoalNumbers,
} from "./document-types";
import { type GoalContext, readGoalText } from "./goal-text";

/** The Goals tab's word for each kind (its Kind dropdown): say it with `t`. */
export const GOAL_KIND_LABELS: Readonly<Record<GoalKind, MessageKey>> = {
  seats: "kindSeats",
  voteShare: "kindVoteShare",
  members: "kindMembers",
  activities: "kindActivities",
  other: "kindOther",
};

/** A goal's text without list marks and the closing full stop. */
export function goalText(text: string): string {
  return text.replace(/[.;:]+$/, "").trim();
}

/** The goal's stable key: its folded text. */
export function goalKey(text: string): string {
  return `goal|${foldKey(goalText(text))}`;
}

/**
 * A goal read from its line. An overarching goal stays as text; a measurable one gets its kind, target,
 * baseline and deadline. With no level given, a goal naming nothing measurable is overarching.
 */
export function readGoal(
  text: string,
  line: number,
  level: GoalLevel | null,
  context: GoalContext,
): DocumentGoal {
  const clean = goalText(text);
  const reading = readGoalText(clean, context);
  const measurable = level === "measurable" || (level === null && reading.measurable);
  const goal: DocumentGoal = {
    key: goalKey(clean),
    line,
    text: clean,
    level: measurable ? "measurable" : "overarching",
    ...noGoalNumbers(),
    kind: null,
    problems: [],
  };
  if (!measurable) return goal;
  const { measurable: _, problems, ...fields } = reading;
  return { ...goal, ...fields, problems: problems.map((p) => ({ line, ...p })) };
}

function words(text: string): string[] {
  return foldKey(text)
    .split(" ")
    .filter((w) => w.length >= 3);
}

/**
 * The goal a heading names ("Mål: Öka antalet medlemmar"): one whose text starts with the heading's
 * words, else contains them, else holds every word of three or more letters; null when none does.
 */
export function matchGoal(goals: readonly DocumentGoal[], heading: string): DocumentGoal | null {
  const wanted = foldKey(goalText(heading));
  if (wanted === "") return null;
  const texts = goals.map((g) => ({ goal: g, key: foldKey(g.text) }));
  const starts = texts.find((t) => t.key === wanted || t.key.startsWith(`${wanted} `));
  if (starts) return starts.goal;
  const contains = texts.find((t) => ` ${t.key} `.includes(` ${wanted} `));
  if (contains) return contains.goal;
  const needed = words(heading);
  if (needed.length === 0) return null;
  return goals.find((g) => needed.every((w) => words(g.text).includes(w))) ?? null;
}

/**
 * A members goal that names only a growth ("öka med 15 % jämfört med den 31 december 2024") is measured
 * on the membership table: its baseline is the table's total at that date, its target that grown.
 */
export function measureMembersGoal(
  goal: DocumentGoal,
  rows: readonly DocumentMembershipRow[],
  totals: readonly DocumentMembershipTotal[],
): DocumentGoal {
  if (goal.kind !== "members" || goal.growth === null || goal.baseline !== null || rows.length === 0)
    return goal;
  const dated = rows.filter(
    (r) => goal.baselineDate === null || r.baselineDate === null || r.baselineDate === goal.baselineDate,
  );
  if (dated.length === 0 || dated.some((r) => r.members === null)) return goal;
  const printed = totals.find((t) => t.members !== null && t.problems.length === 0)?.members ?? null;
  const baseline = printed ?? dated.reduce((sum, r) => sum + (r.members ?? 0), 0);
  try {
    return {
      ...goal,
      baseline,
      baselineDate: goal.baselineDate ?? dated[0].baselineDate,
      target: memberTarget(baseline, goal.growth),
      unit: "count",
    };
  } catch {
    return goal;
  }
}
