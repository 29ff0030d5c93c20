// Sets up and repairs the Settings tab: its key rows, election days and the named "today" cell.

import { dateFromIso } from "../core/calendar/dates";
import { formatTerm, termOf, termsBetween } from "../core/calendar/terms";
import { cellA1 } from "../core/cells/a1";
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";
import {
  defaultElectionRows,
  type PlanSettings,
  parseSettings,
  SETTING_ROWS,
  type SettingId,
  settingOfLabel,
} from "../core/plan/settings";
import { DATE_FORMAT, SETTINGS_TAB } from "../core/plan/tabs";
import type { RepairContext } from "./tab-repair";
import { repairTab } from "./tab-repair";
import { TODAY_RANGE_NAME } from "./today";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The formula of the computed "today" cell, from the typed-today cell's address. */
export function effectiveTodayFormula(todayCell: string): string {
  return `=IF(${todayCell}="",TODAY(),${todayCell})`;
}

/** A fresh Settings block: plan period from this year's VT over four years, and the election calendar. */
function defaultRows(language: Language, todayIso: string): unknown[][] {
  const first = { season: "VT" as const, year: termOf(todayIso).year };
  const last = { season: "HT" as const, year: first.year + 3 };
  const rows: unknown[][] = [[t(language, "colSetting"), t(language, "colValue"), t(language, "colHelp")]];
  const values: Partial<Record<SettingId, unknown>> = {
    firstTerm: formatTerm(first),
    lastTerm: formatTerm(last),
  };
  SETTING_ROWS.forEach((row, i) => {
    const value =
      row.id === "effectiveToday" ? effectiveTodayFormula(cellA1(i + 1, 2)) : (values[row.id] ?? "");
    rows.push([t(language, row.label), value, t(language, row.help)]);
  });
  for (const [label, date] of defaultElectionRows(language, first.year - 2, last.year + 1)) {
    rows.push([label, dateFromIso(date), ""]);
  }
  return rows;
}

/** Row numbers (1-based) of the key rows found in the tab's column A. */
function findKeyRows(values: readonly (readonly unknown[])[]): Map<SettingId, number> {
  const found = new Map<SettingId, number>();
  values.forEach((row, i) => {
    const id = settingOfLabel(row[0]);
    if (id && !found.has(id)) found.set(id, i + 1);
  });
  return found;
}

/** Creates or repairs the Settings tab; returns the settings as they stand afterwards. */
export function repairSettingsTab(sheet: Sheet, ctx: RepairContext, todayIso: string): PlanSettings {
  let values: unknown[][] = sheet.getDataRange().getValues();
  if (values.every((row) => row.every((v) => v === ""))) {
    values = defaultRows(ctx.language, todayIso);
    sheet.getRange(1, 1, values.length, 3).setValues(values);
  }
  repairTab(sheet, SETTINGS_TAB, { ...ctx, terms: [] }, 1);
  values = sheet.getDataRange().getValues();
  const found = findKeyRows(values);
  const missing = SETTING_ROWS.filter((row) => !found.has(row.id));
  if (missing.length > 0) {
    const added = missing.map((row) => [t(ctx.language, row.label), "", t(ctx.language, row.help)]);
    sheet.getRange(values.length + 1, 1, added.length, 3).setValues(added);
    for (const row of missing) ctx.log.did("setupAddedSetting", { setting: t(ctx.language, row.label) });
    values = [...values.map((r) => r.slice(0, 3)), ...added];
  }
  const rows = findKeyRows(values);
  const todayRow = rows.get("today")!;
  const effectiveCell = sheet.getRange(rows.get("effectiveToday")!, 2);
  const formula = effectiveTodayFormula(cellA1(todayRow, 2));
  if (effectiveCell.getFormula() !== formula) effectiveCell.setFormula(formula);
  effectiveCell.setNumberFormat(DATE_FORMAT);
  sheet.getRange(todayRow, 2).setNumberFormat(DATE_FORMAT);
  ctx.ss.setNamedRange(TODAY_RANGE_NAME, effectiveCell);

  const electionsRow = rows.get("elections")!;
  const lastRow = Math.max(sheet.getLastRow(), electionsRow + 1);
  sheet.getRange(electionsRow + 1, 2, lastRow - electionsRow, 1).setNumberFormat(DATE_FORMAT);
  const termChoices = termsBetween({ season: "VT", year: 2018 }, { season: "HT", year: 2034 }).map(
    formatTerm,
  );
  const termRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(termChoices, true)
    .setAllowInvalid(false)
    .setHelpText(t(ctx.language, "helpTerm"))
    .build();
  sheet.getRange(rows.get("firstTerm")!, 2).setDataValidation(termRule);
  sheet.getRange(rows.get("lastTerm")!, 2).setDataValidation(termRule);
  return parseSettings(sheet.getDataRange().getValues());
}
