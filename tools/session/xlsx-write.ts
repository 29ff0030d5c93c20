// Writes an emulated workbook to .xlsx with exceljs: values, formulas, visible fills, bold, validations, panes, widths.
import ExcelJS from "exceljs";
import { dateToSerial, isDate } from "../../test/emulator/cell-input";
import { quoteSheetName } from "../../test/emulator/rules/rule-range";
import type { SpreadsheetImpl } from "../../test/emulator/spreadsheet";
import { sheetView } from "./sheet-view";

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Excel's column width is in characters of about 7 pixels. */
const widthInCharacters = (pixels: number): number => Math.max(2, Math.round((pixels / 7) * 10) / 10);

export async function writeXlsx(ss: SpreadsheetImpl, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of ss.sheets) {
    const view = sheetView(sheet);
    const ws = book.addWorksheet(sheet.name, {
      views:
        view.frozenRows || view.frozenColumns
          ? [{ state: "frozen", xSplit: view.frozenColumns, ySplit: view.frozenRows }]
          : [],
    });
    const last = { rows: sheet.getLastRow(), columns: sheet.getLastColumn() };
    const values = last.rows && last.columns ? sheet.rect(1, 1, last.rows, last.columns).getValues() : [];
    view.columnWidths.forEach((px, c) => {
      ws.getColumn(c + 1).width = widthInCharacters(px);
    });
    for (let r = 1; r <= view.rows; r++) {
      for (let c = 1; c <= view.columns; c++) {
        const cell = ws.getCell(r, c);
        const raw = values[r - 1]?.[c - 1];
        // Dates as serial numbers with a date format: exceljs would shift a Date by the UTC offset.
        const value = isDate(raw) ? dateToSerial(raw, ss.timeZone) : raw;
        const formula = view.formulas[r - 1][c - 1];
        if (formula) {
          const result = value === "" || value === null ? undefined : (value as ExcelJS.CellValue);
          cell.value = { formula: formula.slice(1), result } as ExcelJS.CellFormulaValue;
        } else if (value !== "" && value !== undefined && value !== null) {
          cell.value = value as ExcelJS.CellValue;
        }
        const format = sheet.grid.get(r, c)?.numberFormat ?? (isDate(raw) ? "yyyy-mm-dd" : undefined);
        if (format) cell.numFmt = format;
        const bg = view.backgrounds[r - 1][c - 1];
        if (bg !== "#ffffff") cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(bg) } };
        const bold = view.fontWeights[r - 1][c - 1] === "bold";
        const color = view.fontColors[r - 1][c - 1];
        if (bold || color !== "#000000") cell.font = { bold, color: { argb: argb(color) } };
      }
    }
    for (const [a1, rule] of Object.entries(view.validations)) {
      const list = rule.type === "checkbox" ? ["TRUE", "FALSE"] : rule.values;
      const formula = `"${list.map((v) => v.replace(/"/g, '""')).join(",")}"`;
      // Excel caps an inline list at 255 characters; longer lists are left out.
      if (formula.length <= 257) {
        ws.getCell(a1).dataValidation = { type: "list", allowBlank: true, formulae: [formula] };
      }
    }
    for (const r of view.hiddenRows) ws.getRow(r).hidden = true;
  }
  for (const named of ss.getNamedRanges()) {
    const range = named.getRange();
    const a1 = range.getA1Notation().replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    book.definedNames.add(`${quoteSheetName(range.getSheet().getName())}!${a1}`, named.getName());
  }
  await book.xlsx.writeFile(file);
}
