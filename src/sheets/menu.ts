// Adds the add-on's menu to the Sheets UI, its items in the user's language: top level when bound, under Extensions when installed.
import type { Language } from "../core/i18n/language";
import { type MessageKey, t } from "../core/i18n/messages";

export interface MenuItem {
  readonly label: MessageKey;
  readonly functionName: string;
}

/** How the script runs: bound to one Sheet by clasp, or published as an editor add-on for a whole organisation. */
export type Deployment = "bound" | "addOn";

/**
 * One menu, one call per item (Sheets has no batch form for menus). A bound script may add a top-level menu; an
 * editor add-on must use createAddonMenu, which Sheets shows under Extensions › the add-on's name.
 */
export function installMenu(language: Language, items: readonly MenuItem[], deployment: Deployment): void {
  const ui = SpreadsheetApp.getUi();
  const menu = deployment === "addOn" ? ui.createAddonMenu() : ui.createMenu(t(language, "menuTitle"));
  for (const item of items) menu.addItem(t(language, item.label), item.functionName);
  menu.addToUi();
}
