// Simple triggers: onOpen builds the menu, onInstall does the same for a fresh install.

import { describeError } from "../core/i18n/errors";
import { activeLanguage, userLanguage } from "../sheets/locale";
import { installMenu, type MenuItem } from "../sheets/menu";
import { handleEdit } from "../sheets/on-edit";
import { logUnexpected } from "./command";
import { entry } from "./entry-point";
import { MENU_ENTRIES } from "./menu-entries";

const MENU_ITEMS: readonly MenuItem[] = MENU_ENTRIES.flatMap((point) =>
  point.menuLabel ? [{ label: point.menuLabel, functionName: point.name }] : [],
);

/** The menu, in the spreadsheet's language; in AuthMode.NONE only the user's locale is readable. */
function openMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const noAccess = String(e?.authMode) === "NONE";
  installMenu(noAccess ? userLanguage() : activeLanguage(), MENU_ITEMS);
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
    summary: "Simple trigger: keeps Start and End following När, and goal counts following their goals.",
    params: [{ name: "e", type: "Object", description: "The edit event." }],
    run: (e: GoogleAppsScript.Events.SheetsOnEdit) => {
      try {
        handleEdit(e);
      } catch (error) {
        // A trigger has no dialog to show; a toast tells the editor instead of failing silently.
        logUnexpected(error);
        e.source.toast(describeError(error, activeLanguage(e.source)));
      }
    },
  }),
];
