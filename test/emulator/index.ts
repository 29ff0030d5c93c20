// Public API of the Sheets emulator: createEmulator() → globals for gas-local, inspection, user edits, snapshots.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseA1 } from "./a1";
import { CallLog } from "./call-log";
import { Exposer } from "./counting";
import {
  conditionalBackground,
  ruleBuilders,
  ruleFactories,
  shiftFormula,
  validationAccepts,
  validationFromSpec,
  validationSpec,
} from "./rule-bridge";
import type { DataValidationSpec } from "./rules/data-validation";
import { createServiceState, createServices, type ServiceState } from "./services/index";
import type { UiLog } from "./services/ui";
import { type EmulatorSnapshot, restoreSnapshot, snapshotOf } from "./snapshot";
import { SpreadsheetImpl } from "./spreadsheet";
import { SpreadsheetAppImpl } from "./spreadsheet-app";

export type { EmulatorSnapshot } from "./snapshot";
export type { DataValidationSpec };

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface EmulatorOptions {
  /** Spreadsheet locale, default "sv_SE". */
  locale?: string;
  /** Spreadsheet (and script) time zone, default "Europe/Stockholm". */
  timeZone?: string;
  userEmail?: string;
  /** Folder HtmlService reads .html files from, default <repo>/build. */
  htmlDir?: string;
  name?: string;
  snapshot?: EmulatorSnapshot;
}

export interface EditResult {
  accepted: boolean;
  message?: string;
}

export interface Emulator {
  /** A fresh globals object for one gas-local load (one execution). */
  globals(): Record<string, unknown>;
  /** Uncounted handle for test setup and inspection. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly calls: CallLog;
  readonly ui: UiLog;
  bindCustomFunctions(context: Record<string, unknown>, names: readonly string[]): void;
  userEdit(
    context: Record<string, unknown> | null,
    sheetName: string,
    a1: string,
    value: unknown,
  ): EditResult;
  visibleBackgrounds(sheetName: string): string[][];
  cellError(sheetName: string, a1: string): string | null;
  /** A1s of the cells showing part of another cell's spilled result (Sheets never stores these). */
  spilledCells(sheetName: string): string[];
  toJSON(): EmulatorSnapshot;
  /** Another execution takes a lock (e.g. a second volunteer mid-generation); returns its release. */
  holdLock(scope: "document" | "script" | "user"): () => void;
}

/** Sheets' onEdit value/oldValue: strings (numbers and dates as their stored number, booleans TRUE/FALSE). */
function eventText(value: unknown): string | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

class EmulatorImpl implements Emulator {
  readonly calls = new CallLog();
  readonly ui: UiLog;
  readonly ss: SpreadsheetImpl;
  readonly state: ServiceState;

  constructor(options: EmulatorOptions) {
    const locale = options.snapshot?.locale ?? options.locale ?? "sv_SE";
    const timeZone = options.snapshot?.timeZone ?? options.timeZone ?? "Europe/Stockholm";
    this.state = createServiceState({
      locale: locale.split("_")[0],
      timeZone,
      userEmail: options.userEmail ?? "user@example.com",
      htmlDir: options.htmlDir ?? path.join(REPO, "build"),
    });
    this.ui = this.state.uiLog;
    this.ss = new SpreadsheetImpl({
      id: options.snapshot?.id ?? "emulated-spreadsheet-id",
      name: options.snapshot?.name ?? options.name ?? "Verksamhetsplan",
      locale,
      timeZone,
      calls: this.calls,
      factories: ruleFactories(),
      toast: (message, title, timeoutSeconds) => this.ui.toasts.push({ message, title, timeoutSeconds }),
    });
    if (options.snapshot) restoreSnapshot(this.ss, this.state, options.snapshot, validationFromSpec);
  }

  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  globals(): Record<string, unknown> {
    const services = createServices(this.state, this.calls);
    const exposer = new Exposer(this.calls);
    const app = new SpreadsheetAppImpl(this.ss, services.ui, ruleBuilders());
    return {
      SpreadsheetApp: exposer.expose(app),
      LockService: services.LockService,
      PropertiesService: services.PropertiesService,
      CacheService: services.CacheService,
      Session: services.Session,
      Utilities: services.Utilities,
      HtmlService: services.HtmlService,
      Logger: services.Logger,
      Charts: services.Charts,
      console,
    };
  }

  bindCustomFunctions(context: Record<string, unknown>, names: readonly string[]): void {
    this.ss.bindFunctions(context, names);
  }

  private sheet(name: string) {
    const sheet = this.ss.sheetNamed(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  cellError(sheetName: string, a1: string): string | null {
    const sheet = this.sheet(sheetName);
    const ref = parseA1(a1, sheet.maxRows, sheet.maxCols);
    const v = this.ss.engine.value(sheet.name, ref.row - 1, ref.col - 1);
    return v.error ? v.error.message || v.error.code : null;
  }

  spilledCells(sheetName: string): string[] {
    return this.ss.engine.spilledCells(this.sheet(sheetName).name);
  }

  userEdit(
    context: Record<string, unknown> | null,
    sheetName: string,
    a1: string,
    value: unknown,
  ): EditResult {
    const sheet = this.sheet(sheetName);
    const range = sheet.getRange(a1);
    const { row, col } = range.rect;
    const single = range.rect.numRows === 1 && range.rect.numCols === 1;
    const hf = this.ss.engine.hf;
    const address = { sheet: this.ss.engine.id(sheet.name), row: row - 1, col: col - 1 };
    const before = hf.getCellSerialized(address);
    const formatBefore = sheet.grid.get(row, col)?.numberFormat;
    const oldValue = sheet.readValue(row, col);
    range.setValues(
      range.rect.numRows === 1 && range.rect.numCols === 1
        ? [[value]]
        : range.getValues().map((r) => r.map(() => value)),
    );
    const rule = sheet.grid.get(row, col)?.validation;
    if (rule && !rule.getAllowInvalid()) {
      const anchor = sheet.grid.get(row, col)?.validationAnchor ?? [row, col];
      const evaluate = (formula: string): unknown =>
        this.ss.engine.calculate(shiftFormula(formula, row - anchor[0], col - anchor[1]), sheet.name);
      if (!validationAccepts(rule, sheet.readValue(row, col), evaluate)) {
        this.ss.engine.mutate(() => hf.setCellContents(address, [[before]]));
        sheet.grid.set(row, col, "numberFormat", formatBefore);
        const help = rule.getHelpText();
        return {
          accepted: false,
          message:
            help ||
            `The data you entered in cell ${range.getA1Notation()} violates the data validation rules set on this cell.`,
        };
      }
    }
    const onEdit = context?.onEdit;
    if (typeof onEdit === "function") {
      const exposer = new Exposer(this.calls);
      const event: Record<string, unknown> = {
        range: exposer.expose(range),
        source: exposer.expose(this.ss),
        user: { getEmail: () => this.state.userEmail, getNickname: () => this.state.userEmail.split("@")[0] },
        authMode: "LIMITED",
      };
      if (single) {
        const raw = hf.getCellValue(address);
        const newText = eventText(typeof raw === "object" && raw !== null ? String(raw.value) : raw);
        if (newText !== undefined) event.value = newText;
        const oldText = eventText(typeof before === "number" ? before : oldValue);
        if (oldText !== undefined) event.oldValue = oldText;
      }
      Reflect.apply(onEdit, context, [event]);
    }
    return { accepted: true };
  }

  visibleBackgrounds(sheetName: string): string[][] {
    const sheet = this.sheet(sheetName);
    let rows = sheet.getLastRow();
    let cols = sheet.getLastColumn();
    for (const [r, c] of sheet.grid.entries()) {
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    if (rows === 0 || cols === 0) return [];
    const range = sheet.rect(1, 1, rows, cols);
    const fills = range.getBackgrounds();
    const values = range.getValues();
    return fills.map((line, i) =>
      line.map((fill, j) => {
        const cf = conditionalBackground(
          sheet.cfRules,
          sheet.name,
          i + 1,
          j + 1,
          (formula) => this.ss.engine.calculate(formula, sheet.name),
          values[i][j],
        );
        return (cf ?? fill).toLowerCase();
      }),
    );
  }

  holdLock(scope: "document" | "script" | "user"): () => void {
    return this.state.lockState.holdElsewhere(scope);
  }

  toJSON(): EmulatorSnapshot {
    return snapshotOf(this.ss, this.state, (v) => validationSpec(v));
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new EmulatorImpl(options);
}
