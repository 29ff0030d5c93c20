// Sets up the Membership tab: target, gap and progress formulas, the total row and the target-vs-current chart.
import { columnLetter } from "../core/cells/a1";
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";
import {
  isOurFormula,
  MEMBERSHIP_COLUMNS,
  membershipLayout,
  membershipRowFormulas,
  membershipTotalFormulas,
} from "../core/plan/membership-layout";
import { MEMBERSHIP_TAB, tabName } from "../core/plan/tabs";
import { RepairLog } from "./repair-log";
import type { RepairContext } from "./tab-repair";
import { repairTab } from "./tab-repair";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const TOTAL_BACKGROUND = "#f1f3f4";

/** Writes a spilling formula into row 2 of a column unless the user typed values there. */
function placeSpillFormula(
  sheet: Sheet,
  column: number,
  formula: string,
  totalRow: number,
  ctx: RepairContext,
) {
  const rows = totalRow - 2;
  const range = sheet.getRange(2, column, rows, 1);
  const formulas = range.getFormulas();
  const values = range.getValues();
  const top = formulas[0][0];
  const typed = formulas.some(
    (row, i) => row[0] === "" && values[i][0] !== "" && !(i > 0 && isOurFormula(top)),
  );
  if (typed && !isOurFormula(top)) {
    ctx.log.couldNot("setupTypedFormulaCells", {
      tab: tabName("membership", ctx.language),
      column: columnLetter(column),
    });
    return;
  }
  if (top !== formula) sheet.getRange(2, column).setFormula(formula);
}

/** The total row: label, sums and totals, only into empty cells or formulas of ours. */
function placeTotalRow(sheet: Sheet, totalRow: number, ctx: RepairContext): void {
  const width = MEMBERSHIP_TAB.columns.length;
  const range = sheet.getRange(totalRow, 1, 1, width);
  const current = range.getFormulas()[0];
  const values = range.getValues()[0];
  const formulas = membershipTotalFormulas(totalRow);
  const next = values.map((value, i) => {
    if (i === 0) return value === "" ? t(ctx.language, "totalRow") : value;
    const id = Object.entries(MEMBERSHIP_COLUMNS).find(([, col]) => col === i + 1)?.[0];
    const wanted = id ? formulas[id] : undefined;
    if (!wanted) return current[i] || value;
    return value === "" || isOurFormula(current[i]) ? wanted : current[i] || value;
  });
  range.setValues([next]);
  range.setFontWeight("bold").setBackground(TOTAL_BACKGROUND);
}

/** A column chart of target against current per constituency, created once and kept pointing at the rows. */
function placeChart(sheet: Sheet, totalRow: number, ctx: RepairContext): void {
  const last = totalRow - 1;
  const ranges = [
    sheet.getRange(1, MEMBERSHIP_COLUMNS.constituency, last, 1),
    sheet.getRange(1, MEMBERSHIP_COLUMNS.target, last, 1),
    sheet.getRange(1, MEMBERSHIP_COLUMNS.current, last, 1),
  ];
  const existing = sheet.getCharts()[0];
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  let chart = builder.setChartType(Charts.ChartType.COLUMN);
  for (const range of ranges) chart = chart.addRange(range);
  const built = chart
    .setNumHeaders(1)
    .setPosition(2, MEMBERSHIP_TAB.columns.length + 2, 0, 0)
    .setOption("title", t(ctx.language, "chartMembershipTitle"))
    .build();
  if (existing) sheet.updateChart(built);
  else sheet.insertChart(built);
}

/**
 * On an edit of the Membership tab: when rows were inserted just above the total row, the formulas and the total
 * don't reach them yet (Sheets only widens a reference for rows inserted inside it), so stretch them now.
 * Costs four reads on every edit, and writes only when the formulas lag behind.
 */
export function followMembershipRows(sheet: Sheet, language: Language): void {
  const layout = membershipLayout(sheet.getDataRange().getValues());
  if (!layout.totalExists) return;
  const wanted = membershipRowFormulas(layout.totalRow);
  const current = sheet.getRange(2, MEMBERSHIP_COLUMNS.target).getFormula();
  if (!isOurFormula(current) || current === wanted.target) return;
  const ctx: RepairContext = {
    ss: sheet.getParent(),
    language,
    log: new RepairLog(language),
    terms: [],
    goalNamesA1: "",
  };
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.target, wanted.target, layout.totalRow, ctx);
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.gap, wanted.gap, layout.totalRow, ctx);
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.progress, wanted.progress, layout.totalRow, ctx);
  placeTotalRow(sheet, layout.totalRow, ctx);
  placeChart(sheet, layout.totalRow, ctx);
}

/** Creates or repairs the Membership tab. */
export function repairMembershipTab(sheet: Sheet, ctx: RepairContext): void {
  repairTab(sheet, MEMBERSHIP_TAB, ctx);
  const layout = membershipLayout(sheet.getDataRange().getValues());
  if (layout.rowsBelowTotal)
    ctx.log.couldNot("setupRowsBelowTotal", { tab: tabName("membership", ctx.language) });
  const formulas = membershipRowFormulas(layout.totalRow);
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.target, formulas.target, layout.totalRow, ctx);
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.gap, formulas.gap, layout.totalRow, ctx);
  placeSpillFormula(sheet, MEMBERSHIP_COLUMNS.progress, formulas.progress, layout.totalRow, ctx);
  placeTotalRow(sheet, layout.totalRow, ctx);
  placeChart(sheet, layout.totalRow, ctx);
}
