// Public API of the Sheets emulator: createEmulator() → globals for gas-local, inspection, user edits, snapshots.
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { parseA1 } from "./a1";
import { CallLog } from "./call-log";
import { Clock, type ClockSetting } from "./clock";
import { Exposer } from "./counting";
import { type AuthMode, ExecutionGate } from "./execution";
import { Realm } from "./realm";
import {
  conditionalFormat,
  ruleBuilders,
  ruleFactories,
  shiftFormula,
  validationFromSpec,
  validationSpec,
} from "./rule-bridge";
import type { DataValidationSpec } from "./rules/data-validation";
import { scriptRunArguments, scriptRunResult } from "./script-run";
import { createServiceState, createServices, type ServiceState } from "./services/index";
import { type ConsoleRecord, recordingConsole } from "./services/logger";
import { UiImpl, type UiLog } from "./services/ui";
import { type EmulatorSnapshot, snapshotOf } from "./snapshot";
import { restoreSnapshot } from "./snapshot-restore";
import { type SheetShift, SpreadsheetImpl } from "./spreadsheet";
import { SpreadsheetAppImpl } from "./spreadsheet-app";
import { type EditResult, type QuickEditResult, type TypedEdit, UserEdits } from "./user-edits";

export { columnIndex, columnLetters, quoteSheetName } from "./a1";
export { dateToSerial, serialToDate } from "./cell-input";
export type { ClockSetting } from "./clock";
export { type AuthMode, TIME_LIMIT_MS, TIMEOUT_MESSAGE } from "./execution";
export { englishFormula, localeFormula } from "./formula-locale";
export { SHEETS_LIMITS } from "./limits";
export {
  type FormReader,
  SCRIPT_RUN_PAGE,
  SCRIPT_RUN_RULES,
  ScriptRunRefusal,
  scriptRunArguments,
  scriptRunResult,
} from "./script-run";
export type { ConsoleRecord } from "./services/logger";
export type { AlertRecord, MenuEntry, MenuRecord, ToastRecord, UiLog } from "./services/ui";
export type { EmulatorSnapshot } from "./snapshot";
export type { SheetShift } from "./spreadsheet";
export type { EditResult, QuickEditResult, TypedEdit } from "./user-edits";
export type { DataValidationSpec };

/** A block of cells as a user sees them: conditional formats applied over each cell's own format. */
export interface Appearance {
  /** #rrggbb, lower case. */
  backgrounds: string[][];
  /** #rrggbb, lower case. */
  fontColors: string[][];
  fontWeights: ("bold" | "normal")[][];
  fontStyles: ("italic" | "normal")[][];
}

/**
 * What a new file gets when nobody says otherwise. Google names a new spreadsheet "Untitled spreadsheet" and gives
 * it the locale and time zone of the account that creates it (https://support.google.com/docs/answer/58515); the
 * emulator's account is an English (US) one on this machine's clock, so: en_US and the process's time zone.
 */
export const GOOGLE_DEFAULTS = {
  title: "Untitled spreadsheet",
  locale: "en_US",
  /** Read when asked: a tool may set TZ after this module loaded. */
  get timeZone(): string {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
  userEmail: "user@example.com",
} as const;

export interface EmulatorOptions {
  /** The spreadsheet's name; default "Untitled spreadsheet". */
  title?: string;
  /** Spreadsheet locale; default "en_US". Session.getActiveUserLocale() is its language. */
  locale?: string;
  /**
   * The spreadsheet's time zone (File › Settings); default the process's. Cell dates are midnights there, TODAY()
   * reads its calendar, and custom-function Dates convert in it.
   */
  timeZone?: string;
  /**
   * The script's time zone (appsscript.json), which Session.getScriptTimeZone() reports and in which the bundle's own
   * Dates compute. It is always the process's (TZ): the bundle runs in this process. Given, it must be that zone.
   */
  scriptTimeZone?: string;
  userEmail?: string;
  /** Folder HtmlService reads the project's .html files from; default none (no file is found). */
  htmlDir?: string;
  /** Pins the runtime clock (new Date(), Date.now(), TODAY(), NOW()) to one instant, as a fake timer would. */
  now?: ClockSetting;
  snapshot?: EmulatorSnapshot;
  /**
   * Milliseconds from any origin, for the executions' time limits (30 s for custom functions and simple triggers,
   * 6 min otherwise); default the process's monotonic clock. A test passes a fake one to run past a limit at once.
   */
  stopwatch?: () => number;
}

/**
 * The file of google.script.run's rules (script-run.ts), which needs neither Node nor the DOM: a browser bundle of
 * it (global name of the bundler's choosing) lets a page apply the very checks runFromSidebar applies.
 */
export const SCRIPT_RUN_MODULE = fileURLToPath(new URL("./script-run.ts", import.meta.url));

/** What a sidebar's google.script.run call gets: the success handler's value, or the failure handler's message. */
export type SidebarCall = { ok: true; value: unknown } | { ok: false; error: string };

export interface Emulator {
  /**
   * A fresh global object for one gas-local load (one execution): a vm context holding the services, whose own
   * Dates and arrays the emulator hands back, and whose clock is the emulator's.
   */
  globals(): Record<string, unknown>;
  /** Uncounted handle for test setup and inspection. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Uncounted SpreadsheetApp for tools and set-up: its rule builders and enums. */
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly calls: CallLog;
  readonly ui: UiLog;
  /** What the script wrote with console.log/info/warn/error/debug, in order (Apps Script's execution log). */
  readonly console: readonly ConsoleRecord[];
  bindCustomFunctions(context: Record<string, unknown>, names: readonly string[]): void;
  /**
   * A user types `value` into a cell (or fills a block with it): parsed as Sheets parses entries in the spreadsheet's
   * locale (formulas in its syntax), checked against the cell's validation, then onEdit runs as a simple trigger.
   */
  userEdit(
    context: Record<string, unknown> | null,
    sheetName: string,
    a1: string,
    value: unknown,
  ): EditResult;
  /**
   * Edits typed faster than onEdit runs: all land, then only the first `delivered` (default 2) events reach onEdit
   * and the rest are dropped, as Sheets drops triggers queued behind a running one.
   */
  typeQuickly(
    context: Record<string, unknown> | null,
    edits: readonly TypedEdit[],
    options?: { delivered?: number },
  ): QuickEditResult[];
  /** The backgrounds a user sees from A1 to the last cell holding content or a format. */
  visibleBackgrounds(sheetName: string): string[][];
  /** What a user sees of `rows` × `columns` cells from A1: colours and font, conditional formats applied. */
  appearance(sheetName: string, rows: number, columns: number): Appearance;
  cellError(sheetName: string, a1: string): string | null;
  /** A1s of the cells showing part of another cell's spilled result (Sheets never stores these). */
  spilledCells(sheetName: string): string[];
  /**
   * The custom formula of the cell's validation rule as it applies to that cell: Sheets writes it for the first
   * cell of the range the rule was set on and moves its relative references to each cell. Null: no such rule.
   */
  validationFormula(sheetName: string, a1: string): string | null;
  toJSON(): EmulatorSnapshot;
  /**
   * What of `options.snapshot` could not be restored, one line per part (empty when all of it came back). The
   * workbook opens with everything else.
   */
  readonly restoreProblems: readonly string[];
  /**
   * Sheets opens the file: onOpen runs as a simple trigger, in LIMITED (the add-on is used in this document) or in
   * NONE (installed, not yet used here: only the menu may be built). Returns what onOpen returned.
   */
  open(context: Record<string, unknown>, options?: { authMode?: "LIMITED" | "NONE" }): unknown;
  /**
   * A sidebar calls server function `name` through google.script.run: the arguments and the return value must pass
   * Google's rules (primitives, plain objects and arrays of them), else the call fails as withFailureHandler sees it;
   * so does an error the function throws. Throws for a name google.script.run cannot reach (none, or ending in _).
   */
  runFromSidebar(context: Record<string, unknown>, name: string, args?: readonly unknown[]): SidebarCall;
  /** The mode the innermost running execution has (FULL when a test calls the bundle itself). */
  readonly authMode: AuthMode;
  /** Another execution takes a lock (e.g. a second volunteer mid-generation); returns its release. */
  holdLock(scope: "document" | "script" | "user"): () => void;
  /**
   * Calls `listener` for every row or column inserted or deleted, by the script or the test, so a test's model of
   * where cells are can follow them. An inspection aid, no Google behaviour. Returns its removal.
   */
  onShift(listener: (shift: SheetShift) => void): () => void;
}

function knownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The script's zone: the process's, where the bundle's Dates compute (Apps Script runs a script in the zone of its
 * manifest, https://developers.google.com/apps-script/concepts/manifests). A different zone cannot be emulated.
 */
function scriptZone(wanted: string | undefined): string {
  const own = GOOGLE_DEFAULTS.timeZone;
  if (wanted !== undefined && wanted !== own) {
    throw new Error(
      `The script's time zone is the process's (${own}): run with TZ=${wanted} to emulate ${wanted}.`,
    );
  }
  return own;
}

class EmulatorImpl implements Emulator {
  readonly calls = new CallLog();
  readonly ui: UiLog;
  readonly ss: SpreadsheetImpl;
  readonly state: ServiceState;
  readonly clock: Clock;
  readonly gate: ExecutionGate;
  private readonly edits: UserEdits;
  readonly restoreProblems: string[] = [];

  constructor(options: EmulatorOptions) {
    const saved = (key: "locale" | "timeZone" | "id" | "name"): string | undefined => {
      const value = (options.snapshot as Partial<Record<string, unknown>> | null | undefined)?.[key];
      return typeof value === "string" && value !== "" ? value : undefined;
    };
    const locale = saved("locale") ?? options.locale ?? GOOGLE_DEFAULTS.locale;
    let timeZone = saved("timeZone") ?? options.timeZone ?? GOOGLE_DEFAULTS.timeZone;
    if (!knownTimeZone(timeZone)) {
      if (!saved("timeZone")) throw new Error(`Unknown time zone: ${timeZone}`);
      this.restoreProblems.push(`the time zone ${timeZone} (unknown; ${GOOGLE_DEFAULTS.timeZone} is used)`);
      timeZone = GOOGLE_DEFAULTS.timeZone;
    }
    this.clock = new Clock(options.now, timeZone);
    this.gate = new ExecutionGate(options.stopwatch ?? (() => performance.now()));
    this.calls.guard = (name) => this.gate.check(name);
    this.state = createServiceState({
      locale: locale.split("_")[0],
      timeZone: scriptZone(options.scriptTimeZone),
      userEmail: options.userEmail ?? GOOGLE_DEFAULTS.userEmail,
      htmlDir: options.htmlDir,
    });
    this.ui = this.state.uiLog;
    this.ss = new SpreadsheetImpl({
      id: saved("id") ?? "emulated-spreadsheet-id",
      name: saved("name") ?? options.title ?? GOOGLE_DEFAULTS.title,
      locale,
      timeZone,
      calls: this.calls,
      clock: this.clock,
      factories: ruleFactories(),
      toast: (message, title, timeoutSeconds) => this.ui.toasts.push({ message, title, timeoutSeconds }),
      asCustomFunction: (body) => this.gate.run("CUSTOM_FUNCTION", body),
    });
    this.edits = new UserEdits(this.ss, this.calls, this.gate, () => this.state.userEmail);
    if (options.snapshot !== undefined) {
      this.restoreProblems.push(
        ...restoreSnapshot(this.ss, this.state, options.snapshot, validationFromSpec),
      );
    }
  }

  get console(): readonly ConsoleRecord[] {
    return this.state.consoleRecords;
  }

  get spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  get app(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    const ui = new UiImpl(this.state.uiLog, undefined, this.state.addonName);
    const app = new SpreadsheetAppImpl(this.ss, ui, ruleBuilders());
    return app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  globals(): Record<string, unknown> {
    const context = Realm.context(
      { console: recordingConsole(this.state.consoleRecords) },
      this.clock.pinned,
    );
    const realm = new Realm(context);
    const services = createServices(this.state, this.calls, realm);
    const exposer = new Exposer(this.calls, realm);
    const app = new SpreadsheetAppImpl(this.ss, services.ui, ruleBuilders());
    return Object.assign(context, {
      SpreadsheetApp: exposer.expose(app),
      LockService: services.LockService,
      PropertiesService: services.PropertiesService,
      CacheService: services.CacheService,
      Session: services.Session,
      Utilities: services.Utilities,
      HtmlService: services.HtmlService,
      Logger: services.Logger,
      Charts: services.Charts,
    });
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

  validationFormula(sheetName: string, a1: string): string | null {
    const sheet = this.sheet(sheetName);
    const { row, col } = parseA1(a1, sheet.maxRows, sheet.maxCols);
    const meta = sheet.grid.get(row, col);
    const rule = meta?.validation;
    if (!rule || String(rule.getCriteriaType()) !== "CUSTOM_FORMULA") return null;
    const [anchorRow, anchorCol] = meta.validationAnchor ?? [row, col];
    return shiftFormula(String(rule.getCriteriaValues()[0]), row - anchorRow, col - anchorCol);
  }

  userEdit(
    context: Record<string, unknown> | null,
    sheetName: string,
    a1: string,
    value: unknown,
  ): EditResult {
    return this.edits.edit(context, { sheet: sheetName, a1, value });
  }

  typeQuickly(
    context: Record<string, unknown> | null,
    edits: readonly TypedEdit[],
    options: { delivered?: number } = {},
  ): QuickEditResult[] {
    return this.edits.typeQuickly(context, edits, options.delivered ?? 2);
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
    return this.appearance(sheetName, rows, cols).backgrounds;
  }

  appearance(sheetName: string, rows: number, columns: number): Appearance {
    const sheet = this.sheet(sheetName);
    const range = sheet.rect(1, 1, rows, columns);
    const values = range.getValues();
    const own = {
      background: range.getBackgrounds(),
      fontColor: range.getFontColors(),
      bold: range.getFontWeights(),
      italic: range.getFontStyles(),
    };
    const evaluate = (formula: string): unknown => this.ss.engine.calculate(formula, sheet.name);
    const formats = values.map((line, i) =>
      line.map((value, j) =>
        sheet.cfRules.length
          ? conditionalFormat(sheet.cfRules, sheet.name, i + 1, j + 1, evaluate, value)
          : null,
      ),
    );
    const pick = <T>(get: (i: number, j: number) => T): T[][] =>
      values.map((line, i) => line.map((_, j) => get(i, j)));
    return {
      backgrounds: pick((i, j) => (formats[i][j]?.background ?? own.background[i][j]).toLowerCase()),
      fontColors: pick((i, j) => (formats[i][j]?.fontColor ?? own.fontColor[i][j]).toLowerCase()),
      fontWeights: pick((i, j) => ((formats[i][j]?.bold ?? own.bold[i][j] === "bold") ? "bold" : "normal")),
      fontStyles: pick((i, j) =>
        (formats[i][j]?.italic ?? own.italic[i][j] === "italic") ? "italic" : "normal",
      ),
    };
  }

  runFromSidebar(context: Record<string, unknown>, name: string, args: readonly unknown[] = []): SidebarCall {
    const fn = context[name];
    // https://developers.google.com/apps-script/guides/html/communication#private_functions
    if (typeof fn !== "function" || name.endsWith("_"))
      throw new Error(`google.script.run has no server function ${name}`);
    // The script's Errors are of its own realm: read the message, not instanceof.
    const failure = (error: unknown): SidebarCall => ({
      ok: false,
      error:
        typeof error === "object" && error !== null && "message" in error
          ? String(error.message)
          : String(error),
    });
    let passed: unknown[];
    try {
      passed = scriptRunArguments(args);
    } catch (error) {
      return failure(error);
    }
    // The arguments arrive as the script's own objects and arrays, as JSON rebuilt in its realm.
    const parse = vm.isContext(context)
      ? (vm.runInContext("JSON.parse", context) as JSON["parse"])
      : JSON.parse;
    const own = passed.map((arg) => (arg === undefined ? undefined : parse(JSON.stringify(arg))));
    let result: unknown;
    try {
      result = this.gate.run("FULL", () => Reflect.apply(fn, context, own));
    } catch (error) {
      return failure(error);
    }
    try {
      return { ok: true, value: scriptRunResult(result) };
    } catch (error) {
      return failure(error);
    }
  }

  get authMode(): AuthMode {
    return this.gate.mode;
  }

  open(context: Record<string, unknown>, options: { authMode?: "LIMITED" | "NONE" } = {}): unknown {
    const onOpen = context.onOpen;
    if (typeof onOpen !== "function") return undefined;
    const authMode = options.authMode ?? "LIMITED";
    const exposer = new Exposer(this.calls, new Realm(vm.isContext(context) ? context : null));
    // https://developers.google.com/apps-script/guides/triggers/events#open
    const event = { authMode, source: exposer.expose(this.ss), user: { getEmail: () => "" } };
    return this.gate.run(authMode, () => Reflect.apply(onOpen, context, [event]));
  }

  holdLock(scope: "document" | "script" | "user"): () => void {
    return this.state.lockState.holdElsewhere(scope);
  }

  onShift(listener: (shift: SheetShift) => void): () => void {
    this.ss.shiftListeners.add(listener);
    return () => this.ss.shiftListeners.delete(listener);
  }

  toJSON(): EmulatorSnapshot {
    return snapshotOf(this.ss, this.state, (v) => validationSpec(v));
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new EmulatorImpl(options);
}
