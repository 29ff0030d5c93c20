// Writes an emulated workbook to .xlsx with exceljs: what a user sees, so that reading it back shows the same.
import ExcelJS from "exceljs";
import { columnLetters, dateToSerial, type Emulator } from "../../test/emulator/index";
import { summary } from "./xlsx-read";
import { absoluteA1, excelRule, excelValidation } from "./xlsx-rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default number format: a cell without one. */
const DEFAULT_FORMAT = "0.###############";
const DEFAULT_WIDTH = 100;

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Excel's column width is in characters of about 7 pixels. */
const widthInCharacters = (pixels: number): number => Math.max(1, Math.round((pixels / 7) * 10) / 10);

/** Writes the cells of one sheet: contents (spilled cells left to their formula), formats, notes, validations. */
function writeCells(emulator: Emulator, sheet: Sheet, ws: ExcelJS.Worksheet, timeZone: string): string[] {
  const left: string[] = [];
  const name = sheet.getName();
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  const spilled = new Set(emulator.spilledCells(name));
  const values = range.getValues();
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const fills = range.getBackgrounds();
  const weights = range.getFontWeights();
  const styles = range.getFontStyles();
  const colors = range.getFontColors();
  const alignments = range.getHorizontalAlignments();
  const notes = range.getNotes();
  const rules = range.getDataValidations();
  values.forEach((line, r) => {
    line.forEach((raw, c) => {
      const a1 = `${columnLetters(c + 1)}${r + 1}`;
      // An unticked checkbox reads FALSE whether or not a value was ever written: it is left empty.
      const unticked = raw === false && String(rules[r][c]?.getCriteriaType()) === "CHECKBOX";
      const value = raw instanceof Date ? dateToSerial(raw, timeZone) : unticked ? "" : raw;
      const formula = formulas[r][c];
      const touched =
        formula ||
        (value !== "" && !spilled.has(a1)) ||
        formats[r][c] !== DEFAULT_FORMAT ||
        fills[r][c] !== "#ffffff" ||
        weights[r][c] === "bold" ||
        styles[r][c] === "italic" ||
        colors[r][c] !== "#000000" ||
        alignments[r][c] !== "general" ||
        notes[r][c] ||
        rules[r][c];
      if (!touched) return;
      const cell = ws.getCell(a1);
      if (formula) {
        const result = value === "" ? undefined : (value as ExcelJS.CellValue);
        cell.value = { formula: formula.slice(1), result } as ExcelJS.CellFormulaValue;
      } else if (value !== "" && !spilled.has(a1)) {
        cell.value = value as ExcelJS.CellValue;
      }
      if (formats[r][c] !== DEFAULT_FORMAT) cell.numFmt = formats[r][c];
      if (fills[r][c] !== "#ffffff")
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fills[r][c]) } };
      const bold = weights[r][c] === "bold";
      const italic = styles[r][c] === "italic";
      if (bold || italic || colors[r][c] !== "#000000")
        cell.font = { bold, italic, color: { argb: argb(colors[r][c]) } };
      const align = alignments[r][c];
      if (align === "left" || align === "center" || align === "right") cell.alignment = { horizontal: align };
      if (notes[r][c]) cell.note = notes[r][c];
      const rule = rules[r][c];
      if (rule) {
        const validation = excelValidation(rule, emulator.validationFormula(name, a1));
        if (validation) cell.dataValidation = validation;
        else left.push(`${name}: a ${String(rule.getCriteriaType())} validation Excel cannot hold`);
      }
    });
  });
  return left;
}

/** Widths, hidden rows and columns, merges, conditional formats: the sheet's layout around its cells. */
function writeLayout(sheet: Sheet, ws: ExcelJS.Worksheet, timeZone: string): string[] {
  const left: string[] = [];
  for (let c = 1; c <= sheet.getMaxColumns(); c++) {
    const width = sheet.getColumnWidth(c);
    const hidden = sheet.isColumnHiddenByUser(c);
    // A hidden column gets its width too: exceljs would give it Excel's default.
    if (width !== DEFAULT_WIDTH || hidden) ws.getColumn(c).width = widthInCharacters(width);
    if (hidden) ws.getColumn(c).hidden = true;
  }
  for (let r = 1; r <= sheet.getMaxRows(); r++) if (sheet.isRowHiddenByUser(r)) ws.getRow(r).hidden = true;
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  for (const merged of all.getMergedRanges()) ws.mergeCells(merged.getA1Notation());
  sheet.getConditionalFormatRules().forEach((rule, i) => {
    const excel = excelRule(rule, i + 1, timeZone);
    const ref = rule
      .getRanges()
      .map((r) => r.getA1Notation())
      .join(" ");
    if (excel) ws.addConditionalFormatting({ ref, rules: [excel] });
    else left.push(`${sheet.getName()}: a conditional format on ${ref} Excel cannot hold`);
  });
  if (sheet.getCharts().length > 0) left.push(`${sheet.getName()}: ${sheet.getCharts().length} chart(s)`);
  return left;
}

/** Writes the workbook to `file`; returns what it had to leave out (one line each), usually nothing. */
export async function writeXlsx(emulator: Emulator, file: string): Promise<string[]> {
  const ss = emulator.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  const book = new ExcelJS.Workbook();
  const left: string[] = [];
  for (const sheet of ss.getSheets()) {
    const xSplit = sheet.getFrozenColumns();
    const ySplit = sheet.getFrozenRows();
    const tabColor = sheet.getTabColor();
    const ws = book.addWorksheet(sheet.getName(), {
      views: xSplit || ySplit ? [{ state: "frozen", xSplit, ySplit }] : [],
      ...(tabColor ? { properties: { tabColor: { argb: argb(tabColor) } } } : {}),
    });
    left.push(...writeCells(emulator, sheet, ws, timeZone), ...writeLayout(sheet, ws, timeZone));
  }
  for (const named of ss.getNamedRanges())
    book.definedNames.add(absoluteA1(named.getRange()), named.getName());
  await book.xlsx.writeFile(file);
  return summary(left);
}
