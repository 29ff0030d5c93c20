// "Validate plan": pure checks over the plan tabs' values, each problem localized and linked to its cell.

import { dayNumber } from "../calendar/dates";
import { formatTerm, parseTerm, type Term, termIndex } from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import { readNumber, readPercent, showValue } from "../cells/cell-values";
import type { ProblemItem } from "../dashboard/sidebar-contract";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { activityKey } from "../import/activity-table";
import { type ActivityRow, readActivities } from "../plan/activity-row";
import { GOAL_COLUMNS, isActivitiesKind } from "../plan/goals-layout";
import { isTotalLabel } from "../plan/membership-layout";
import { isFilledCell, PLAN_TAB_IDS, type PlanValues, type TabValues } from "../plan/plan-values";
import { parseSettings, settingOfLabel } from "../plan/settings";
import { ACTIVITIES_TAB, columnNumber, GOALS_TAB, MEMBERSHIP_TAB, tabName } from "../plan/tabs";
import { deadlineDate, startDate } from "../targets/goal-pace";
import { cleanFloat, GROWTH_WARNING, MAX_GROWTH, MIN_GROWTH } from "../targets/targets";
import { describeWhenProblem } from "../when/when";

type Severity = ProblemItem["severity"];
type Vars = Record<string, string | number>;

/** How a growth fraction fares: outside −100 %…1000 % is an error, beyond ±100 % a warning, else fine. */
export function growthSeverity(growth: number): Severity | null {
  if (!Number.isFinite(growth) || growth < MIN_GROWTH || growth > MAX_GROWTH) return "error";
  return Math.abs(growth) > GROWTH_WARNING ? "warning" : null;
}

/** A fraction as the percentage a volunteer typed: 1.5 → "150 %", −0.05 → "−5 %" (decimal comma in Swedish). */
export function percentText(fraction: number, language: Language): string {
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

  /** A problem at a cell: "Aktiviteter, rad 5: …". */
  at(
    tab: TabValues,
    row: number,
    column: number,
    severity: Severity,
    key: MessageKey,
    vars: Vars = {},
  ): void {
    this.atText(tab, row, column, severity, t(this.language, key, vars));
  }

  atText(tab: TabValues, row: number, column: number, severity: Severity, message: string): void {
    this.items.push({
      message: t(this.language, "checkAt", { tab: tab.name, row, message }),
      severity,
      link: { sheetName: tab.name, row, column },
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

function checkSettings(tab: TabValues, problems: Problems): Period | null {
  const settings = parseSettings(tab.values);
  if (settings.firstTerm && settings.lastTerm) return { first: settings.firstTerm, last: settings.lastTerm };
  const row = tab.values.findIndex((r) => settingOfLabel(r[0]) === "firstTerm");
  const vars = { tab: tab.name };
  if (row > 0) problems.at(tab, row + 1, 2, "warning", "checkNoPlanPeriod", vars);
  else problems.general("warning", "checkNoPlanPeriod", vars);
  return null;
}

const A = (id: string) => columnNumber(ACTIVITIES_TAB, id);

function checkActivity(a: ActivityRow, tab: TabValues, period: Period | null, problems: Problems): void {
  const lang = problems.language;
  if (a.what === "") problems.at(tab, a.row, A("what"), "error", "checkNoWhat");
  const typedTerm = parseTerm(a.termText);
  const badTerm = a.termText !== "" && !typedTerm;
  if (badTerm) {
    problems.at(tab, a.row, A("term"), "error", "checkNotTerm", { value: a.termText });
  } else if (typedTerm && period) {
    const index = termIndex(typedTerm);
    if (index < termIndex(period.first) || index > termIndex(period.last)) {
      problems.at(tab, a.row, A("term"), "warning", "checkTermOutsidePlan", {
        term: formatTerm(typedTerm),
        first: formatTerm(period.first),
        last: formatTerm(period.last),
      });
    }
  }
  if (!a.parsed.ok) {
    // A yearless När under a Term that is no term is explained by the Term problem above.
    // Typed Start and End dates still place the activity; then an unreadable När is only a warning.
    const severity: Severity = a.start && a.end ? "warning" : "error";
    if (!(badTerm && a.parsed.problem === "noYear")) {
      problems.atText(tab, a.row, A("when"), severity, describeWhenProblem(a.parsed.problem, lang, a.when));
    }
  } else {
    for (const code of a.parsed.warnings) {
      problems.atText(tab, a.row, A("when"), "warning", describeWhenProblem(code, lang, a.when));
    }
  }
  if (a.start && a.end && dayNumber(a.end) < dayNumber(a.start)) {
    problems.at(tab, a.row, A("end"), "error", "checkEndBeforeStart", { start: a.start, end: a.end });
  }
}

function checkActivities(tab: TabValues, period: Period | null, problems: Problems): void {
  const firstRow = new Map<string, number>();
  for (const a of readActivities(tab.values)) {
    checkActivity(a, tab, period, problems);
    if (a.what === "") continue;
    const key = activityKey(a.term, a.what, a.when);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, a.row);
    else
      problems.at(tab, a.row, A("what"), "warning", "checkDuplicate", {
        what: a.what,
        when: a.when,
        row: first,
      });
  }
}

const M = (id: string) => columnNumber(MEMBERSHIP_TAB, id);

function checkMembership(tab: TabValues, problems: Problems): void {
  const header = (id: string) => t(problems.language, MEMBERSHIP_TAB.columns[M(id) - 1].header);
  tab.values.forEach((row, i) => {
    if (i === 0 || isTotalLabel(row[M("constituency") - 1])) return;
    for (const id of ["baseline", "current"]) {
      const value = row[M(id) - 1];
      if (!isFilledCell(value)) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        problems.at(tab, i + 1, M(id), "error", "checkCountNotWhole", {
          column: header(id),
          value: showValue(value),
        });
      }
    }
    const growthCell = row[M("growth") - 1];
    if (!isFilledCell(growthCell)) return;
    let growth: number | null = null;
    try {
      const read = readPercent(growthCell, header("growth"));
      growth = read.kind === "number" ? read.value : null;
    } catch {
      problems.at(tab, i + 1, M("growth"), "error", "checkGrowthNotPercent", {
        column: header("growth"),
        value: showValue(growthCell),
      });
    }
    const found = growth === null ? null : growthProblem(growth, problems.language);
    if (found) problems.atText(tab, i + 1, M("growth"), found.severity, found.message);
  });
}

function checkGoals(tab: TabValues, problems: Problems): void {
  const header = (column: number) => t(problems.language, GOALS_TAB.columns[column - 1].header);
  tab.values.forEach((row, i) => {
    const cell = (id: keyof typeof GOAL_COLUMNS) => row[GOAL_COLUMNS[id] - 1];
    const goal = cellString(cell("goal"));
    if (i === 0 || goal === "") return;
    const at = (column: number, error: unknown) => {
      if (!(error instanceof PlanError)) throw error;
      problems.atText(tab, i + 1, column, "error", error.describe(problems.language));
    };
    for (const id of ["baseline", "target"] as const) {
      try {
        readNumber(cell(id), header(GOAL_COLUMNS[id]));
      } catch (error) {
        at(GOAL_COLUMNS[id], error);
      }
    }
    let start: string | null = null;
    let deadline: string | null = null;
    try {
      start = startDate(cell("start"), header(GOAL_COLUMNS.start));
    } catch (error) {
      at(GOAL_COLUMNS.start, error);
    }
    try {
      deadline = deadlineDate(cell("deadline"), header(GOAL_COLUMNS.deadline));
    } catch (error) {
      at(GOAL_COLUMNS.deadline, error);
    }
    if (isFilledCell(cell("target")) && !isFilledCell(cell("deadline"))) {
      problems.at(tab, i + 1, GOAL_COLUMNS.deadline, "warning", "checkGoalNoDeadline", { goal });
    }
    if (start && deadline && dayNumber(start) > dayNumber(deadline)) {
      problems.at(tab, i + 1, GOAL_COLUMNS.start, "error", "errorPaceDatesReversed", { start, deadline });
    }
    if (isActivitiesKind(cell("kind")) && cellString(cell("countsActivities")) === "") {
      problems.at(tab, i + 1, GOAL_COLUMNS.countsActivities, "warning", "checkGoalNoPattern", {
        goal,
        column: header(GOAL_COLUMNS.countsActivities),
      });
    }
  });
}

/**
 * Every problem in the plan, tab by tab: missing tabs; the plan period; activities (no Vad, a Term that
 * is no term or outside the period, an unreadable När, End before Start, duplicates); membership counts
 * and growth; goals (unreadable numbers and dates, a target without a deadline, an "activities" goal
 * that does not say what to count). Errors and warnings keep the order they were found in.
 */
export function checkPlan(plan: PlanValues, language: Language): ProblemItem[] {
  const problems = new Problems(language);
  for (const id of PLAN_TAB_IDS) {
    if (!plan[id]) problems.general("error", "checkMissingTab", { tab: tabName(id, language) });
  }
  const period = plan.settings ? checkSettings(plan.settings, problems) : null;
  if (plan.activities) checkActivities(plan.activities, period, problems);
  if (plan.membership) checkMembership(plan.membership, problems);
  if (plan.goals) checkGoals(plan.goals, problems);
  return problems.items;
}
