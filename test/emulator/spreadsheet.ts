// Spreadsheet: the document — its sheets, formula engine, locale/time zone, named ranges, selection, custom functions.
import vm from "node:vm";
import { parseA1 } from "./a1";
import type { CallLog } from "./call-log";
import { dateToSerial, isDate, serialToDate } from "./cell-input";
import type { Clock } from "./clock";
import type { CellArg } from "./custom-functions-plugin";
import { DeveloperMetadataFinderImpl, DeveloperMetadataImpl, MetadataStore } from "./developer-metadata";
import { type EngineHost, FormulaEngine } from "./formula-engine";
import { isDateFormat } from "./number-format";
import { ownRange, type RangeImpl } from "./range";
import { NODE_REALM, Realm } from "./realm";
import { RAW } from "./services/raw";
import { isCheckbox, SheetImpl } from "./sheet";

/** Objects the rules helper builds; injected so the grid core does not depend on their constructors. */
export interface RuleFactories {
  protection(sheet: SheetImpl, range: RangeImpl | null): GoogleAppsScript.Spreadsheet.Protection;
  chartBuilder(sheet: SheetImpl): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  /** A CHECKBOX validation, with custom checked/unchecked values when given. */
  checkbox(values?: unknown[]): GoogleAppsScript.Spreadsheet.DataValidation;
}

export interface SpreadsheetSettings {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  calls: CallLog;
  clock: Clock;
  factories: RuleFactories;
  toast(message: string, title: string, timeoutSeconds: number): void;
  /** Runs a custom function as its own execution (read-only, 30 s), see ExecutionGate. */
  asCustomFunction<T>(body: () => T): T;
}

type CustomFunction = (...args: unknown[]) => unknown;

/** A named range as Spreadsheet.getNamedRanges returns it. */
export class NamedRangeImpl {
  static readonly gasClass = "NamedRange";
  constructor(
    private readonly ss: SpreadsheetImpl,
    private name: string,
  ) {}

  get [RAW](): NamedRangeImpl {
    return this;
  }

  getName(): string {
    return this.name;
  }

  getRange(): RangeImpl {
    const r = this.ss.getRangeByName(this.name);
    if (!r) throw new Error(`Named range ${this.name} points nowhere.`);
    return r;
  }

  setName(name: string): NamedRangeImpl {
    const range = this.getRange();
    this.ss.removeNamedRange(this.name);
    this.ss.setNamedRange(name, range);
    this.name = name;
    return this;
  }

  setRange(range: RangeImpl): NamedRangeImpl {
    this.ss.setNamedRange(this.name, range);
    return this;
  }

  remove(): void {
    this.ss.removeNamedRange(this.name);
  }
}

/** Rows or columns inserted (count > 0) or deleted (count < 0) at a 1-based position of one sheet. */
export interface SheetShift {
  readonly sheetId: number;
  readonly axis: "rows" | "columns";
  readonly at: number;
  readonly count: number;
}

export class SpreadsheetImpl {
  static readonly gasClass = "Spreadsheet";
  readonly engine: FormulaEngine;
  sheets: SheetImpl[] = [];
  activeSheet: SheetImpl;
  activeRange: RangeImpl | null = null;
  locale: string;
  timeZone: string;
  name: string;
  readonly id: string;
  readonly factories: RuleFactories;
  readonly functions = new Map<string, CustomFunction>();
  readonly metadata = new MetadataStore();
  /** Told of every row or column insert and delete, by script or test (Emulator.onShift); never by Google. */
  readonly shiftListeners = new Set<(shift: SheetShift) => void>();
  /** The realm (the bundle's vm context) whose Dates and arrays custom functions receive. */
  private realm: Realm = NODE_REALM;
  private nextSheetId = 0;

  constructor(private readonly settings: SpreadsheetSettings) {
    this.id = settings.id;
    this.name = settings.name;
    this.locale = settings.locale;
    this.timeZone = settings.timeZone;
    this.factories = settings.factories;
    this.engine = new FormulaEngine(this.host());
    this.activeSheet = this.addSheet(this.defaultSheetName(), 0);
  }

  get [RAW](): SpreadsheetImpl {
    return this;
  }

  private host(): EngineHost {
    return {
      has: (name) => this.functions.has(name.toUpperCase()),
      argument: (a) => this.customArgument(a),
      call: (name, args) => {
        this.settings.calls.record(`CustomFunction.${name}`);
        const fn = this.functions.get(name.toUpperCase());
        if (!fn) throw new Error(`Unknown function: ${name}`);
        const adopted = args.map((a) => this.realm.adopt(a));
        return this.settings.asCustomFunction(() => fn(...adopted));
      },
      result: (v) => {
        if (v === null || v === undefined) return null;
        if (isDate(v)) return dateToSerial(v, this.timeZone);
        if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
        return String(v);
      },
      resize: () => undefined,
      maxRows: (sheet, current) => this.sheetNamed(sheet ?? current)?.maxRows ?? 1000,
      nowSerial: () => this.settings.clock.serial(this.timeZone),
    };
  }

  private customArgument(a: CellArg): unknown {
    const literalDate = a.date && typeof a.value === "number";
    if (a.sheet === undefined || a.row === undefined || a.col === undefined) {
      return literalDate ? serialToDate(a.value as number, this.timeZone) : a.value;
    }
    const sheetName = this.engine.hf.getSheetName(a.sheet);
    const sheet = sheetName === undefined ? undefined : this.sheetNamed(sheetName);
    if (!sheet) return literalDate ? serialToDate(a.value as number, this.timeZone) : a.value;
    const meta = sheet.grid.get(a.row + 1, a.col + 1);
    if (a.value === "" && isCheckbox(meta?.validation)) return false;
    const fmt = meta?.numberFormat;
    if (typeof a.value === "number" && (isDateFormat(fmt) || (!fmt && a.date)))
      return serialToDate(a.value, this.timeZone);
    return a.value;
  }

  /** Makes the bundle's functions callable from formulas in this spreadsheet only. */
  bindFunctions(context: Record<string, unknown>, names: readonly string[]): void {
    if (vm.isContext(context)) this.realm = new Realm(context);
    for (const name of names) {
      const fn = context[name];
      if (typeof fn !== "function")
        throw new Error(`Custom function ${name} is not a function in the bundle.`);
      this.functions.set(name.toUpperCase(), (...args: unknown[]) => Reflect.apply(fn, context, args));
    }
    this.engine.registerFunctions(names);
  }

  private defaultSheetName(): string {
    const base = this.locale.startsWith("sv") ? "Blad" : "Sheet";
    let n = this.sheets.length + 1;
    while (this.sheetNamed(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  sheetNamed(name: string): SheetImpl | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Adds a sheet without the API's side effects (used by insertSheet and snapshots). */
  addSheet(name: string, index: number, sheetId = this.nextSheetId): SheetImpl {
    if (this.sheetNamed(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetImpl(this, name, sheetId);
    sheet.checkGrowth(sheet.maxRows, sheet.maxCols);
    this.nextSheetId = Math.max(this.nextSheetId, sheetId) + 1;
    this.engine.addSheet(name);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, sheet);
    return sheet;
  }

  renameSheet(sheet: SheetImpl, name: string): void {
    if (sheet.name === name) return;
    if (this.sheetNamed(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.engine.renameSheet(sheet.name, name);
    sheet.name = name;
  }

  // ---- https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet ----

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }

  getSheets(): SheetImpl[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): SheetImpl | null {
    return this.sheetNamed(name) ?? null;
  }

  getSheetById(id: number): SheetImpl | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }

  /** insertSheet(), (index), (name), (name, index); the new sheet becomes active. Templates are not emulated. */
  insertSheet(
    nameOrIndex?: string | number | { template?: GoogleAppsScript.Spreadsheet.Sheet },
    indexOrOptions?: number | { template?: GoogleAppsScript.Spreadsheet.Sheet },
    options?: { template?: GoogleAppsScript.Spreadsheet.Sheet },
  ): SheetImpl {
    const template = [nameOrIndex, indexOrOptions, options].some((a) => typeof a === "object" && a?.template);
    if (template)
      throw new Error("The emulator does not copy template sheets (insertSheet with options.template).");
    const name = typeof nameOrIndex === "string" ? nameOrIndex : this.defaultSheetName();
    const index = typeof indexOrOptions === "number" ? indexOrOptions : undefined;
    const at = typeof nameOrIndex === "number" ? nameOrIndex : (index ?? this.sheets.length);
    const sheet = this.addSheet(name, at);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const target = this.sheets.find((s) => s === (sheet as unknown) || s.sheetId === sheet.getSheetId());
    if (!target) return;
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.engine.removeSheet(target.name);
    this.metadata.dropSheet(target);
    this.sheets = this.sheets.filter((s) => s !== target);
    if (this.activeSheet === target) this.activeSheet = this.sheets[0];
    if (this.activeRange?.sheet === target) this.activeRange = null;
  }

  getActiveSheet(): SheetImpl {
    return this.activeSheet;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, _restoreSelection?: boolean): SheetImpl {
    this.activeSheet =
      this.sheets.find((s) => s === (sheet as unknown) || s.sheetId === sheet.getSheetId()) ??
      this.activeSheet;
    this.activeRange = null;
    return this.activeSheet;
  }

  /** Moves the active sheet to a 1-based position among the sheets (a user dragging its tab). */
  moveActiveSheet(pos: number): void {
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) {
      throw new Error(`The position ${pos} is out of range.`);
    }
    const rest = this.sheets.filter((s) => s !== this.activeSheet);
    rest.splice(pos - 1, 0, this.activeSheet);
    this.sheets = rest;
  }

  getActiveRange(): RangeImpl | null {
    return this.activeRange ?? this.activeSheet.getRange(1, 1);
  }

  getCurrentCell(): RangeImpl | null {
    const r = this.getActiveRange();
    return r ? r.getCell(1, 1) : null;
  }

  setActiveSelection(range: RangeImpl | string): RangeImpl {
    const r = typeof range === "string" ? this.getRange(range) : range;
    this.activeSheet = r.sheet;
    this.activeRange = r;
    return r;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): RangeImpl {
    return this.setActiveSelection(ownRange(range));
  }

  /** "'Sheet'!A1:B2", or an address on the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    const ref = parseA1(a1Notation, 1, 1);
    const sheet = ref.sheet === undefined ? this.activeSheet : this.sheetNamed(ref.sheet);
    if (!sheet) throw new Error("Range not found");
    const address = a1Notation.slice(a1Notation.lastIndexOf("!") + 1);
    return sheet.getRange(address);
  }

  setNamedRange(name: string, given: GoogleAppsScript.Spreadsheet.Range | RangeImpl): void {
    const range = ownRange(given as GoogleAppsScript.Spreadsheet.Range);
    const abs = range
      .getA1Notation()
      .split(":")
      .map((p) => p.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
      .join(":");
    this.engine.setName(name, range.sheet.name, abs);
  }

  getRangeByName(name: string): RangeImpl | null {
    const expr = this.engine.nameExpression(name);
    if (!expr || expr.includes("#REF!")) return null;
    try {
      return this.getRange(expr.replace(/^=/, "").replace(/\$/g, ""));
    } catch {
      return null;
    }
  }

  getNamedRanges(): NamedRangeImpl[] {
    return this.engine.hf.listNamedExpressions().map((n) => new NamedRangeImpl(this, n));
  }

  removeNamedRange(name: string): void {
    if (this.engine.hf.listNamedExpressions().includes(name)) this.engine.removeName(name);
  }

  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: string | GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): SpreadsheetImpl {
    const value = typeof valueOrVisibility === "string" ? valueOrVisibility : null;
    this.metadata.add(
      null,
      key,
      value,
      typeof valueOrVisibility === "string" ? visibility : valueOrVisibility,
    );
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return this.metadata.entries
      .filter((e) => e.sheet === null)
      .map((e) => new DeveloperMetadataImpl(this, e));
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this, null);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.settings.toast(String(msg), title ?? "", timeoutSeconds ?? 5);
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.activeSheet.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  flush(): void {}
}
