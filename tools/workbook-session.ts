// One emulated workbook with the built bundle: opened empty, from .xlsx, from a snapshot or as the example plan.
import {
  createEmulator,
  type EditResult,
  type Emulator,
  type EmulatorSnapshot,
  type SidebarCall,
} from "../test/emulator/index";
import { type BundleContext, loadBundle } from "../test/support/load-bundle";
import { BUILD_DIR, PRODUCT_OPTIONS } from "../test/support/product";
import { readXlsx } from "./session/xlsx-read";

export type WorkbookSource =
  | { kind: "empty" }
  | { kind: "example" }
  | { kind: "xlsx"; file: string }
  | { kind: "snapshot"; snapshot: EmulatorSnapshot };

export interface OpenOptions {
  source: WorkbookSource;
  /** sv_SE (default) or en_US; a snapshot keeps its own. */
  locale?: string;
  /** YYYY-MM-DD: the runtime clock is pinned to this day (the bundle's Date and TODAY() read it). */
  today?: string;
  /** The spreadsheet's time zone for a new workbook (default the add-on's own); a snapshot keeps its own. */
  timeZone?: string;
}

/** A global the bundle doesn't have (a typo in --call, or a handler not built yet). */
export class UnknownFunctionError extends Error {}

export class WorkbookSession {
  /** What happened while opening that the user should know (e.g. what a damaged file lost). */
  readonly notes: string[] = [];

  private constructor(
    readonly emulator: Emulator,
    readonly today: string | undefined,
  ) {}

  static async open(options: OpenOptions): Promise<WorkbookSession> {
    const { source } = options;
    const emulator = createEmulator({
      ...PRODUCT_OPTIONS,
      locale: options.locale ?? PRODUCT_OPTIONS.locale,
      timeZone: options.timeZone ?? PRODUCT_OPTIONS.timeZone,
      now: options.today,
      snapshot: source.kind === "snapshot" ? source.snapshot : undefined,
    });
    const session = new WorkbookSession(emulator, options.today);
    if (source.kind === "xlsx") session.notes.push(...(await readXlsx(emulator, source.file)));
    if (source.kind === "example") session.openExample();
    // Sheets computes custom functions as soon as the file opens: the bundle's functions are bound.
    session.load();
    return session;
  }

  /** The document itself, uncounted. */
  get ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.emulator.spreadsheet;
  }

  /** A fresh execution of the bundle. */
  load(): BundleContext {
    return loadBundle(this.emulator, BUILD_DIR);
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
    return fn(...args);
  }

  /** A user's edit: validation may reject it; onEdit fires in a fresh execution. */
  edit(sheet: string, a1: string, value: unknown): EditResult {
    return this.emulator.userEdit(this.load(), sheet, a1, value);
  }

  /** Sheets runs onOpen when the file opens, as a simple trigger: the add-on menu appears. */
  runOnOpen(): unknown {
    return this.emulator.open(this.load());
  }

  /** A sidebar's google.script.run call, in a fresh execution, under Google's rules for what may cross. */
  runFromSidebar(name: string, args: readonly unknown[] = []): SidebarCall {
    const ctx = this.load();
    if (typeof ctx[name] !== "function" || name.endsWith("_")) {
      throw new UnknownFunctionError(`The bundle has no global function ${name}`);
    }
    return this.emulator.runFromSidebar(ctx, name, args);
  }

  /** The example plan, as a user makes it from the menu. */
  private openExample(): void {
    this.call("setUpPlan");
    this.call("insertExamplePlan");
    this.call("generateTermTimeline");
  }
}
