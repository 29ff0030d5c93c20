// Sets up and repairs the Settings tab: its key rows, election days and the "today in use" cell.

import { defaultPlanPeriod } from "../../core/calendar/default-period";
import { formatTerm, termsBetween } from "../../core/calendar/terms";
import { cellA1 } from "../../core/cells/a1";
import type { Language } from "../../core/i18n/language";
import { t } from "../../core/i18n/messages";
import { SETTING_ROWS, type SettingId } from "../../core/layout/settings-layout";
import { DATE_FORMAT } from "../../core/layout/tabs";
import { isFilledCell } from "../../core/records/plan-records";
import { defaultElectionRows, type Settings } from "../../core/records/settings-record";
import { cellAt, formulaAt } from "../../core/records/tab-grid";
import { type CellWrite, type PlacedWrite, writeBlock, writeCells } from "../document/cell-writes";
import { growingRange } from "../document/grow-range";
import { rememberOwned } from "../document/owned-values";
import type { PlanDocument } from "../document/plan-document";
import { type RepairContext, repairTab } from "./tab-repair";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The named Settings cell holding the plan's today in use, for formulas on the Goals tab. */
export const TODAY_RANGE_NAME = "PlanToday";

/** The formula of the computed "today" cell, from the typed-today cell's address. */
export function effectiveTodayFormula(todayCell: string): string {
  return `=IF(${todayCell}="",TODAY(),${todayCell})`;
}

function isEffectiveTodayFormula(formula: string): boolean {
  return /^=IF\([A-Z]+\d+="",TODAY\(\),[A-Z]+\d+\)$/.test(formula.replace(/\s+/g, ""));
}

/** A fresh Settings block: the plan period up to the next general election, and the election calendar around it. */
function defaultRows(language: Language, todayIso: string): CellWrite[][] {
  const { first, last } = defaultPlanPeriod(todayIso);
  const text = (value: string): CellWrite => ({ text: value });
  const rows: CellWrite[][] = [
    [text(t(language, "colSetting")), text(t(language, "colValue")), text(t(language, "colHelp"))],
  ];
  const values: Partial<Record<SettingId, string>> = {
    firstTerm: formatTerm(first),
    lastTerm: formatTerm(last),
  };
  // Row 1 is the header, so the setting at index i is on row i + 2.
  const todayRow = SETTING_ROWS.findIndex((row) => row.id === "today") + 2;
  SETTING_ROWS.forEach((row) => {
    const value: CellWrite =
      row.id === "effectiveToday"
        ? { formula: effectiveTodayFormula(cellA1(todayRow, 2)) }
        : text(values[row.id] ?? "");
    rows.push([text(t(language, row.label)), value, text(t(language, row.help))]);
  });
  for (const [label, date] of defaultElectionRows(language, first.year - 2, last.year + 1)) {
    rows.push([text(label), { date }, { value: "" }]);
  }
  return rows;
}

/** Creates or repairs the Settings tab; returns the settings as they stand afterwards. */
export function repairSettingsTab(
  sheet: Sheet,
  document: PlanDocument,
  ctx: RepairContext,
  todayIso: string,
): Settings {
  let grid = document.grid("settings")!;
  if (grid.values.every((row) => row.every((v) => !isFilledCell(v)))) {
    const rows = defaultRows(ctx.language, todayIso);
    writeBlock(sheet, 1, 1, rows);
    const period = SETTING_ROWS.findIndex((row) => row.id === "firstTerm") + 1;
    const text = (write: CellWrite) => ("text" in write ? write.text : "");
    rememberOwned(sheet, { firstTerm: text(rows[period][1]), lastTerm: text(rows[period + 1][1]) });
    document.changed("settings");
    grid = document.grid("settings")!;
  }
  const { columns } = repairTab(sheet, grid, ctx);
  document.changed("settings");
  grid = document.grid("settings")!;
  let settings = document.settings()!.settings;
  const missing = SETTING_ROWS.filter((row) => !settings.rows.has(row.id));
  if (missing.length > 0) {
    const first = Math.max(grid.values.length, 1) + 1;
    const writes: PlacedWrite[] = missing.flatMap((row, i) => [
      { row: first + i, column: columns.setting, write: { text: t(ctx.language, row.label) } },
      { row: first + i, column: columns.help, write: { text: t(ctx.language, row.help) } },
    ]);
    writeCells(sheet, writes);
    for (const row of missing) ctx.log.did("setupAddedSetting", { setting: t(ctx.language, row.label) });
    document.changed("settings");
    grid = document.grid("settings")!;
    settings = document.settings()!.settings;
  }
  const todayRow = settings.rows.get("today")!;
  const effectiveRow = settings.rows.get("effectiveToday")!;
  const formula = effectiveTodayFormula(cellA1(todayRow, columns.value));
  const current = formulaAt(grid, effectiveRow, "value");
  // The computed cell is the add-on's: rewritten only while it is empty or still one of its formulas.
  const mine =
    current === "" ? !isFilledCell(cellAt(grid, effectiveRow, "value")) : isEffectiveTodayFormula(current);
  if (mine && current !== formula)
    writeCells(sheet, [{ row: effectiveRow, column: columns.value, write: { formula } }]);
  const effectiveCell = sheet.getRange(effectiveRow, columns.value);
  effectiveCell.setNumberFormat(DATE_FORMAT);
  sheet.getRange(todayRow, columns.value).setNumberFormat(DATE_FORMAT);
  ctx.ss.setNamedRange(TODAY_RANGE_NAME, effectiveCell);

  const electionsRow = settings.rows.get("elections")!;
  const lastRow = Math.max(sheet.getLastRow(), electionsRow + 1);
  // Election days go under their label: a sheet that ends at the label (its rows added last) grows one.
  growingRange(sheet, electionsRow + 1, columns.value, lastRow - electionsRow, 1).setNumberFormat(
    DATE_FORMAT,
  );
  const termChoices = termsBetween({ season: "VT", year: 2018 }, { season: "HT", year: 2034 }).map(
    formatTerm,
  );
  const termRule = SpreadsheetApp.newDataValidation()
    .requireValueInList(termChoices, true)
    .setAllowInvalid(false)
    .setHelpText(t(ctx.language, "helpTerm"))
    .build();
  sheet.getRange(settings.rows.get("firstTerm")!, columns.value).setDataValidation(termRule);
  sheet.getRange(settings.rows.get("lastTerm")!, columns.value).setDataValidation(termRule);
  document.changed("settings");
  return document.settings()!.settings;
}
