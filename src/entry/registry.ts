// The one registry of entry points: the build generates every top-level function Apps Script needs from it.
import { CUSTOM_FUNCTIONS } from "./custom-functions";
import { ELECTION_FUNCTIONS } from "./election-functions";
import type { EntryPoint } from "./entry-point";
import { MENU_ENTRIES } from "./menu-entries";
import { SIDEBAR_ENTRIES } from "./sidebar-api";
import { TRIGGER_ENTRIES } from "./triggers";

export const ENTRY_POINTS: readonly EntryPoint[] = [
  ...TRIGGER_ENTRIES,
  ...MENU_ENTRIES,
  ...SIDEBAR_ENTRIES,
  ...CUSTOM_FUNCTIONS,
  ...ELECTION_FUNCTIONS,
];
