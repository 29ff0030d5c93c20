// One emulated workbook with the built bundle: opened empty, from .xlsx, from a snapshot or as the example plan.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { t } from "../src/core/i18n/messages";
import { TODAY_RANGE_NAME } from "../src/sheets/setup/settings-tab";
import {
  createEmulator,
  type EditResult,
  type Emulator,
  type EmulatorSnapshot,
} from "../test/emulator/index";
import type { SpreadsheetImpl } from "../test/emulator/spreadsheet";
import { type BundleContext, loadBundle } from "../test/support/load-bundle";
import { pinnedDate } from "./session/pinned-clock";
import { readXlsx } from "./session/xlsx-read";

const BUILD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../build");

export type WorkbookSource =
  | { kind: "empty" }
  | { kind: "example" }
  | { kind: "xlsx"; file: string }
  | { kind: "snapshot"; snapshot: EmulatorSnapshot };

export interface OpenOptions {
  source: WorkbookSource;
  /** sv_SE (default) or en_US; a snapshot keeps its own. */
  locale?: string;
  /** YYYY-MM-DD: the bundle's clock reads this day, and the Settings "today" cell gets it. */
  today?: string;
}

/** A global the bundle doesn't have (a typo in --call, or a handler not built yet). */
export class UnknownFunctionError extends Error {}

export class WorkbookSession {
  /** What happened while opening that the user should know (e.g. a fallback). */
  readonly notes: string[] = [];
  private todayWritten = false;

  private constructor(
    readonly emulator: Emulator,
    readonly today: string | undefined,
  ) {}

  static async open(options: OpenOptions): Promise<WorkbookSession> {
    const { source } = options;
    const emulator = createEmulator({
      locale: options.locale ?? "sv_SE",
      htmlDir: BUILD,
      snapshot: source.kind === "snapshot" ? source.snapshot : undefined,
    });
    const session = new WorkbookSession(emulator, options.today);
    if (source.kind === "xlsx") await readXlsx(session.ss, source.file);
    if (source.kind === "example") session.openExample();
    session.applyToday();
    return session;
  }

  /** The document itself, uncounted. */
  get ss(): SpreadsheetImpl {
    return this.emulator.spreadsheet as unknown as SpreadsheetImpl;
  }

  /** A fresh execution of the bundle (with the pinned clock when --today was given). */
  load(): BundleContext {
    const today = this.today;
    if (!today) return loadBundle(this.emulator, BUILD);
    const real = this.emulator;
    const pinned: Emulator = Object.create(real, {
      globals: { value: () => ({ ...real.globals(), Date: pinnedDate(today) }) },
    });
    return loadBundle(pinned, BUILD);
  }

  has(name: string): boolean {
    return typeof this.load()[name] === "function";
  }

  /** Runs a global function of the bundle in a fresh execution; its return value as plain JSON. */
  call(name: string, args: readonly unknown[] = []): unknown {
    const ctx = this.load();
    const fn = ctx[name];
    if (typeof fn !== "function" || name.endsWith("_")) {
      throw new UnknownFunctionError(`The bundle has no global function ${name}`);
    }
    const result = fn(...args);
    this.applyToday();
    return result === undefined ? null : JSON.parse(JSON.stringify(result));
  }

  /** A user's edit: validation may reject it; onEdit fires in a fresh execution. */
  edit(sheet: string, a1: string, value: unknown): EditResult {
    return this.emulator.userEdit(this.load(), sheet, a1, value);
  }

  /** Sheets runs onOpen when the file opens: the add-on menu appears. */
  runOnOpen(): void {
    const ctx = this.load();
    if (typeof ctx.onOpen === "function")
      ctx.onOpen({ authMode: "LIMITED", source: this.emulator.spreadsheet });
  }

  /** Types --today into the Settings "today" cell once that tab exists (as a user would). */
  applyToday(force = false): void {
    if (!this.today || (this.todayWritten && !force)) return;
    const named = this.ss.getRangeByName(TODAY_RANGE_NAME);
    if (!named) return;
    const sheet = named.getSheet();
    const labels = sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), 1).getValues();
    const row =
      labels.findIndex((r) => r[0] === t("sv", "settingToday") || r[0] === t("en", "settingToday")) + 1;
    if (row === 0) return;
    this.todayWritten = true;
    this.edit(sheet.getName(), `B${row}`, this.today);
  }

  /** The example plan, as a user makes it from the menu. */
  private openExample(): void {
    this.call("setUpPlan");
    this.applyToday(true);
    this.call("insertExamplePlan");
    this.applyToday(true);
    this.call("generateTermTimeline");
  }
}
