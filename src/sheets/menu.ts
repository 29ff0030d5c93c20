// Adds the add-on's menu to the Sheets UI, its items in the user's language.
import type { Language } from "../core/i18n/language";
import { type MessageKey, t } from "../core/i18n/messages";

export interface MenuItem {
  readonly label: MessageKey;
  readonly functionName: string;
}

/** One menu, one call per item: Sheets has no batch form for menus. */
export function installMenu(language: Language, items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createMenu(t(language, "menuTitle"));
  for (const item of items) menu.addItem(t(language, item.label), item.functionName);
  menu.addToUi();
}
