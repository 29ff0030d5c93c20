// The Goals tab's computed columns: progress and pace formulas over every goal row, and activity counts.
import { cellA1, columnLetter } from "../cells/a1";
import { customFunctionOf, formulaOf } from "../functions/catalogue";
import { PACE_TOLERANCE } from "../targets/goal-pace";
import type { ColumnId } from "./columns";
import type { ACTIVITIES_TAB, GOALS_TAB } from "./tabs";

export type GoalColumnId = ColumnId<typeof GOALS_TAB>;
export type ActivityColumnId = ColumnId<typeof ACTIVITIES_TAB>;

/** Where the Goals tab's columns are, and its first goal row. */
export interface GoalsPlace {
  readonly columns: Readonly<Record<GoalColumnId, number>>;
  readonly firstDataRow: number;
}

const openColumn = (place: GoalsPlace, id: GoalColumnId): string => {
  const letter = columnLetter(place.columns[id]);
  return `${letter}${place.firstDataRow}:${letter}`;
};

/** The status words the Status column shows, in the sheet's language. */
export interface StatusWords {
  readonly notStarted: string;
  readonly onTrack: string;
  readonly behind: string;
  readonly done: string;
}

/** What the Goals formulas refer to outside the tab. */
export interface GoalsRefs {
  /** The plan's today: a reference to the Settings cell that holds it (native formulas only may read it). */
  readonly today: string;
  /** The plan's first term, where a goal with a blank Start begins: a reference to its Settings cell. */
  readonly planStart: string;
  readonly words: StatusWords;
}

/**
 * The first goal row's formulas, each spilling down every goal row however many there are:
 * - progress (MEMBER_PROGRESS) and each goal's period as dates (GOAL_DATES): custom functions, which depend on
 *   their arguments only;
 * - the value expected today and the status: native formulas, because they depend on today and a custom function
 *   would never recalculate for that (Sheets refuses TODAY() as its argument, even through a cell).
 * The native ones follow goalPace (src/core/targets/goal-pace.ts) step by step.
 */
export function goalFormulas(
  place: GoalsPlace,
  refs: GoalsRefs,
): { progress: string; startDate: string; expected: string; status: string } {
  const r = (id: GoalColumnId) => openColumn(place, id);
  const [base, target, actual, start, end, expected] = [
    `IF(${r("baseline")}="",0,${r("baseline")})`,
    r("target"),
    r("actual"),
    r("startDate"),
    r("deadlineDate"),
    r("expected"),
  ];
  const today = refs.today;
  const direction = `IF(${target}<${base},-1,1)`;
  const share = `(${today}-${start})/(${end}-${start})`;
  const clamped = `IF(${end}<=${start},1,IF(${share}>1,1,IF(${share}<0,0,${share})))`;
  const q = (word: string) => `"${word.replace(/"/g, '""')}"`;
  const w = refs.words;
  return {
    progress: formulaOf("MEMBER_PROGRESS", r("baseline"), r("actual"), r("target")),
    startDate: formulaOf("GOAL_DATES", r("start"), r("deadline"), refs.planStart),
    expected:
      `=ARRAYFORMULA(IF((${target}="")+(${start}="")+(${end}="")>0,"",` +
      `IF(${today}<${start},"",${base}+(${target}-${base})*${clamped})))`,
    status:
      `=ARRAYFORMULA(IF(${target}="","",IF(${actual}="",${q(w.notStarted)},` +
      `IF((${actual}-${target})*${direction}>=0,${q(w.done)},` +
      `IF((${start}="")+(${end}="")>0,"",IF(${today}<${start},${q(w.notStarted)},` +
      `IF(${today}>${end},${q(w.behind)},` +
      `IF(${direction}*(${expected}-${actual})>${PACE_TOLERANCE}*ABS(${target}-${base}),${q(w.behind)},${q(w.onTrack)}))))))))`,
  };
}

/** Where the Activities tab is for a count: its name quoted for formulas, and its Term and Vad columns. */
export interface ActivitiesRef {
  readonly sheet: string;
  readonly term: number;
  readonly what: number;
}

/** The Actual formula of an "activities" goal: counts activities whose Vad contains the goal's text. */
export function activityCountFormula(
  place: GoalsPlace,
  row: number,
  activities: ActivitiesRef,
  deadlineIsTerm: boolean,
): string {
  // Open-ended ranges ($A$2:$A) reach every activity row, however many the tab grows to.
  const column = (at: number) => {
    const letter = columnLetter(at);
    return `${activities.sheet}!$${letter}$2:$${letter}`;
  };
  const args = [
    column(activities.term),
    column(activities.what),
    cellA1(row, place.columns.countsActivities),
  ];
  if (deadlineIsTerm) args.push(cellA1(row, place.columns.deadline));
  return formulaOf("ACTIVITY_COUNT", ...args);
}

/** Where the Election results tab is for seat goals: its name quoted for formulas, its columns, its first data row. */
export interface ResultsRef {
  readonly sheet: string;
  readonly firstDataRow: number;
  readonly goal: number;
  readonly votes: number;
  readonly ours: number;
  readonly seats: number;
  readonly threshold: number;
}

/**
 * The seat goals' Votes needed formula in the first goal row: SEAT_GOAL_NEEDS over every goal row and every result
 * row (open-ended ranges, so rows added later count), spilling votes and share into the two columns.
 */
export function seatGoalFormula(place: GoalsPlace, results: ResultsRef): string {
  const column = (at: number) => {
    const letter = columnLetter(at);
    return `${results.sheet}!$${letter}$${results.firstDataRow}:$${letter}`;
  };
  return formulaOf(
    "SEAT_GOAL_NEEDS",
    openColumn(place, "goal"),
    openColumn(place, "kind"),
    openColumn(place, "target"),
    column(results.goal),
    column(results.votes),
    column(results.ours),
    column(results.seats),
    column(results.threshold),
  );
}

/**
 * True for a formula the add-on writes on the Goals tab (so set-up may rewrite it with a new extent or in another
 * language): its custom functions, or a native ARRAYFORMULA over the plan's today.
 */
export function isOurGoalFormula(formula: unknown, todayName = "PlanToday"): boolean {
  const name = customFunctionOf(formula);
  if (
    name === "MEMBER_PROGRESS" ||
    name === "GOAL_PACE" ||
    name === "GOAL_DATES" ||
    name === "ACTIVITY_COUNT" ||
    name === "SEAT_GOAL_NEEDS"
  )
    return true;
  return (
    typeof formula === "string" && formula.startsWith("=ARRAYFORMULA(IF(") && formula.includes(todayName)
  );
}
