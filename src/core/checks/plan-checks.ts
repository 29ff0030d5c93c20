// "Validate plan": pure checks over the plan's records, each problem localized and linked to its cell.

import { dayNumber } from "../calendar/dates";
import { formatTerm, parseTerm, type Term, termIndex } from "../calendar/terms";
import { readNumber, readPercent, showValue } from "../cells/cell-values";
import type { ProblemItem } from "../dashboard/sidebar-contract";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { activityKey } from "../import/activity-table";
import type { ColumnId } from "../layout/columns";
import { type TabId, type TabSpec, tabName } from "../layout/tabs";
import type { ActivitiesGrid, Activity } from "../records/activity-record";
import type { Goal, GoalColumn, GoalsGrid } from "../records/goal-record";
import type { MembershipGrid, MembershipRow } from "../records/membership-record";
import { isFilledCell, PLAN_TAB_IDS, type PlanRecords } from "../records/plan-records";
import type { Settings, SettingsGrid } from "../records/settings-record";
import type { TabGrid } from "../records/tab-grid";
import { deadlineDate, startDate } from "../targets/goal-pace";
import { cleanFloat, GROWTH_WARNING, MAX_GROWTH, MIN_GROWTH } from "../targets/targets";
import { MAX_TIMELINE_TERMS } from "../timeline/width";
import { describeWhenProblem, isUndated } from "../when/when";

type Severity = ProblemItem["severity"];
type Vars = Record<string, string | number>;

/** How a growth fraction fares: outside −100 %…1000 % is an error, beyond ±100 % a warning, else fine. */
export function growthSeverity(growth: number): Severity | null {
  if (!Number.isFinite(growth) || growth < MIN_GROWTH || growth > MAX_GROWTH) return "error";
  return Math.abs(growth) > GROWTH_WARNING ? "warning" : null;
}

/** A fraction as the percentage a volunteer typed: 1.5 → "150 %", −0.05 → "−5 %" (decimal comma in Swedish). */
export function percentText(fraction: number, language: Language): string {
  if (!Number.isFinite(fraction)) return language === "sv" ? "ett tal utan gräns" : "a number without bound";
  const text = `${cleanFloat(fraction * 100)}`.replace("-", "−");
  return `${language === "sv" ? text.replace(".", ",") : text} %`;
}

/** The localized sentence about a growth value, or null when it is fine. */
export function growthProblem(
  growth: number,
  language: Language,
): { severity: Severity; message: string } | null {
  const severity = growthSeverity(growth);
  if (!severity) return null;
  const key: MessageKey = severity === "error" ? "checkGrowthOutOfRange" : "checkGrowthLarge";
  return { severity, message: t(language, key, { value: percentText(growth, language) }) };
}

/** Collects problems for one run of the checks. */
class Problems {
  readonly items: ProblemItem[] = [];
  constructor(readonly language: Language) {}

  /** A problem at a cell: "Aktiviteter, rad 5: …", linked to the column found by its header (else column A). */
  at<T extends TabSpec>(
    grid: TabGrid<T>,
    row: number,
    column: ColumnId<T>,
    severity: Severity,
    key: MessageKey,
    vars: Vars = {},
  ): void {
    this.atText(grid, row, column, severity, t(this.language, key, vars));
  }

  atText<T extends TabSpec>(
    grid: TabGrid<T>,
    row: number,
    column: ColumnId<T>,
    severity: Severity,
    message: string,
  ): void {
    this.items.push({
      message: t(this.language, "checkAt", { tab: grid.name, row, message }),
      severity,
      link: { tab: grid.spec.id, row, column: grid.columns.column[column] ?? 1 },
    });
  }

  general(severity: Severity, key: MessageKey, vars: Vars = {}): void {
    this.items.push({ message: t(this.language, key, vars), severity, link: null });
  }
}

interface Period {
  readonly first: Term;
  readonly last: Term;
}

function checkSettings(grid: SettingsGrid, settings: Settings, problems: Problems): Period | null {
  const { firstTerm, lastTerm } = settings;
  if (firstTerm && lastTerm) {
    // A typo such as "HT 2205": the timeline would refuse it, so Validate says it first.
    const terms = termIndex(lastTerm) - termIndex(firstTerm) + 1;
    const row = settings.rows.get("lastTerm");
    if (terms > MAX_TIMELINE_TERMS && row !== undefined) {
      const vars = { first: formatTerm(firstTerm), last: formatTerm(lastTerm), years: Math.ceil(terms / 2) };
      problems.at(grid, row, "value", "warning", "checkPeriodTooLong", {
        ...vars,
        max: MAX_TIMELINE_TERMS / 2,
      });
    }
    return { first: firstTerm, last: lastTerm };
  }
  const row = settings.rows.get("firstTerm");
  const vars = { tab: grid.name };
  if (row !== undefined) problems.at(grid, row, "value", "warning", "checkNoPlanPeriod", vars);
  else problems.general("warning", "checkNoPlanPeriod", vars);
  return null;
}

function checkActivity(a: Activity, grid: ActivitiesGrid, period: Period | null, problems: Problems): void {
  const lang = problems.language;
  if (a.what === "") problems.at(grid, a.row, "what", "error", "checkNoWhat");
  const typedTerm = parseTerm(a.termText);
  const badTerm = a.termText !== "" && !typedTerm;
  if (badTerm) {
    problems.at(grid, a.row, "term", "error", "checkNotTerm", { value: a.termText });
  } else if (typedTerm && period) {
    const index = termIndex(typedTerm);
    if (index < termIndex(period.first) || index > termIndex(period.last)) {
      problems.at(grid, a.row, "term", "warning", "checkTermOutsidePlan", {
        term: formatTerm(typedTerm),
        first: formatTerm(period.first),
        last: formatTerm(period.last),
      });
    }
  }
  if (isUndated(a.parsed)) {
    // An activity without a time (a blank När) is allowed: it is listed as undated, never late or coming.
  } else if (!a.parsed.ok) {
    // A yearless När under a Term that is no term is explained by the Term problem above.
    // Typed Start and End dates still place the activity; then an unreadable När is only a warning.
    const severity: Severity = a.start && a.end ? "warning" : "error";
    if (!(badTerm && a.parsed.problem === "noYear")) {
      problems.atText(grid, a.row, "when", severity, describeWhenProblem(a.parsed.problem, lang, a.when));
    }
  } else {
    for (const code of a.parsed.warnings) {
      problems.atText(grid, a.row, "when", "warning", describeWhenProblem(code, lang, a.when));
    }
  }
  if (a.start && a.end && dayNumber(a.end) < dayNumber(a.start)) {
    problems.at(grid, a.row, "end", "error", "checkEndBeforeStart", { start: a.start, end: a.end });
  }
}

function checkActivities(
  grid: ActivitiesGrid,
  activities: readonly Activity[],
  period: Period | null,
  problems: Problems,
): void {
  const firstRow = new Map<string, number>();
  for (const a of activities) {
    checkActivity(a, grid, period, problems);
    if (a.what === "") continue;
    const key = activityKey(a.term, a.what, a.when);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, a.row);
    else
      problems.at(grid, a.row, "what", "warning", "checkDuplicate", {
        what: a.what,
        when: a.when,
        row: first,
      });
  }
}

function header<T extends TabSpec>(grid: TabGrid<T>, id: ColumnId<T>, language: Language): string {
  const column = grid.spec.columns.find((c) => c.id === id);
  return column ? t(language, column.header) : id;
}

function checkMembership(grid: MembershipGrid, rows: readonly MembershipRow[], problems: Problems): void {
  const lang = problems.language;
  for (const row of rows) {
    if (row.total) continue;
    for (const id of ["baseline", "current"] as const) {
      const value = row.cells[id];
      if (!isFilledCell(value)) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        problems.at(grid, row.row, id, "error", "checkCountNotWhole", {
          column: header(grid, id, lang),
          value: showValue(value),
        });
      }
    }
    const growthCell = row.cells.growth;
    if (!isFilledCell(growthCell)) continue;
    let growth: number | null = null;
    try {
      const read = readPercent(growthCell, header(grid, "growth", lang));
      growth = read.kind === "number" ? read.value : null;
    } catch {
      problems.at(grid, row.row, "growth", "error", "checkGrowthNotPercent", {
        column: header(grid, "growth", lang),
        value: showValue(growthCell),
      });
    }
    const found = growth === null ? null : growthProblem(growth, lang);
    if (found) problems.atText(grid, row.row, "growth", found.severity, found.message);
  }
}

function checkGoal(grid: GoalsGrid, goal: Goal, problems: Problems): void {
  const lang = problems.language;
  const cell = (id: GoalColumn) => goal.cells[id];
  const at = (column: GoalColumn, error: unknown) => {
    if (!(error instanceof PlanError)) throw error;
    problems.atText(grid, goal.row, column, "error", error.describe(lang));
  };
  for (const id of ["baseline", "target", "compareWith"] as const) {
    try {
      readNumber(cell(id), header(grid, id, lang));
    } catch (error) {
      at(id, error);
    }
  }
  let start: string | null = null;
  let deadline: string | null = null;
  try {
    start = startDate(cell("start"), header(grid, "start", lang));
  } catch (error) {
    at("start", error);
  }
  try {
    deadline = deadlineDate(cell("deadline"), header(grid, "deadline", lang));
  } catch (error) {
    at("deadline", error);
  }
  if (isFilledCell(cell("target")) && !isFilledCell(cell("deadline"))) {
    problems.at(grid, goal.row, "deadline", "warning", "checkGoalNoDeadline", { goal: goal.name });
  }
  if (start && deadline && dayNumber(start) > dayNumber(deadline)) {
    problems.at(grid, goal.row, "start", "error", "errorPaceDatesReversed", { start, deadline });
  }
  if (goal.kind === "kindActivities" && goal.countsActivities === "") {
    problems.at(grid, goal.row, "countsActivities", "warning", "checkGoalNoPattern", {
      goal: goal.name,
      column: header(grid, "countsActivities", lang),
    });
  }
}

/** The values Sheets shows for a formula that failed. */
const ERROR_VALUE = /^#(?:REF!|N\/A|ERROR!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!)$/;

/**
 * Cells that display an error (a blocked spill's #REF!, a #NAME? …): the sheet shows them, so the check says so,
 * one problem per column of a tab, at its first such cell, with how many there are.
 */
function checkErrorCells(grid: Pick<TabGrid, "name" | "values" | "spec">, problems: Problems): void {
  const byColumn = new Map<number, { row: number; error: string; count: number }>();
  grid.values.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (typeof value !== "string" || !ERROR_VALUE.test(value)) return;
      const seen = byColumn.get(c);
      if (seen) seen.count++;
      else byColumn.set(c, { row: r + 1, error: value, count: 1 });
    });
  });
  for (const [c, { row, error, count }] of byColumn) {
    problems.items.push({
      message: t(problems.language, "checkAt", {
        tab: grid.name,
        row,
        message: t(problems.language, "checkCellError", { error, count }),
      }),
      severity: "error",
      link: { tab: grid.spec.id, row, column: c + 1 },
    });
  }
}

/**
 * Every problem in the plan, tab by tab: missing tabs; the plan period; activities (no Vad, a Term that
 * is no term or outside the period, an unreadable När, End before Start, duplicates); membership counts
 * and growth; goals (unreadable numbers and dates, a target without a deadline, an "activities" goal
 * that does not say what to count); and any cell that displays an error. Errors and warnings keep the order they
 * were found in.
 */
export function checkPlan(plan: PlanRecords, language: Language): ProblemItem[] {
  const problems = new Problems(language);
  for (const id of PLAN_TAB_IDS) {
    if (!plan[id]) problems.general("error", "checkMissingTab", { tab: tabName(id as TabId, language) });
  }
  const period = plan.settings ? checkSettings(plan.settings.grid, plan.settings.settings, problems) : null;
  if (plan.activities) checkActivities(plan.activities.grid, plan.activities.records, period, problems);
  if (plan.membership) checkMembership(plan.membership.grid, plan.membership.records, problems);
  if (plan.goals) for (const goal of plan.goals.records) checkGoal(plan.goals.grid, goal, problems);
  for (const tab of [plan.goals, plan.activities, plan.membership, plan.settings]) {
    if (tab) checkErrorCells(tab.grid, problems);
  }
  return problems.items;
}
