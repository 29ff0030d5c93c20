// The sidebar's links: selects the linked cell, switching to its tab.

import type { CellLink } from "../core/dashboard/sidebar-contract";
import { PlanError } from "../core/i18n/errors";

const isRowOrColumn = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

/** Activates the cell a link names; a clear message when its tab has been renamed or removed since. */
export function selectLinkedCell(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, link: CellLink): void {
  const name = typeof link?.sheetName === "string" ? link.sheetName : "";
  const sheet = name === "" ? null : ss.getSheetByName(name);
  if (!sheet) throw new PlanError("checkMissingTab", { tab: name });
  const row = isRowOrColumn(link.row) ? link.row : 1;
  const column = isRowOrColumn(link.column) ? link.column : 1;
  sheet.getRange(row, column).activate();
}
