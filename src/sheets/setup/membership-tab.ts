import { columnLetter } from "../../core/cells/a1";
import { customFunctionOf } from "../../core/functions/catalogue";
import { isLabel } from "../../core/i18n/labels";
import type { Language } from "../../core/i18n/language";
import { t } from "../../core/i18n/messages";
import {
  isOurMembershipFormula,
  type MembershipColumn,
  type MembershipPlace,
  membershipColumnFormulas,
  membershipTotalFormulas,
  type TotalWords,
} from "../../core/layout/membership-layout";
import { MEMBERSHIP_TAB, tabName } from "../../core/layout/tabs";
import type { MembershipGrid } from "../../core/records/membership-record";
import { isFilledCell } from "../../core/records/plan-records";
import { bodyRows, cellAt, formulaAt } from "../../core/records/tab-grid";
import { type PlacedWrite, writeCells } from "../document/cell-writes";
import type { PlanDocument } from "../document/plan-document";
import type { RepairLog } from "./repair-log";
import { typedRows } from "./spills";
import { type RepairContext, repairTab } from "./tab-repair";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const TOTAL_BACKGROUND = "#f1f3f4";
const SPILLING = ["target", "gap", "progress"] as const;
const TOTALLED: readonly MembershipColumn[] = ["branch", "baseline", "target", "current", "gap", "progress"];

type Columns = Readonly<Record<MembershipColumn, number>>;

/** Columns from the grid, where every header is known (after repair); null when one is missing. */
function columnsOf(grid: MembershipGrid): Columns | null {
  const found = grid.columns.column;
  return Object.values(found).every((c) => c !== null) ? (found as Columns) : null;
}

/** A total-row formula of ours: a membership function over single cells, or a whole-column SUM. */
function isTotalShaped(formula: string, column: number): boolean {
  if (!isOurMembershipFormula(formula, column)) return false;
  return customFunctionOf(formula) === null || !/[A-Z]+\d+:[A-Z]+/i.test(formula);
}

/**
 * Rows below the header that are, or were, the add-on's total: holding its total formulas. A "Totalt" with none
 * beside it is a user's own text (a constituency they named so), never taken for the add-on's label.
 */
function totalRowsOf(grid: MembershipGrid, columns: Columns): number[] {
  return bodyRows(grid).filter((row) =>
    TOTALLED.some((id) => isTotalShaped(formulaAt(grid, row, id), columns[id])),
  );
}

/** True when nothing but the add-on's total parts is in the row. */
function onlyTotalParts(grid: MembershipGrid, row: number, columns: Columns): boolean {
  const values = grid.values[row - 1] ?? [];
  const formulas = grid.formulas?.[row - 1] ?? [];
  return values.every((value, i) => {
    const column = i + 1;
    if (column === columns.constituency && isLabel(value, "totalRow")) return true;
    if (formulas[i]) return isTotalShaped(formulas[i], column);
    return !isFilledCell(value);
  });
}

/**
 * Moves the total to the row under the header: an old total row (set up before the total moved, or typed
 * over) loses the add-on's label and formulas, and goes when nothing of the user's is left in it; then a row
 * is inserted under the header unless the total already stands there. Every typed cell stays.
 */
function moveTotal(sheet: Sheet, document: PlanDocument, columns: Columns): void {
  const grid = document.grid("membership")!;
  const header = grid.columns.headerRow;
  const totals = totalRowsOf(grid, columns);
  const inPlace =
    totals.includes(header + 1) && isLabel(cellAt(grid, header + 1, "constituency"), "totalRow");
  const stale = totals.filter((row) => !(inPlace && row === header + 1));
  if (stale.length === 0 && inPlace) return;
  const clears: PlacedWrite[] = [];
  const emptied: number[] = [];
  for (const row of stale) {
    if (onlyTotalParts(grid, row, columns)) {
      emptied.push(row);
      continue;
    }
    if (isLabel(cellAt(grid, row, "constituency"), "totalRow"))
      clears.push({ row, column: columns.constituency, write: { value: "" } });
    for (const id of TOTALLED) {
      if (isTotalShaped(formulaAt(grid, row, id), columns[id]))
        clears.push({ row, column: columns[id], write: { value: "" } });
    }
  }
  writeCells(sheet, clears);
  for (const row of emptied.sort((a, b) => b - a)) sheet.deleteRow(row);
  if (!inPlace) {
    const next = header + 1;
    const free =
      next > grid.values.length ||
      (!emptied.includes(next) &&
        (grid.values[next - 1] ?? []).every((v) => !isFilledCell(v)) &&
        (grid.formulas?.[next - 1] ?? []).every((f) => f === ""));
    if (!free || emptied.includes(next)) sheet.insertRowAfter(header);
  }
  document.changed("membership");
}

/**
 * The spilling formulas in the first data row. Any other formula of ours further down a spilling column (an
 * older layout's) would block the spill and is cleared; a value a user typed in such a column, or a formula of
 * their own, is kept, and then the column gets no formula and the log says why.
 */
function placeColumnFormulas(
  sheet: Sheet,
  grid: MembershipGrid,
  place: MembershipPlace,
  log: RepairLog,
  language: Language,
): void {
  const wanted = membershipColumnFormulas(place);
  const writes: PlacedWrite[] = [];
  const rows = bodyRows(grid).filter((row) => row >= place.firstDataRow);
  for (const id of SPILLING) {
    const column = place.columns[id];
    const theirs = rows.some((row) => {
      const formula = formulaAt(grid, row, id);
      return formula !== "" && !isOurMembershipFormula(formula, column);
    });
    if (theirs || typedRows(grid, id, [id], (f) => isOurMembershipFormula(f, column), rows).length > 0) {
      log.couldNot("setupTypedFormulaCells", {
        tab: tabName("membership", language),
        column: columnLetter(column),
      });
      continue;
    }
    for (const row of rows) {
      if (row !== place.firstDataRow && formulaAt(grid, row, id) !== "")
        writes.push({ row, column, write: { value: "" } });
    }
    if (formulaAt(grid, place.firstDataRow, id) !== wanted[id])
      writes.push({ row: place.firstDataRow, column, write: { formula: wanted[id] } });
  }
  writeCells(sheet, writes);
}

/** The total row's words in the sheet's language. */
function totalWords(language: Language): TotalWords {
  const [missingBefore, missingAfter] = t(language, "totalMissingCurrent", { count: "\u0000" }).split(
    "\u0000",
  );
  return { unknown: "–", missingBefore, missingAfter };
}

/** The total row: label and formulas, each only into an empty cell or one of the add-on's. */
function placeTotalRow(sheet: Sheet, grid: MembershipGrid, place: MembershipPlace, language: Language): void {
  const row = place.totalRow;
  const writes: PlacedWrite[] = [];
  if (!isFilledCell(cellAt(grid, row, "constituency")))
    writes.push({ row, column: place.columns.constituency, write: { text: t(language, "totalRow") } });
  for (const [id, formula] of Object.entries(membershipTotalFormulas(place, totalWords(language))) as [
    MembershipColumn,
    string,
  ][]) {
    const column = place.columns[id];
    const current = formulaAt(grid, row, id);
    const mine =
      current === "" ? !isFilledCell(cellAt(grid, row, id)) : isOurMembershipFormula(current, column);
    if (mine && current !== formula) writes.push({ row, column, write: { formula } });
  }
  writeCells(sheet, writes);
  const width = Math.max(...Object.values(place.columns));
  sheet.getRange(row, 1, 1, width).setFontWeight("bold").setBackground(TOTAL_BACKGROUND);
  for (const column of MEMBERSHIP_TAB.columns) {
    if (column.numberFormat)
      sheet.getRange(row, place.columns[column.id]).setNumberFormat(column.numberFormat);
  }
}

/** A column chart of target against current per constituency, created once and kept pointing at every row. */
function placeChart(sheet: Sheet, place: MembershipPlace, language: Language): void {
  const rows = Math.max(sheet.getMaxRows() - place.firstDataRow + 1, 1);
  const range = (id: MembershipColumn) => sheet.getRange(place.firstDataRow, place.columns[id], rows, 1);
  const existing = sheet.getCharts()[0];
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  const built = builder
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(range("constituency"))
    .addRange(range("target"))
    .addRange(range("current"))
    .setNumHeaders(0)
    .setPosition(2, Math.max(...Object.values(place.columns)) + 2, 0, 0)
    .setOption("title", t(language, "chartMembershipTitle"))
    .setOption("series", {
      0: { labelInLegend: t(language, "colMemberTarget") },
      1: { labelInLegend: t(language, "colCurrent") },
    })
    .build();
  if (existing) sheet.updateChart(built);
  else sheet.insertChart(built);
}

/**
 * Keeps the total under the header and the formulas over every row: what set-up does, and what an edit does
 * when a volunteer typed over the total or inserted a row above it. Cheap when all is in place (one read).
 */
export function placeMembershipFormulas(
  sheet: Sheet,
  document: PlanDocument,
  language: Language,
  log: RepairLog,
): MembershipPlace | null {
  const before = document.grid("membership");
  const columns = before ? columnsOf(before) : null;
  if (!columns) return null;
  moveTotal(sheet, document, columns);
  const grid = document.grid("membership")!;
  const header = grid.columns.headerRow;
  const place: MembershipPlace = { columns, totalRow: header + 1, firstDataRow: header + 2 };
  placeColumnFormulas(sheet, grid, place, log, language);
  placeTotalRow(sheet, grid, place, language);
  document.changed("membership");
  return place;
}

/** Creates or repairs the Membership tab. */
export function repairMembershipTab(sheet: Sheet, document: PlanDocument, ctx: RepairContext): void {
  repairTab(sheet, document.grid("membership")!, ctx, { rowsUnderHeader: 1 });
  document.changed("membership");
  const place = placeMembershipFormulas(sheet, document, ctx.language, ctx.log);
  if (place) placeChart(sheet, place, ctx.language);
}
