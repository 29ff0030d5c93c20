// The menu's commands: each a global function Apps Script calls by name when the item is clicked.
import { t } from "../core/i18n/messages";
import { setUpPlan } from "../sheets/setup";
import { generateTimeline } from "../sheets/timeline-tab";
import { effectiveToday } from "../sheets/today";
import { runCommand } from "./command";
import { entry } from "./entry-point";
import { PLAN_MENU_ENTRIES } from "./plan-menu-entries";

/** Shows the outcome of a command as one alert: what was done, then anything that needs the user. */
function report(title: string, lines: readonly string[]): void {
  SpreadsheetApp.getUi().alert(title, lines.join("\n"), SpreadsheetApp.getUi().ButtonSet.OK);
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
      runCommand(({ ss, language }) => {
        const log = setUpPlan(ss, language, effectiveToday(ss));
        const lines = [...log.done, ...log.problems];
        report(t(language, "setupTitle"), lines.length > 0 ? lines : [t(language, "setupNothingToRepair")]);
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
      // No toast: Sheets itself reports "Finished script" for a menu command, and the budget is 15 calls.
      runCommand(({ ss }) => generateTimeline(ss)),
  }),
  ...PLAN_MENU_ENTRIES,
];
