// The Settings tab as data: which rows it has, and reading them back from the tab's values.

import { type IsoDate, isDateValue, parseIsoDate } from "../calendar/dates";
import { electionDays } from "../calendar/elections";
import { parseTerm, type Term } from "../calendar/terms";
import { isoFromDateOrNull } from "../cells/cell-values";
import type { Language } from "../i18n/language";
import { MESSAGES, type MessageKey, t } from "../i18n/messages";

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

export interface Election {
  readonly label: string;
  readonly date: IsoDate;
}

export interface PlanSettings {
  readonly organisation: string;
  readonly firstTerm: Term | null;
  readonly lastTerm: Term | null;
  /** The typed "today", or null for the real date. */
  readonly today: IsoDate | null;
  readonly elections: readonly Election[];
}

const fold = (s: string) => s.trim().toLowerCase();

/** Which setting a label cell names, in either language. */
export function settingOfLabel(label: unknown): SettingId | null {
  if (typeof label !== "string") return null;
  for (const row of SETTING_ROWS) {
    const { sv, en } = MESSAGES[row.label];
    if (fold(label) === fold(sv) || fold(label) === fold(en)) return row.id;
  }
  return null;
}

/** A cell value as a calendar date: Date cells, ISO text, or null. */
export function cellDate(value: unknown): IsoDate | null {
  if (isDateValue(value)) return isoFromDateOrNull(value);
  if (typeof value === "string" && parseIsoDate(value)) return value.trim();
  return null;
}

/** Reads the Settings tab's values (header row included). Unknown rows are ignored; election rows follow "elections". */
export function parseSettings(values: readonly (readonly unknown[])[]): PlanSettings {
  let organisation = "";
  let firstTerm: Term | null = null;
  let lastTerm: Term | null = null;
  let today: IsoDate | null = null;
  const elections: Election[] = [];
  let inElections = false;
  for (const row of values.slice(1)) {
    const [label, value] = [row[0], row[1]];
    const id = settingOfLabel(label);
    if (id) inElections = id === "elections";
    if (id === "organisation") organisation = typeof value === "string" ? value.trim() : String(value ?? "");
    else if (id === "firstTerm") firstTerm = typeof value === "string" ? parseTerm(value) : null;
    else if (id === "lastTerm") lastTerm = typeof value === "string" ? parseTerm(value) : null;
    else if (id === "today") today = cellDate(value);
    else if (!id && inElections) {
      const date = cellDate(value);
      if (date) elections.push({ label: typeof label === "string" ? label : "", date });
    }
  }
  return { organisation, firstTerm, lastTerm, today, elections };
}

/** Default election rows for a new Settings tab: the Swedish calendar around the given years. */
export function defaultElectionRows(
  language: Language,
  fromYear: number,
  toYear: number,
): [string, IsoDate][] {
  return electionDays(fromYear, toYear).map((e) => [`${t(language, e.label)} ${e.year}`, e.date]);
}

/** The language the Settings tab was set up in, told by its labels; null when no label is recognised. */
export function languageOfSettings(values: readonly (readonly unknown[])[]): Language | null {
  for (const row of values) {
    const label = row[0];
    if (typeof label !== "string") continue;
    for (const spec of SETTING_ROWS) {
      const { sv, en } = MESSAGES[spec.label];
      if (fold(label) === fold(sv) && fold(sv) !== fold(en)) return "sv";
      if (fold(label) === fold(en) && fold(sv) !== fold(en)) return "en";
    }
  }
  return null;
}
