// Reads a user's .xlsx with exceljs into an emulated workbook, through the Sheets API as a script would.
import ExcelJS from "exceljs";
import type { Emulator } from "../../test/emulator/index";
import { checkXlsxSize } from "./xlsx-limits";
import { sheetsRule, sheetsValidation } from "./xlsx-rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

const DAY_MS = 86_400_000;
const EPOCH_OFFSET = 25_569;

/** exceljs gives dates as UTC instants of the wall-clock time: back to a Sheets serial number. */
const serialOf = (date: Date): number => date.getTime() / DAY_MS + EPOCH_OFFSET;

const hexOf = (color: Partial<ExcelJS.Color> | undefined): string | null =>
  color?.argb && /^[0-9A-F]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toLowerCase()}` : null;

/** What to write for one exceljs cell: "=formula", a number, a boolean, "'text" (kept as text), or "". */
function inputOf(cell: ExcelJS.Cell): { input: string | number | boolean; date: boolean } {
  // A text-formatted ("@") cell keeps what is written as it is; elsewhere "'" keeps text from being parsed.
  const quote = cell.numFmt === "@" ? "" : "'";
  if (cell.formula) return { input: `=${cell.formula}`, date: false };
  const v = cell.value;
  if (v === null || v === undefined) return { input: "", date: false };
  if (v instanceof Date) return { input: serialOf(v), date: true };
  if (typeof v === "number" || typeof v === "boolean") return { input: v, date: false };
  if (typeof v === "string") return { input: v === "" ? "" : `${quote}${v}`, date: false };
  if (typeof v === "object" && "richText" in v) {
    return { input: `${quote}${v.richText.map((part) => part.text).join("")}`, date: false };
  }
  if (typeof v === "object" && "text" in v) return { input: `${quote}${String(v.text)}`, date: false };
  return { input: "", date: false };
}

/** A matrix of `rows` × `columns` filled by `at`. */
function grid<T>(rows: number, columns: number, at: (r: number, c: number) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => at(r + 1, c + 1)));
}

/** Fills one sheet from one worksheet: formats first (they decide how values read), then contents and rules. */
function readSheet(emulator: Emulator, ws: ExcelJS.Worksheet, sheet: Sheet): string[] {
  const left: string[] = [];
  const rows = Math.max(ws.rowCount, 1);
  const columns = Math.max(ws.columnCount, 1);
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (columns > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
  const cells = grid(rows, columns, (r, c) => ws.getCell(r, c));
  const inputs = cells.map((line) => line.map(inputOf));
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(
    cells.map((line, r) =>
      line.map((cell, c) => {
        const format = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "";
        return format || (inputs[r][c].date ? "yyyy-mm-dd" : "");
      }),
    ),
  );
  range.setBackgrounds(
    cells.map((line) =>
      line.map((cell) => (cell.fill?.type === "pattern" ? hexOf(cell.fill.fgColor) : null)),
    ),
  );
  range.setFontWeights(cells.map((line) => line.map((cell) => (cell.font?.bold ? "bold" : null))));
  range.setFontStyles(cells.map((line) => line.map((cell) => (cell.font?.italic ? "italic" : null))));
  range.setFontColors(cells.map((line) => line.map((cell) => hexOf(cell.font?.color))));
  range.setHorizontalAlignments(
    cells.map((line) =>
      line.map((cell) => {
        const h = cell.alignment?.horizontal;
        return h === "left" || h === "center" || h === "right" ? h : null;
      }),
    ),
  );
  range.setNotes(cells.map((line) => line.map((cell) => (typeof cell.note === "string" ? cell.note : null))));
  range.setValues(inputs.map((line) => line.map((i) => i.input)));
  const rules = cells.map((line) =>
    line.map((cell): Validation | null => {
      if (!cell.dataValidation) return null;
      const rule = sheetsValidation(cell.dataValidation, emulator.app.newDataValidation(), (a1) =>
        emulator.spreadsheet.getRange(a1),
      );
      if (!rule) left.push(`${sheet.getName()}: a ${cell.dataValidation.type} validation`);
      return rule;
    }),
  );
  if (rules.some((line) => line.some(Boolean))) range.setDataValidations(rules);
  return left;
}

/** Frozen panes, widths, hidden rows and columns, merges, tab colour and conditional formats of one sheet. */
function readLayout(emulator: Emulator, ws: ExcelJS.Worksheet, sheet: Sheet): string[] {
  const left: string[] = [];
  const view = ws.views?.[0];
  if (view?.state === "frozen") {
    sheet.setFrozenRows(view.ySplit ?? 0);
    sheet.setFrozenColumns(view.xSplit ?? 0);
  }
  for (let c = 1; c <= ws.columnCount; c++) {
    const column = ws.getColumn(c);
    if (column.width) sheet.setColumnWidth(c, Math.round(column.width * 7));
    if (column.hidden) sheet.hideColumns(c);
  }
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hideRows(r);
  });
  for (const a1 of ws.model.merges ?? []) sheet.getRange(a1).merge();
  const tab = hexOf((ws.properties as { tabColor?: Partial<ExcelJS.Color> }).tabColor);
  if (tab) sheet.setTabColor(tab);
  const model = ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
  const found = (model.conditionalFormattings ?? []).flatMap((block) =>
    block.rules.map((rule) => ({ rule, ranges: block.ref.split(/\s+/).map((a1) => sheet.getRange(a1)) })),
  );
  found.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  const rules = found.flatMap(({ rule, ranges }) => {
    const made = sheetsRule(rule, ranges, emulator.app.newConditionalFormatRule());
    if (!made) left.push(`${sheet.getName()}: a ${rule.type} conditional format`);
    return made ? [made] : [];
  });
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  return left;
}

/** One line per kind of loss, with how many cells it touched. */
export function summary(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n === 1 ? line : `${line} (${n} cells)`));
}

/**
 * Loads `file` into the emulator's spreadsheet, replacing its one empty sheet. Returns what could not be read (one
 * line each). Throws with a one-line message when the file is no workbook, or one Sheets could not hold.
 */
export async function readXlsx(emulator: Emulator, file: string): Promise<string[]> {
  await checkXlsxSize(file);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.readFile(file);
  } catch (error) {
    throw new Error(
      `Cannot read ${file} as .xlsx: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (book.worksheets.length === 0) throw new Error(`${file} has no sheets`);
  const ss = emulator.spreadsheet;
  const placeholder = ss.getSheets()[0];
  // Every sheet and name first, so formulas that point at another sheet or a name find it.
  const sheets = book.worksheets.map((ws, i) =>
    i === 0 ? placeholder.setName(ws.name) : ss.insertSheet(ws.name, i),
  );
  const left: string[] = [];
  for (const { name, ranges } of book.definedNames.model) {
    try {
      ss.setNamedRange(name, ss.getRange(ranges[0].replace(/\$/g, "")));
    } catch {
      left.push(`the named range ${name} (${ranges.join(", ")})`);
    }
  }
  book.worksheets.forEach((ws, i) => {
    left.push(...readSheet(emulator, ws, sheets[i]), ...readLayout(emulator, ws, sheets[i]));
  });
  ss.setActiveSheet(sheets[0]);
  return summary(left).map((what) => `${file}: left out ${what}`);
}
