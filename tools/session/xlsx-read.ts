// Reads a user's .xlsx with exceljs into an emulated workbook: sheet names, values, formulas, formats, panes, widths.
import ExcelJS from "exceljs";
import type { SpreadsheetImpl } from "../../test/emulator/spreadsheet";

type CellInput = string | number | boolean | null;

const DAY_MS = 86_400_000;
const EPOCH_OFFSET = 25_569;

/** exceljs gives dates as UTC instants of the wall-clock time: back to a Sheets serial number. */
const serialOf = (date: Date): number => date.getTime() / DAY_MS + EPOCH_OFFSET;

/** What to write for one exceljs cell: "=formula", a number, a boolean, "'text" (kept as text), or null. */
function inputOf(cell: ExcelJS.Cell): { input: CellInput; date: boolean } {
  // A text-formatted ("@") cell keeps what is written as it is; elsewhere "'" keeps text from being parsed.
  const quote = cell.numFmt === "@" ? "" : "'";
  const formula = cell.formula;
  if (formula) return { input: `=${formula}`, date: false };
  const v = cell.value;
  if (v === null || v === undefined) return { input: null, date: false };
  if (v instanceof Date) return { input: serialOf(v), date: true };
  if (typeof v === "number" || typeof v === "boolean") return { input: v, date: false };
  if (typeof v === "string") return { input: `${quote}${v}`, date: false };
  if (typeof v === "object" && "richText" in v) {
    return { input: `${quote}${v.richText.map((part) => part.text).join("")}`, date: false };
  }
  if (typeof v === "object" && "text" in v) return { input: `${quote}${String(v.text)}`, date: false };
  if (typeof v === "object" && "result" in v && v.result !== undefined) {
    const result = v.result;
    return typeof result === "object" ? { input: null, date: false } : { input: result, date: false };
  }
  return { input: null, date: false };
}

/** Loads `file` into the spreadsheet, replacing its one empty sheet. Throws with a one-line message. */
export async function readXlsx(ss: SpreadsheetImpl, file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (error) {
    throw new Error(
      `Cannot read ${file} as .xlsx: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (book.worksheets.length === 0) throw new Error(`${file} has no sheets`);
  const placeholder = ss.sheets[0];
  book.worksheets.forEach((ws, i) => {
    const sheet = i === 0 ? placeholder : ss.addSheet(ws.name, i);
    if (i === 0) ss.renameSheet(sheet, ws.name);
    const rows = Math.max(ws.rowCount, 1);
    const columns = Math.max(ws.columnCount, 1);
    sheet.ensureSize(Math.max(rows, sheet.maxRows), Math.max(columns, sheet.maxCols));
    const matrix: CellInput[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellInput[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = ws.getCell(r, c);
        const { input, date } = inputOf(cell);
        const format = cell.numFmt || (date ? "yyyy-mm-dd" : undefined);
        if (format && format !== "General") sheet.grid.set(r, c, "numberFormat", format);
        if (cell.font?.bold) sheet.grid.set(r, c, "fontWeight", "bold");
        line.push(input);
      }
      matrix.push(line);
    }
    sheet.write(1, 1, matrix);
    const view = ws.views?.[0];
    if (view && view.state === "frozen") {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    ws.columns?.forEach((column, c) => {
      if (column.width) sheet.grid.columnWidths.set(c + 1, Math.round(column.width * 7));
    });
  });
  // Named ranges (the add-on's PlanToday, PlanActivities…): formulas use them.
  for (const { name, ranges } of book.definedNames.model) {
    const [first] = ranges;
    if (!first) continue;
    try {
      ss.setNamedRange(name, ss.getRange(first.replace(/\$/g, "")));
    } catch {
      // A name pointing outside the sheets (or at several areas) is left out.
    }
  }
  ss.activeSheet = ss.sheets[0];
}
