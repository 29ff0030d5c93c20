// Refuses an .xlsx Google Sheets could not hold, before any grid is built: the file is read once as a stream, so a
// small file naming a far cell (XFD1048576) or a packed one costs neither memory nor time.
import ExcelJS from "exceljs";
import { columnLetters, SHEETS_LIMITS } from "../../test/emulator/index";

/** A workbook past Sheets' limits: the tools say so in one line and exit 2. */
export class WorkbookTooLarge extends Error {}

/** A new sheet in Sheets (and the emulator) starts with 1000 rows and 26 columns. */
const NEW_SHEET = { rows: 1000, columns: 26 };

const count = (n: number): string => n.toLocaleString("en-US");

/** The characters of a cell value as Sheets would hold it (rich text joined), or 0. */
function textLength(value: ExcelJS.CellValue): number {
  if (typeof value === "string") return value.length;
  if (value && typeof value === "object" && "richText" in value)
    return value.richText.reduce((n, part) => n + part.text.length, 0);
  return 0;
}

/**
 * Throws a WorkbookTooLarge with one clear line when `file` passes a limit of Sheets: 10 million cells in all
 * (each sheet at least as large as a new one), 18,278 columns or 1,048,576 rows in a sheet, 50,000 characters a cell.
 */
export async function checkXlsxSize(file: string): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  let earlier = 0;
  try {
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name ?? "a sheet";
      let rows = 0;
      let columns = 0;
      for await (const row of worksheet) {
        rows = Math.max(rows, row.number);
        columns = Math.max(columns, (row.values as unknown[]).length - 1);
        row.eachCell((cell, col) => {
          const length = textLength(cell.value);
          if (length > SHEETS_LIMITS.cellCharacters) {
            throw new WorkbookTooLarge(
              `${file}: cell ${name}!${columnLetters(col)}${row.number} holds ${count(length)} characters; ` +
                `a Google Sheets cell holds at most ${count(SHEETS_LIMITS.cellCharacters)}.`,
            );
          }
        });
        const cells = earlier + Math.max(rows, NEW_SHEET.rows) * Math.max(columns, NEW_SHEET.columns);
        if (columns > SHEETS_LIMITS.columns || rows > SHEETS_LIMITS.rows || cells > SHEETS_LIMITS.cells) {
          const far = `${columnLetters(columns)}${rows}`;
          throw new WorkbookTooLarge(
            `${file}: sheet ${name} reaches ${far}, ${count(rows)} rows × ${count(columns)} columns; Google Sheets ` +
              `holds at most ${count(SHEETS_LIMITS.cells)} cells in a spreadsheet (and ${count(SHEETS_LIMITS.columns)} ` +
              `columns, ${count(SHEETS_LIMITS.rows)} rows in a sheet).`,
          );
        }
      }
      earlier += Math.max(rows, NEW_SHEET.rows) * Math.max(columns, NEW_SHEET.columns);
    }
  } catch (error) {
    if (error instanceof WorkbookTooLarge) throw error;
    throw new Error(
      `Cannot read ${file} as .xlsx: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
