// The sidebar's UI strings: every key the client lists in SIDEBAR_TEXT_KEYS, in the user's language.

import type { Language } from "./language";
import { MESSAGES, type MessageKey } from "./messages";
import { SIDEBAR_TEXT_KEYS } from "./sidebar-text-keys";

/** Every sidebar key is a message key (a missing message is a type error here). */
const KEYS: readonly MessageKey[] = SIDEBAR_TEXT_KEYS;

/** The texts the sidebar shows, by key, with their {placeholders} left for the client to fill. */
export function sidebarTexts(language: Language): Record<string, string> {
  return Object.fromEntries(KEYS.map((key) => [key, MESSAGES[key][language]]));
}
