// The Settings tab's key rows: which settings it lists, in which order, with which label and help text.
import { labelKeyOf } from "../i18n/labels";
import type { MessageKey } from "../i18n/messages";

export type SettingId = "organisation" | "firstTerm" | "lastTerm" | "today" | "effectiveToday" | "elections";

export interface SettingRowSpec {
  readonly id: SettingId;
  readonly label: MessageKey;
  readonly help: MessageKey;
}

/** The key rows, in the order a new Settings tab lists them; election rows follow the "elections" row. */
export const SETTING_ROWS: readonly SettingRowSpec[] = [
  { id: "organisation", label: "settingOrganisation", help: "settingOrganisationHelp" },
  { id: "firstTerm", label: "settingFirstTerm", help: "settingFirstTermHelp" },
  { id: "lastTerm", label: "settingLastTerm", help: "settingLastTermHelp" },
  { id: "today", label: "settingToday", help: "settingTodayHelp" },
  { id: "effectiveToday", label: "settingEffectiveToday", help: "settingEffectiveTodayHelp" },
  { id: "elections", label: "settingElections", help: "settingElectionsHelp" },
];

/** Which setting a label cell names, in either language. */
export function settingOfLabel(label: unknown): SettingId | null {
  const key = labelKeyOf(
    label,
    SETTING_ROWS.map((row) => row.label),
  );
  return SETTING_ROWS.find((row) => row.label === key)?.id ?? null;
}
