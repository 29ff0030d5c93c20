// Simple triggers: onOpen and onInstall build the menu; onEdit keeps the plan following what people type.
import { describeError } from "../core/i18n/errors";
import { openPlan, spreadsheetLanguage, userLanguage } from "../sheets/document/plan-context";
import { installMenu, type MenuItem } from "../sheets/menu";
import { handleEdit } from "../sheets/on-edit";
import { logUnexpected } from "./command";
import { deploymentFor } from "./deployment";
import { entry } from "./entry-point";
import { MENU_ENTRIES } from "./menu-entries";

const MENU_ITEMS: readonly MenuItem[] = MENU_ENTRIES.flatMap((point) =>
  point.menuLabel ? [{ label: point.menuLabel, functionName: point.name }] : [],
);

/**
 * The menu, in the spreadsheet's language; in AuthMode.NONE (an add-on installed but not yet used in this file) only
 * the user's locale is readable, and building the menu is all it may do.
 */
function openMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const authMode = e?.authMode === undefined ? undefined : String(e.authMode);
  const language =
    authMode === "NONE" ? userLanguage() : spreadsheetLanguage(SpreadsheetApp.getActiveSpreadsheet());
  installMenu(language, MENU_ITEMS, deploymentFor(authMode));
}

export const TRIGGER_ENTRIES = [
  entry({
    name: "onOpen",
    kind: "trigger",
    summary: "Simple trigger: adds the plan menu when the spreadsheet opens.",
    params: [{ name: "e", type: "Object", description: "The open event." }],
    run: (e?: GoogleAppsScript.Events.SheetsOnOpen) => openMenu(e),
  }),
  entry({
    name: "onInstall",
    kind: "trigger",
    summary: "Runs when the add-on is installed: adds the menu at once.",
    params: [{ name: "e", type: "Object", description: "The install event." }],
    run: (e?: GoogleAppsScript.Events.AddonOnInstall) => openMenu(e as GoogleAppsScript.Events.SheetsOnOpen),
  }),
  entry({
    name: "onEdit",
    kind: "trigger",
    summary:
      "Simple trigger: keeps Start and End following När, goal counts following their goals, and the total in place.",
    params: [{ name: "e", type: "Object", description: "The edit event." }],
    run: (e?: GoogleAppsScript.Events.SheetsOnEdit) => {
      // Run from the script editor there is no event: nothing was edited, so there is nothing to follow.
      if (!e?.range || !e.source) return;
      const ctx = openPlan(e.source);
      try {
        handleEdit(ctx, e);
      } catch (error) {
        // A trigger has no dialog to show; a toast tells the editor instead of failing silently.
        logUnexpected(error);
        e.source.toast(describeError(error, ctx.language));
      }
    },
  }),
];
