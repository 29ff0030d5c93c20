// The Settings tab as data: the plan period, today, the organisation and election days, each with its row.
import type { IsoDate } from "../calendar/dates";
import { electionDays } from "../calendar/elections";
import { parseTerm, type Term, termIndex } from "../calendar/terms";
import { cellString } from "../cells/cell-text";
import { dateOf } from "../cells/cell-values";
import { languageOfLabels } from "../i18n/labels";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { SETTING_ROWS, type SettingId, settingOfLabel } from "../layout/settings-layout";
import type { SETTINGS_TAB } from "../layout/tabs";
import type { TermRange } from "../when/when";
import { bodyRows, cellAt, type TabGrid } from "./tab-grid";

export type SettingsGrid = TabGrid<typeof SETTINGS_TAB>;

export interface Election {
  readonly label: string;
  readonly date: IsoDate;
  /** 1-based row on the Settings tab; absent for a day the calendar gives, not the tab. */
  readonly row?: number;
}

export interface Settings {
  readonly organisation: string;
  readonly firstTerm: Term | null;
  readonly lastTerm: Term | null;
  /** The typed "today", or null for the real date. */
  readonly today: IsoDate | null;
  readonly elections: readonly Election[];
  /** The 1-based row of each key row found on the tab. */
  readonly rows: ReadonlyMap<SettingId, number>;
  /** The language the tab's labels are written in; null when no label tells. */
  readonly language: Language | null;
}

export const NO_SETTINGS: Settings = {
  organisation: "",
  firstTerm: null,
  lastTerm: null,
  today: null,
  elections: [],
  rows: new Map(),
  language: null,
};

/** Reads the Settings tab. Unknown rows are ignored; election rows follow the "elections" row. */
export function readSettings(grid: SettingsGrid): Settings {
  let organisation = "";
  let firstTerm: Term | null = null;
  let lastTerm: Term | null = null;
  let today: IsoDate | null = null;
  const elections: Election[] = [];
  const rows = new Map<SettingId, number>();
  const labels: unknown[] = [];
  let inElections = false;
  for (const row of bodyRows(grid)) {
    const label = cellAt(grid, row, "setting");
    const value = cellAt(grid, row, "value");
    labels.push(label);
    const id = settingOfLabel(label);
    if (id && !rows.has(id)) rows.set(id, row);
    if (id) inElections = id === "elections";
    if (id === "organisation") organisation = cellString(value);
    else if (id === "firstTerm") firstTerm = typeof value === "string" ? parseTerm(value) : null;
    else if (id === "lastTerm") lastTerm = typeof value === "string" ? parseTerm(value) : null;
    else if (id === "today") today = dateOf(value);
    else if (!id && inElections) {
      const date = dateOf(value);
      if (date) elections.push({ label: cellString(label), date, row });
    }
  }
  const language = languageOfLabels(
    labels,
    SETTING_ROWS.map((r) => r.label),
  );
  return { organisation, firstTerm, lastTerm, today, elections, rows, language };
}

/** The plan period the Settings tab gives: both terms readable and in order; else null. */
export function settingsPeriod(settings: Settings): TermRange | null {
  const { firstTerm, lastTerm } = settings;
  return firstTerm && lastTerm && termIndex(firstTerm) <= termIndex(lastTerm)
    ? { first: firstTerm, last: lastTerm }
    : null;
}

/** Default election rows for a new Settings tab: the Swedish calendar around the given years. */
export function defaultElectionRows(
  language: Language,
  fromYear: number,
  toYear: number,
): [string, IsoDate][] {
  return electionDays(fromYear, toYear).map((e) => [`${t(language, e.label)} ${e.year}`, e.date]);
}
