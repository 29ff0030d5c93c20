// The playground's workbook: one emulator kept across requests (each a fresh execution), saved after each change.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EmulatorSnapshot, MenuEntry } from "../../test/emulator/index";
import { sheetView } from "../session/sheet-view";
import type { MenuItemView, MenuView, PlaygroundState, SheetView, UiEvent } from "../session/view-types";
import { type OpenOptions, WorkbookSession } from "../workbook-session";

export interface PlaygroundOptions {
  /** .xlsx to open instead of the saved workbook or the example. */
  input?: string;
  locale?: string;
  today?: string;
  /** Ignore the saved workbook. */
  fresh?: boolean;
  /** Where the workbook is saved after each change. */
  saveFile: string;
}

const MAX_EVENTS = 20;

function flatItems(items: readonly MenuEntry[]): MenuItemView[] {
  return items.flatMap((item): MenuItemView[] => {
    if ("label" in item) return [{ label: item.label, functionName: item.functionName }];
    if ("separator" in item) return [{ separator: true }];
    return flatItems(item.submenu.items);
  });
}

export class PlaygroundSession {
  private version = 1;
  /** Changes only with the document (not with alerts), so sheet views stay cached across UI events. */
  private docVersion = 1;
  private saved = "";
  private events: UiEvent[] = [];
  private seq = 0;
  private seen = { alerts: 0, toasts: 0 };
  private cache = new Map<string, SheetView>();

  private constructor(
    readonly workbook: WorkbookSession,
    private readonly saveFile: string,
    /** How the workbook was opened, for the start-up line. */
    readonly origin: string,
  ) {}

  static async open(options: PlaygroundOptions): Promise<PlaygroundSession> {
    const saved = !options.fresh && !options.input && existsSync(options.saveFile);
    const source: OpenOptions["source"] = options.input
      ? { kind: "xlsx", file: options.input }
      : saved
        ? {
            kind: "snapshot",
            snapshot: JSON.parse(readFileSync(options.saveFile, "utf8")) as EmulatorSnapshot,
          }
        : { kind: "example" };
    const workbook = await WorkbookSession.open({ source, locale: options.locale, today: options.today });
    const origin = options.input ? options.input : saved ? options.saveFile : "the example plan";
    const session = new PlaygroundSession(workbook, options.saveFile, origin);
    workbook.runOnOpen();
    // What opening the file showed (set-up reports) is not news to the user of the playground.
    session.seen = { alerts: workbook.emulator.ui.alerts.length, toasts: workbook.emulator.ui.toasts.length };
    session.afterChange();
    return session;
  }

  get notes(): readonly string[] {
    return this.workbook.notes;
  }

  /** Saves when the document changed, and collects what the add-on showed the user. */
  private afterChange(): void {
    const ui = this.workbook.emulator.ui;
    for (const alert of ui.alerts.slice(this.seen.alerts)) {
      this.push("alert", alert.title ?? "", alert.prompt);
    }
    for (const toast of ui.toasts.slice(this.seen.toasts)) this.push("toast", toast.title, toast.message);
    this.seen = { alerts: ui.alerts.length, toasts: ui.toasts.length };
    const json = JSON.stringify(this.workbook.emulator.toJSON());
    if (json === this.saved) return;
    this.saved = json;
    this.version++;
    this.docVersion++;
    this.cache.clear();
    mkdirSync(path.dirname(this.saveFile), { recursive: true });
    const temp = `${this.saveFile}.${process.pid}.tmp`;
    writeFileSync(temp, json);
    renameSync(temp, this.saveFile);
  }

  private push(kind: UiEvent["kind"], title: string, message: string): void {
    this.events.push({ seq: ++this.seq, kind, title, message });
    this.events = this.events.slice(-MAX_EVENTS);
    this.version++;
  }

  /** A bundle function by name (a menu item or a sidebar call); failures still save what changed. */
  run(name: string, args: readonly unknown[] = []): unknown {
    const sidebars = this.workbook.emulator.ui.sidebars.length;
    try {
      const result = this.workbook.call(name, args);
      // google.script.run hands the sidebar JSON, as Apps Script serializes a server function's result.
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    } finally {
      if (this.workbook.emulator.ui.sidebars.length !== sidebars) this.version++;
      this.afterChange();
    }
  }

  edit(sheet: string, a1: string, value: unknown): { accepted: boolean; message?: string } {
    if (!this.workbook.ss.getSheetByName(sheet)) throw new Error(`No sheet named ${sheet}`);
    try {
      return this.workbook.edit(sheet, a1, value);
    } finally {
      this.afterChange();
    }
  }

  getVersion(): number {
    return this.version;
  }

  private view(name: string): SheetView {
    const key = `${this.docVersion}:${name}`;
    let view = this.cache.get(key);
    if (!view) {
      view = sheetView(this.workbook.emulator, name);
      this.cache.set(key, view);
    }
    return view;
  }

  /** The state; `only` limits full sheet data to one sheet ("@active": the active one), the others are names. */
  state(sheet?: string): PlaygroundState {
    const ss = this.workbook.ss;
    const active = ss.getActiveSheet().getName();
    const only = sheet === "@active" ? active : sheet;
    const ui = this.workbook.emulator.ui;
    const menus = new Map<string, MenuView>();
    for (const menu of ui.menus) menus.set(menu.title, { title: menu.title, items: flatItems(menu.items) });
    const selected = ss.getActiveRange();
    return {
      sheets: ss
        .getSheets()
        .map((s) =>
          only === undefined || only === s.getName() ? this.view(s.getName()) : { name: s.getName() },
        ),
      active,
      selection: selected ? { sheet: selected.getSheet().getName(), a1: selected.getA1Notation() } : null,
      menus: [...menus.values()],
      version: this.version,
      events: [...this.events],
      sidebar: { count: ui.sidebars.length, title: ui.sidebars.at(-1)?.title ?? "" },
    };
  }
}
