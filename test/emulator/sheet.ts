// Sheet: one tab — its grid meta, size, frozen panes, rules, protections, charts; cell reads/writes for ranges.
import type { RawCellContent } from "hyperformula";
import { type GridRect, parseA1 } from "./a1";
import { dateToSerial, defaultDateFormat, isDate, serialToDate } from "./cell-input";
import { DeveloperMetadataFinderImpl, DeveloperMetadataImpl } from "./developer-metadata";
import { FORMAT_KEYS, Grid } from "./grid";
import { growthRefusal, SHEETS_LIMITS, tooLongMessage } from "./limits";
import { displayText, isDateFormat } from "./number-format";
import { ownRange, RangeImpl } from "./range";
import { RangeListImpl } from "./range-list";
import { RAW } from "./services/raw";
import type { SpreadsheetImpl } from "./spreadsheet";
import { type InputOrigin, parseInput } from "./typed-input";

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

const DATE_TYPES = new Set(["NUMBER_DATE", "NUMBER_DATETIME", "NUMBER_TIME"]);

/** True for a checkbox validation (Sheets' requireCheckbox → DataValidationCriteria.CHECKBOX). */
export function isCheckbox(v: GoogleAppsScript.Spreadsheet.DataValidation | undefined): boolean {
  return v !== undefined && ["CHECKBOX", "BOOLEAN"].includes(String(v.getCriteriaType()));
}

export class SheetImpl {
  static readonly gasClass = "Sheet";
  readonly grid = new Grid();
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  tabColor: string | null = null;
  cfRules: ConditionalFormatRule[] = [];
  protections: Protection[] = [];
  charts: EmbeddedChart[] = [];

  constructor(
    readonly ss: SpreadsheetImpl,
    public name: string,
    readonly sheetId: number,
  ) {}

  get [RAW](): SheetImpl {
    return this;
  }

  // ---- cell-level helpers used by RangeImpl (never counted) ----

  private reportShift(axis: "rows" | "columns", at: number, count: number): void {
    for (const listener of this.ss.shiftListeners) listener({ sheetId: this.sheetId, axis, at, count });
  }

  private engineRow(row: number): number {
    return row - 1;
  }

  /** The value Apps Script's getValue returns for a 1-based cell. */
  readValue(row: number, col: number): unknown {
    const v = this.ss.engine.value(this.name, this.engineRow(row), col - 1);
    const meta = this.grid.get(row, col);
    if (v.value === "" && isCheckbox(meta?.validation)) return false;
    if (typeof v.value === "number") {
      const fmt = meta?.numberFormat;
      if (isDateFormat(fmt) || (!fmt && DATE_TYPES.has(v.type)))
        return serialToDate(v.value, this.ss.timeZone);
    }
    return v.value;
  }

  readDisplay(row: number, col: number): string {
    const v = this.ss.engine.value(this.name, this.engineRow(row), col - 1);
    const meta = this.grid.get(row, col);
    if (v.value === "" && isCheckbox(meta?.validation)) return "FALSE";
    let fmt = meta?.numberFormat;
    if (!fmt && DATE_TYPES.has(v.type)) fmt = defaultDateFormat(this.ss.locale, v.type !== "NUMBER_DATE");
    if (!fmt && v.type === "NUMBER_PERCENT") fmt = "0%";
    return displayText(v.value, fmt, this.ss.locale, this.ss.timeZone);
  }

  readFormula(row: number, col: number): string {
    return this.ss.engine.formula(this.name, this.engineRow(row), col - 1);
  }

  /** HF content for one value from a script or a user, setting the number format Sheets would pick. */
  toContent(row: number, col: number, value: unknown, origin: InputOrigin = "script"): RawCellContent {
    const meta = this.grid.get(row, col);
    if (value === null || value === undefined || value === "") return null;
    if (isDate(value)) {
      if (!isDateFormat(meta?.numberFormat)) {
        // A time of day shows in the spreadsheet's zone, not the script's (the process's).
        const timed = dateToSerial(value, this.ss.timeZone) % 1 !== 0;
        this.grid.set(row, col, "numberFormat", defaultDateFormat(this.ss.locale, timed));
      }
      return dateToSerial(value, this.ss.timeZone);
    }
    if (typeof value === "number" || typeof value === "boolean") return value;
    const text = String(value);
    if (meta?.numberFormat === "@") return `'${text}`;
    const parsed = parseInput(text, this.ss.locale, origin);
    if (parsed.kind === "formula") return parsed.formula;
    if (parsed.format && !meta?.numberFormat) this.grid.set(row, col, "numberFormat", parsed.format);
    return typeof parsed.value === "string" ? `'${parsed.value}` : parsed.value;
  }

  /** Writes a block of values (1-based top-left) in one engine call; `origin` "user" for what a user typed. */
  write(row: number, col: number, values: unknown[][], origin: InputOrigin = "script"): void {
    for (const line of values)
      for (const v of line)
        if (typeof v === "string" && v.length > SHEETS_LIMITS.cellCharacters)
          throw new Error(tooLongMessage());
    this.ensureSize(row + values.length - 1, col + (values[0]?.length ?? 1) - 1);
    const contents = values.map((r, i) => r.map((v, j) => this.toContent(row + i, col + j, v, origin)));
    this.ss.engine.setContents(this.name, this.engineRow(row), col - 1, contents);
  }

  /** Grows the grid when a write lands past the last row/column (appendRow does this in Sheets). */
  ensureSize(lastRow: number, lastCol: number): void {
    this.checkGrowth(Math.max(lastRow, this.maxRows), Math.max(lastCol, this.maxCols));
    if (lastRow > this.maxRows) {
      const oldLast = this.maxRows;
      this.maxRows = lastRow;
      this.ss.engine.extendOpenRanges(this.name, oldLast, lastRow);
    }
    if (lastCol > this.maxCols) this.maxCols = lastCol;
  }

  rect(row: number, col: number, numRows = 1, numCols = 1): RangeImpl {
    if (row < 1) throw new Error("The starting row of the range is too small.");
    if (col < 1) throw new Error("The starting column of the range is too small.");
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numCols < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new RangeImpl(this, { row, col, numRows, numCols });
  }

  /** Last row/column holding content (values or formulas), 0 when empty. */
  /**
   * The last row and column holding content (a value, a formula or a spilled value). HF's own dimensions also
   * grow with cells that formulas merely reference (e.g. A2:A3000), which Sheets does not count.
   */
  private contentSize(): { rows: number; cols: number } {
    const hf = this.ss.engine.hf;
    const id = this.ss.engine.id(this.name);
    let rows = 0;
    let cols = 0;
    const scan = (grid: unknown[][]) => {
      grid.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined || cell === "") return;
          if (r + 1 > rows) rows = r + 1;
          if (c + 1 > cols) cols = c + 1;
        });
      });
    };
    scan(hf.getSheetSerialized(id));
    scan(hf.getSheetValues(id));
    return { rows, cols };
  }

  // ---- https://developers.google.com/apps-script/reference/spreadsheet/sheet ----

  getName(): string {
    return this.name;
  }

  setName(name: string): SheetImpl {
    this.ss.renameSheet(this, name);
    return this;
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): SheetImpl {
    const value = typeof valueOrVisibility === "string" ? valueOrVisibility : null;
    this.ss.metadata.add(
      this,
      key,
      value,
      typeof valueOrVisibility === "string" ? visibility : valueOrVisibility,
    );
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return this.ss.metadata.entries
      .filter((e) => e.sheet === this)
      .map((e) => new DeveloperMetadataImpl(this.ss, e));
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.ss, this);
  }

  getSheetId(): number {
    return this.sheetId;
  }

  getIndex(): number {
    return this.ss.sheets.indexOf(this) + 1;
  }

  getParent(): SpreadsheetImpl {
    return this.ss;
  }

  getRange(a1OrRow: string | number, col?: number, numRows?: number, numCols?: number): RangeImpl {
    if (typeof a1OrRow === "number") return this.rect(a1OrRow, col ?? 1, numRows ?? 1, numCols ?? 1);
    const ref = parseA1(a1OrRow, this.maxRows, this.maxCols);
    if (ref.sheet !== undefined && ref.sheet !== this.name) return this.ss.getRange(a1OrRow);
    return this.rect(ref.row, ref.col, ref.numRows, ref.numCols);
  }

  getRangeList(a1s: string[]): RangeListImpl {
    if (!Array.isArray(a1s) || a1s.length === 0) {
      throw new Error(
        "Sheet.getRangeList needs at least one A1 notation (the emulator refuses an empty list).",
      );
    }
    return new RangeListImpl(a1s.map((a) => this.getRange(a)));
  }

  getDataRange(): RangeImpl {
    const s = this.contentSize();
    return this.rect(1, 1, Math.max(1, s.rows), Math.max(1, s.cols));
  }

  getLastRow(): number {
    return this.contentSize().rows;
  }

  getLastColumn(): number {
    return this.contentSize().cols;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxCols;
  }

  /** clear(), or only contents or only formats. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): SheetImpl {
    const all = !options?.formatOnly && !options?.contentsOnly;
    if (all || options?.contentsOnly) this.ss.engine.clearSheet(this.name);
    if (all || options?.formatOnly) {
      this.grid.cells.clear();
      this.grid.merges = [];
    }
    return this;
  }

  clearContents(): SheetImpl {
    this.ss.engine.clearSheet(this.name);
    return this;
  }

  clearFormats(): SheetImpl {
    for (const [r, c] of this.grid.entries()) {
      for (const k of FORMAT_KEYS) this.grid.set(r, c, k, undefined);
    }
    return this;
  }

  clearNotes(): SheetImpl {
    for (const [r, c] of this.grid.entries()) this.grid.set(r, c, "note", undefined);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.frozenCols = columns;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  getFrozenColumns(): number {
    return this.frozenCols;
  }

  setColumnWidth(column: number, width: number): SheetImpl {
    this.grid.columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.grid.columnWidths.set(c, width);
    return this;
  }

  /** Default column width in Sheets is 100 pixels. */
  getColumnWidth(column: number): number {
    return this.grid.columnWidths.get(column) ?? 100;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): SheetImpl {
    return this;
  }

  autoResizeColumn(_column: number): SheetImpl {
    return this;
  }

  setRowHeight(_row: number, _height: number): SheetImpl {
    return this;
  }

  /** Throws Sheets' message when this sheet at `rows` × `columns` would pass a limit of Sheets. */
  checkGrowth(rows: number, columns: number): void {
    const others = this.ss.sheets.reduce((sum, s) => sum + (s === this ? 0 : s.maxRows * s.maxCols), 0);
    const refusal = growthRefusal(others + rows * columns, rows, columns);
    if (refusal) throw new Error(refusal);
  }

  private insertRowsAt(before: number, n: number): void {
    this.checkGrowth(this.maxRows + n, this.maxCols);
    const oldLast = this.maxRows;
    this.ss.engine.insertRows(this.name, this.engineRow(before), n);
    this.grid.shiftRows(before, n);
    this.maxRows += n;
    this.reportShift("rows", before, n);
    if (before > oldLast) this.ss.engine.extendOpenRanges(this.name, oldLast, this.maxRows);
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.insertRowsAt(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.insertRowsAt(beforePosition, howMany);
    return this;
  }

  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.ss.engine.deleteRows(this.name, this.engineRow(rowPosition), howMany);
    this.grid.shiftRows(rowPosition, -howMany);
    this.maxRows -= howMany;
    this.reportShift("rows", rowPosition, -howMany);
  }

  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.checkGrowth(this.maxRows, this.maxCols + howMany);
    this.ss.engine.insertColumns(this.name, afterPosition, howMany);
    this.grid.shiftColumns(afterPosition + 1, howMany);
    this.maxCols += howMany;
    this.reportShift("columns", afterPosition + 1, howMany);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsBefore(Integer,Integer) */
  insertColumnsBefore(columnIndex: number, numColumns: number): SheetImpl {
    return this.insertColumnsAfter(columnIndex - 1, numColumns);
  }

  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.ss.engine.deleteColumns(this.name, columnPosition - 1, howMany);
    this.grid.shiftColumns(columnPosition, -howMany);
    this.maxCols -= howMany;
    this.reportShift("columns", columnPosition, -howMany);
  }

  appendRow(rowContents: unknown[]): SheetImpl {
    const row = this.getLastRow() + 1;
    this.write(row, 1, [rowContents]);
    return this;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.grid.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.grid.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.grid.hiddenColumns.has(columnPosition);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideRows(Integer,Integer)
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.grid.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.grid.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.grid.hiddenRows.has(rowPosition);
  }

  protect(): Protection {
    const p = this.ss.factories.protection(this, null);
    this.protections.push(p);
    return p;
  }

  getProtections(type: ProtectionType): Protection[] {
    return this.protections.filter((p) => String(p.getProtectionType()) === String(type));
  }

  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.cfRules = [...rules];
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.cfRules];
  }

  clearConditionalFormatRules(): void {
    this.cfRules = [];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.ss.factories.chartBuilder(this);
  }

  insertChart(chart: EmbeddedChart): void {
    this.charts.push(chart);
  }

  getCharts(): EmbeddedChart[] {
    return [...this.charts];
  }

  removeChart(chart: EmbeddedChart): void {
    this.charts = this.charts.filter((c) => c !== chart && c.getChartId() !== chart.getChartId());
  }

  updateChart(chart: EmbeddedChart): void {
    const i = this.charts.findIndex((c) => c === chart || c.getChartId() === chart.getChartId());
    if (i >= 0) this.charts[i] = chart;
    else this.charts.push(chart);
  }

  activate(): SheetImpl {
    this.ss.activeSheet = this;
    this.ss.activeRange = null;
    return this;
  }

  setTabColor(color: string | null): SheetImpl {
    this.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  getActiveRange(): RangeImpl | null {
    return this.ss.activeRange?.sheet === this ? this.ss.activeRange : null;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): RangeImpl {
    return this.ss.setActiveSelection(ownRange(range));
  }

  setActiveSelection(a1: string | RangeImpl): RangeImpl {
    const r = typeof a1 === "string" ? this.getRange(a1) : a1;
    return this.ss.setActiveSelection(r);
  }

  /** Rectangles of this sheet's merges (internal). */
  mergesIn(rect: GridRect): GridRect[] {
    return this.grid.merges.filter(
      (g) =>
        g.row < rect.row + rect.numRows &&
        rect.row < g.row + g.numRows &&
        g.col < rect.col + rect.numCols &&
        rect.col < g.col + g.numCols,
    );
  }
}
