// Range: a rectangle of one sheet — values, formulas, display text, formats, notes, validations, merges.
import { formatA1, type GridRect, quoteSheetName } from "./a1";
import { type CellMeta, FORMAT_KEYS } from "./grid";
import { RAW } from "./services/raw";
import type { SheetImpl } from "./sheet";

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

function shapeError(kind: "rows" | "columns", data: number, range: number): Error {
  return new Error(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

export class RangeImpl {
  static readonly gasClass = "Range";

  constructor(
    readonly sheet: SheetImpl,
    readonly rect: GridRect,
  ) {}

  get [RAW](): RangeImpl {
    return this;
  }

  // ---- internal iteration ----

  private map<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.rect;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => fn(row + i, col + j)),
    );
  }

  private each(fn: (row: number, col: number) => void): void {
    this.map(fn);
  }

  private checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      throw shapeError("rows", Array.isArray(data) ? data.length : 0, this.rect.numRows);
    }
    for (const r of data) {
      const n = Array.isArray(r) ? r.length : 0;
      if (n !== this.rect.numCols) throw shapeError("columns", n, this.rect.numCols);
    }
  }

  private setMetaAll<K extends keyof CellMeta>(field: K, value: CellMeta[K] | undefined): RangeImpl {
    this.each((r, c) => this.sheet.grid.set(r, c, field, value));
    return this;
  }

  private setMetaEach<K extends keyof CellMeta>(
    field: K,
    values: (CellMeta[K] | null | undefined)[][],
  ): RangeImpl {
    this.checkShape(values);
    this.each((r, c) =>
      this.sheet.grid.set(r, c, field, values[r - this.rect.row][c - this.rect.col] ?? undefined),
    );
    return this;
  }

  private meta<K extends keyof CellMeta>(field: K): (CellMeta[K] | undefined)[][] {
    return this.map((r, c) => this.sheet.grid.get(r, c)?.[field]);
  }

  // ---- https://developers.google.com/apps-script/reference/spreadsheet/range ----

  getSheet(): SheetImpl {
    return this.sheet;
  }

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.col;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numCols;
  }

  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    return formatA1(this.rect);
  }

  /** Not a Range method: "'Sheet'!A1:B2" for named ranges and logs. */
  qualifiedA1(): string {
    return `${quoteSheetName(this.sheet.name)}!${formatA1(this.rect)}`;
  }

  getCell(row: number, column: number): RangeImpl {
    return this.sheet.rect(this.rect.row + row - 1, this.rect.col + column - 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return this.sheet.rect(
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }

  getValue(): unknown {
    return this.sheet.readValue(this.rect.row, this.rect.col);
  }

  getValues(): unknown[][] {
    return this.map((r, c) => this.sheet.readValue(r, c));
  }

  setValue(value: unknown): RangeImpl {
    this.sheet.write(
      this.rect.row,
      this.rect.col,
      this.map(() => value),
    );
    return this;
  }

  setValues(values: unknown[][]): RangeImpl {
    this.checkShape(values);
    this.sheet.write(this.rect.row, this.rect.col, values);
    return this;
  }

  getDisplayValue(): string {
    return this.sheet.readDisplay(this.rect.row, this.rect.col);
  }

  getDisplayValues(): string[][] {
    return this.map((r, c) => this.sheet.readDisplay(r, c));
  }

  getFormula(): string {
    return this.sheet.readFormula(this.rect.row, this.rect.col);
  }

  getFormulas(): string[][] {
    return this.map((r, c) => this.sheet.readFormula(r, c));
  }

  setFormula(formula: string): RangeImpl {
    return this.setValue(formula);
  }

  setFormulas(formulas: string[][]): RangeImpl {
    return this.setValues(formulas);
  }

  isBlank(): boolean {
    return this.map((r, c) => this.sheet.readValue(r, c) === "" && !this.sheet.readFormula(r, c)).every(
      (row) => row.every(Boolean),
    );
  }

  // formats

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }

  getBackgrounds(): string[][] {
    return this.meta("background").map((r) => r.map((b) => b ?? "#ffffff"));
  }

  setBackground(color: string | null): RangeImpl {
    return this.setMetaAll("background", color ? normalizeColor(color) : undefined);
  }

  setBackgrounds(color: (string | null)[][]): RangeImpl {
    return this.setMetaEach(
      "background",
      color.map((r) => r.map((c) => (c ? normalizeColor(c) : undefined))),
    );
  }

  setBackgroundRGB(red: number, green: number, blue: number): RangeImpl {
    const hex = (n: number): string => n.toString(16).padStart(2, "0");
    return this.setBackground(`#${hex(red)}${hex(green)}${hex(blue)}`);
  }

  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }

  getFontWeights(): string[][] {
    return this.meta("fontWeight").map((r) => r.map((w) => w ?? "normal"));
  }

  setFontWeight(fontWeight: string | null): RangeImpl {
    return this.setMetaAll("fontWeight", fontWeight === "normal" ? undefined : (fontWeight ?? undefined));
  }

  setFontWeights(fontWeights: (string | null)[][]): RangeImpl {
    return this.setMetaEach(
      "fontWeight",
      fontWeights.map((r) => r.map((w) => (w === "normal" ? null : w))),
    );
  }

  getFontColor(): string {
    return this.getFontColors()[0][0];
  }

  getFontColors(): string[][] {
    return this.meta("fontColor").map((r) => r.map((c) => c ?? "#000000"));
  }

  setFontColor(color: string | null): RangeImpl {
    return this.setMetaAll("fontColor", color ? normalizeColor(color) : undefined);
  }

  setFontColors(colors: (string | null)[][]): RangeImpl {
    return this.setMetaEach(
      "fontColor",
      colors.map((r) => r.map((c) => (c ? normalizeColor(c) : null))),
    );
  }

  setFontStyle(fontStyle: string | null): RangeImpl {
    return this.setMetaAll("fontStyle", fontStyle === "normal" ? undefined : (fontStyle ?? undefined));
  }

  getFontStyle(): string {
    return this.getFontStyles()[0][0];
  }

  setFontStyles(fontStyles: (string | null)[][]): RangeImpl {
    return this.setMetaEach(
      "fontStyle",
      fontStyles.map((r) => r.map((s) => (s === "normal" ? null : s))),
    );
  }

  getFontStyles(): string[][] {
    return this.meta("fontStyle").map((r) => r.map((s) => s ?? "normal"));
  }

  setFontSize(size: number): RangeImpl {
    return this.setMetaAll("fontSize", size);
  }

  getFontSize(): number {
    return this.meta("fontSize")[0][0] ?? 10;
  }

  setFontFamily(fontFamily: string | null): RangeImpl {
    return this.setMetaAll("fontFamily", fontFamily ?? undefined);
  }

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }

  getNumberFormats(): string[][] {
    return this.meta("numberFormat").map((r) => r.map((f) => f ?? "0.###############"));
  }

  setNumberFormat(numberFormat: string): RangeImpl {
    return this.setMetaAll("numberFormat", numberFormat || undefined);
  }

  setNumberFormats(numberFormats: string[][]): RangeImpl {
    return this.setMetaEach(
      "numberFormat",
      numberFormats.map((r) => r.map((f) => f || null)),
    );
  }

  setHorizontalAlignment(alignment: string | null): RangeImpl {
    return this.setMetaAll("horizontalAlignment", alignment ?? undefined);
  }

  setHorizontalAlignments(alignments: (string | null)[][]): RangeImpl {
    return this.setMetaEach("horizontalAlignment", alignments);
  }

  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }

  getHorizontalAlignments(): string[][] {
    return this.meta("horizontalAlignment").map((r) => r.map((a) => a ?? "general"));
  }

  setVerticalAlignment(alignment: string | null): RangeImpl {
    return this.setMetaAll("verticalAlignment", alignment ?? undefined);
  }

  setWrap(isWrapEnabled: boolean): RangeImpl {
    return this.setMetaAll("wrap", isWrapEnabled);
  }

  getWrap(): boolean {
    return this.meta("wrap")[0][0] ?? true;
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): RangeImpl {
    return this.setMetaAll("wrapStrategy", String(strategy));
  }

  /** Each cell's strategy; a cell never set is OVERFLOW, Sheets' default for a new sheet. */
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    return this.meta("wrapStrategy").map((r) =>
      r.map((w) => (w ?? "OVERFLOW") as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy),
    );
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.getWrapStrategies()[0][0];
  }

  /** Recorded only: true when any border was switched on. */
  setBorder(
    top: boolean | null,
    left?: boolean | null,
    bottom?: boolean | null,
    right?: boolean | null,
    vertical?: boolean | null,
    horizontal?: boolean | null,
    _color?: string | null,
    _style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): RangeImpl {
    const on = Boolean(top || left || bottom || right || vertical || horizontal);
    return this.setMetaAll("border", on || undefined);
  }

  // notes

  getNote(): string {
    return this.getNotes()[0][0];
  }

  getNotes(): string[][] {
    return this.meta("note").map((r) => r.map((n) => n ?? ""));
  }

  setNote(note: string | null): RangeImpl {
    return this.setMetaAll("note", note || undefined);
  }

  setNotes(notes: (string | null)[][]): RangeImpl {
    return this.setMetaEach(
      "note",
      notes.map((r) => r.map((n) => n || null)),
    );
  }

  clearNote(): RangeImpl {
    return this.setMetaAll("note", undefined);
  }

  // validations

  getDataValidation(): DataValidation | null {
    return this.sheet.grid.get(this.rect.row, this.rect.col)?.validation ?? null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.meta("validation").map((r) => r.map((v) => v ?? null));
  }

  setDataValidation(rule: DataValidation | null): RangeImpl {
    this.setMetaAll("validationAnchor", rule ? [this.rect.row, this.rect.col] : undefined);
    return this.setMetaAll("validation", rule ?? undefined);
  }

  setDataValidations(rules: (DataValidation | null)[][]): RangeImpl {
    this.setMetaEach("validation", rules);
    this.each((r, c) =>
      this.sheet.grid.set(
        r,
        c,
        "validationAnchor",
        this.sheet.grid.get(r, c)?.validation ? [r, c] : undefined,
      ),
    );
    return this;
  }

  clearDataValidations(): RangeImpl {
    this.setMetaAll("validationAnchor", undefined);
    return this.setMetaAll("validation", undefined);
  }

  /** A checkbox is a CHECKBOX validation; empty cells read as false (Range.insertCheckboxes). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): RangeImpl {
    const values =
      checkedValue === undefined
        ? []
        : [checkedValue, ...(uncheckedValue === undefined ? [] : [uncheckedValue])];
    return this.setMetaAll("validation", this.sheet.ss.factories.checkbox(values));
  }

  removeCheckboxes(): RangeImpl {
    this.each((r, c) => {
      const v = this.sheet.grid.get(r, c)?.validation;
      if (v && String(v.getCriteriaType()) === "CHECKBOX") this.sheet.grid.set(r, c, "validation", undefined);
    });
    return this;
  }

  check(): RangeImpl {
    return this.setValue(true);
  }

  uncheck(): RangeImpl {
    return this.setValue(false);
  }

  isChecked(): boolean | null {
    const values = this.getValues().flat();
    if (values.every((v) => v === true)) return true;
    if (values.every((v) => v === false)) return false;
    return null;
  }

  // merges

  merge(): RangeImpl {
    this.breakApart();
    this.sheet.grid.merges.push({ ...this.rect });
    return this;
  }

  mergeAcross(): RangeImpl {
    this.breakApart();
    for (let i = 0; i < this.rect.numRows; i++) {
      this.sheet.grid.merges.push({
        row: this.rect.row + i,
        col: this.rect.col,
        numRows: 1,
        numCols: this.rect.numCols,
      });
    }
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet.mergesIn(this.rect).length > 0;
  }

  getMergedRanges(): RangeImpl[] {
    return this.sheet.mergesIn(this.rect).map((g) => this.sheet.rect(g.row, g.col, g.numRows, g.numCols));
  }

  breakApart(): RangeImpl {
    const hit = new Set(this.sheet.mergesIn(this.rect));
    this.sheet.grid.merges = this.sheet.grid.merges.filter((g) => !hit.has(g));
    return this;
  }

  // clearing

  /** clear(), or only what the options name (contents, formats, validations; comments are not emulated). */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): RangeImpl {
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly);
    if (!only || options.contentsOnly) this.clearContent();
    if (!only || options.formatOnly) this.clearFormat();
    if (!only || options.validationsOnly)
      this.sheet.grid.clear(this.rect, ["validation", "validationAnchor"]);
    if (!only) this.sheet.grid.clear(this.rect, ["note"]);
    return this;
  }

  clearContent(): RangeImpl {
    this.sheet.write(
      this.rect.row,
      this.rect.col,
      this.map(() => null),
    );
    return this;
  }

  clearFormat(): RangeImpl {
    this.sheet.grid.clear(this.rect, FORMAT_KEYS);
    return this;
  }

  activate(): RangeImpl {
    this.sheet.ss.setActiveSelection(this);
    return this;
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = this.sheet.ss.factories.protection(this.sheet, this);
    this.sheet.protections.push(p);
    return p;
  }
}

/** Lowercase #rrggbb for hex colours; named colours (white, red…) as Sheets reports them. */
export function normalizeColor(color: string): string {
  const named: Record<string, string> = {
    white: "#ffffff",
    black: "#000000",
    red: "#ff0000",
    green: "#00ff00",
    blue: "#0000ff",
    yellow: "#ffff00",
  };
  const c = color.trim().toLowerCase();
  if (named[c]) return named[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : c;
}

/** The emulator's own Range behind one handed to a method (counted wrappers are unwrapped on the way in). */
export function ownRange(range: GoogleAppsScript.Spreadsheet.Range): RangeImpl {
  if (range instanceof RangeImpl) return range;
  throw new Error(
    "The parameters (Range) don't match the method signature: not a Range of this spreadsheet.",
  );
}
