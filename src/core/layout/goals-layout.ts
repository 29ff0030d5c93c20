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
  const [base, target, actual, start, end, expected, compare, manual] = [
    `IF(${r("baseline")}="",0,${r("baseline")})`,
    r("target"),
    r("actual"),
    r("startDate"),
    r("deadlineDate"),
    r("expected"),
    r("compareWith"),
    r("manualStatus"),
  ];
  const today = refs.today;
  // A "per termin"/"per år" goal (its list of periods filled) is paced within today's term or year.
  const periods = r("periodCounts");
  const share = (from: string, to: string) => `(${today}-${from})/(${to}-${from})`;
  const [y, spring] = [`YEAR(${today})`, `MONTH(${today})<7`];
  const termShare = share(
    `DATE(${y},IF(${spring},1,7),1)`,
    `DATE(${y},IF(${spring},6,12),IF(${spring},30,31))`,
  );
  const yearShare = share(`DATE(${y},1,1)`, `DATE(${y},12,31)`);
  const direction = `IF(${target}<${base},-1,1)`;
  const whole = share(start, end);
  const clamped = `IF(${end}<=${start},1,IF(${whole}>1,1,IF(${whole}<0,0,${whole})))`;
  const q = (word: string) => `"${word.replace(/"/g, '""')}"`;
  const w = refs.words;
  // A goal without a target: a comparison goal ("higher than last year") is judged on its two numbers, any
  // other shows the status a volunteer picked.
  const withoutTarget =
    `IF(${compare}<>"",IF(${actual}="",${q(w.notStarted)},` +
    `IF(${actual}>${compare},${q(w.done)},${q(w.behind)})),${manual})`;
  return {
    progress: formulaOf("MEMBER_PROGRESS", r("baseline"), r("actual"), r("target")),
    startDate: formulaOf("GOAL_DATES", r("start"), r("deadline"), refs.planStart),
    expected:
      `=ARRAYFORMULA(IF((${target}="")+(${start}="")+(${end}="")>0,"",` +
      `IF(${today}<${start},"",${base}+(${target}-${base})*` +
      `IF(${periods}="",${clamped},IF(${today}>${end},1,IF(LEFT(${periods},1)="2",${yearShare},${termShare}))))))`,
    status:
      `=ARRAYFORMULA(IF(${r("goal")}="","",IF(${target}="",${withoutTarget},IF(${actual}="",${q(w.notStarted)},` +
      `IF((${actual}-${target})*${direction}>=0,${q(w.done)},` +
      `IF((${start}="")+(${end}="")>0,"",IF(${today}<${start},${q(w.notStarted)},` +
      `IF(${today}>${end},${q(w.behind)},` +
      `IF(${direction}*(${expected}-${actual})>${PACE_TOLERANCE}*ABS(${target}-${base}),${q(w.behind)},${q(w.onTrack)})))))))))`,
  };
}

/** Where the Activities tab is for a count: its name quoted for formulas, and its Term, När, Vad and Klar columns. */
export interface ActivitiesRef {
  readonly sheet: string;
  readonly term: number;
  readonly when: number;
  readonly what: number;
  readonly done: number;
}

/**
 * The Actual and Planned formulas of an "activities" goal: Actual counts the activities ticked Klar whose Vad
 * contains the goal's text, Planned every one; each occurrence of a recurring activity counts. The goal's deadline
 * is never a term filter: an activity planned for any term counts towards it.
 */
export function activityCountFormulas(
  place: GoalsPlace,
  row: number,
  activities: ActivitiesRef,
): { actual: string; planned: string } {
  // Open-ended ranges ($A$2:$A) reach every activity row, however many the tab grows to.
  const column = (at: number) => {
    const letter = columnLetter(at);
    return `${activities.sheet}!$${letter}$2:$${letter}`;
  };
  const args = [
    column(activities.term),
    column(activities.what),
    cellA1(row, place.columns.countsActivities),
    '""',
    column(activities.when),
    column(activities.done),
  ];
  return {
    actual: formulaOf("ACTIVITY_COUNT", ...args, "TRUE"),
    planned: formulaOf("ACTIVITY_COUNT", ...args, "FALSE"),
  };
}
/** Where the Activities tab is for a count: its name quoted for formulas, and its Term and Vad columns. */
export interface ActivitiesRef {
  readonly sheet: string;
  readonly term: number;
  readonly what: number;
}

/**
 * The formulas of a "per termin"/"per år" activities goal: a hidden list of done/planned for every period of the
 * goal (ACTIVITY_PERIODS, which depends on its arguments only), and native formulas that pick today's period from it
 * for Actual and Planned and show the periods up to today's. Today's period's label is worked out natively
 * ("HT 2026", "2026"), since no custom function may get today; before the goal its first period counts, after it
 * its last.
 */
export function periodFormulas(
  place: GoalsPlace,
  row: number,
  activities: ActivitiesRef,
  unit: "term" | "year",
  today: string,
): { periodCounts: string; actual: string; planned: string; perPeriod: string } {
  const column = (at: number) => {
    const letter = columnLetter(at);
    return `${activities.sheet}!$${letter}$2:$${letter}`;
  };
  const cell = (id: GoalColumnId) => cellA1(row, place.columns[id]);
  const list = cell("periodCounts");
  // Today, or the goal's first or last day when today is before or after it: its first or last period is judged.
  const day = `MIN(MAX(${today},${cell("startDate")}),${cell("deadlineDate")})`;
  const label = unit === "term" ? `IF(MONTH(${day})<7,"VT ","HT ")&YEAR(${day})` : `YEAR(${day})&""`;
  const key = `${label}&": "`;
  const from = `FIND(${key},${list})+LEN(${key})`;
  const slash = `FIND("/",${list},${from})`;
  return {
    periodCounts: formulaOf(
      "ACTIVITY_PERIODS",
      column(activities.term),
      column(activities.what),
      cell("countsActivities"),
      column(activities.when),
      column(activities.done),
      unit === "term" ? '"termin"' : '"år"',
      cell("startDate"),
      cell("deadlineDate"),
    ),
    actual: `=IFERROR(VALUE(MID(${list},${from},${slash}-(${from}))),"")`,
    planned: `=IFERROR(VALUE(MID(${list},${slash}+1,FIND(" ",${list},${slash})-${slash}-1)),"")`,
    perPeriod: `=IFERROR(LEFT(${list},FIND(" · ",${list},FIND(${key},${list}))-1),"")`,
  };
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
    name === "SEAT_GOAL_NEEDS" ||
    name === "ACTIVITY_PERIODS"
  )
    return true;
  return (
    typeof formula === "string" &&
    (formula.startsWith("=ARRAYFORMULA(IF(") || formula.startsWith("=IFERROR(")) &&
    formula.includes(todayName)
  );
}
