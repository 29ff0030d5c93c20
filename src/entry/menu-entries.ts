// The menu's commands: each a global function Apps Script calls by name when the item is clicked.
import { t } from "../core/i18n/messages";
import { syncActivityDates } from "../sheets/activity-dates";
import { planProblems } from "../sheets/plan-problems";
import { insertExamplePlan } from "../sheets/setup/example";
import { setUpPlan } from "../sheets/setup/setup";
import { openSidebar, requestSidebarView } from "../sheets/sidebar";
import { generateTimeline } from "../sheets/timeline-tab";
import { runCommand } from "./command";
import { entry } from "./entry-point";

/** Shows the outcome of a command as one alert: a title and its lines. */
function report(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export const MENU_ENTRIES = [
  entry({
    name: "setUpPlan",
    kind: "menu",
    menuLabel: "menuSetUpPlan",
    summary:
      "Creates or repairs the plan's tabs (Goals, Activities, Membership, Settings) without changing typed data.",
    params: [],
    run: () =>
      runCommand((ctx) => {
        const log = setUpPlan(ctx);
        syncActivityDates(ctx);
        const lines = [...log.done, ...log.problems];
        report(
          t(ctx.language, "setupTitle"),
          (lines.length > 0 ? lines : [t(ctx.language, "setupNothingToRepair")]).join("\n"),
        );
        return { done: log.done, problems: log.problems };
      }),
  }),
  entry({
    name: "generateTermTimeline",
    kind: "menu",
    menuLabel: "menuGenerateTimeline",
    summary: "Generates the Timeline tab: a Gantt of the activities per term that keeps following edits.",
    params: [],
    run: () =>
      // No toast: Sheets itself reports "Finished script" for a menu command.
      runCommand((ctx) => {
        syncActivityDates(ctx);
        return generateTimeline(ctx);
      }),
  }),
  entry({
    name: "validatePlan",
    kind: "menu",
    menuLabel: "menuValidatePlan",
    summary: "Checks the plan, shows how many problems it found, and opens the sidebar on its Problems view.",
    params: [],
    run: () =>
      runCommand((ctx) => {
        const problems = planProblems(ctx);
        const errors = problems.filter((p) => p.severity === "error").length;
        const summary =
          problems.length === 0
            ? t(ctx.language, "validateNone")
            : t(ctx.language, "validateSummary", { errors, warnings: problems.length - errors });
        report(t(ctx.language, "validateTitle"), summary);
        if (problems.length > 0) {
          requestSidebarView("problems");
          openSidebar(ctx.language);
        }
        return problems;
      }),
  }),
  entry({
    name: "showSidebar",
    kind: "menu",
    menuLabel: "menuShowSidebar",
    summary: "Opens the plan's sidebar: overview, problems, add activity and import.",
    params: [],
    run: () => runCommand((ctx) => openSidebar(ctx.language)),
  }),
  entry({
    name: "insertExamplePlan",
    kind: "menu",
    menuLabel: "menuInsertExample",
    summary: "Fills an empty plan with a Swedish example (VT 2025–HT 2026); never writes over typed data.",
    params: [],
    run: () =>
      runCommand((ctx) => {
        const outcome = insertExamplePlan(ctx);
        report(t(ctx.language, "exampleTitle"), outcome.message);
        return outcome;
      }),
  }),
];
