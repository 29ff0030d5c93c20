// Menu commands for the plan as a whole: Validate plan, Open sidebar and Insert example plan.
import { t } from "../core/i18n/messages";
import { insertExamplePlan } from "../sheets/example";
import { planProblems } from "../sheets/plan-problems";
import { openSidebar, requestSidebarView } from "../sheets/sidebar";
import { effectiveToday } from "../sheets/today";
import { runCommand } from "./command";
import { entry } from "./entry-point";

function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export const PLAN_MENU_ENTRIES = [
  entry({
    name: "validatePlan",
    kind: "menu",
    menuLabel: "menuValidatePlan",
    summary: "Checks the plan, shows how many problems it found, and opens the sidebar on its Problems view.",
    params: [],
    run: () =>
      runCommand(({ ss, language }) => {
        const problems = planProblems(ss, language);
        const errors = problems.filter((p) => p.severity === "error").length;
        const summary =
          problems.length === 0
            ? t(language, "validateNone")
            : t(language, "validateSummary", { errors, warnings: problems.length - errors });
        alert(t(language, "validateTitle"), summary);
        if (problems.length > 0) {
          requestSidebarView("problems");
          openSidebar(language);
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
    run: () => runCommand(({ language }) => openSidebar(language)),
  }),
  entry({
    name: "insertExamplePlan",
    kind: "menu",
    menuLabel: "menuInsertExample",
    summary: "Fills an empty plan with a Swedish example (VT 2025–HT 2026); never writes over typed data.",
    params: [],
    run: () =>
      runCommand(({ ss, language }) => {
        const outcome = insertExamplePlan(ss, language, effectiveToday(ss));
        alert(t(language, "exampleTitle"), outcome.message);
        return outcome;
      }),
  }),
];
