// The playground's workbook: one emulator kept across requests (each a fresh execution), saved after each change.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { MenuEntry } from "../../test/emulator/index";
import { sheetView } from "../session/sheet-view";
import type { MenuItemView, MenuView, PlaygroundState, SheetView, UiEvent } from "../session/view-types";
import { WorkbookSession } from "../workbook-session";
import { chooseOpening, keepAside, type OpeningChoice, partlyRestored } from "./saved-workbook";

export interface PlaygroundOptions extends OpeningChoice {
  locale?: string;
  today?: string;
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
  /** Events up to this one were handed to a page: reloading shows none of them again. */
  private delivered = 0;
  /** What opening showed the user (a fallback, what a damaged save lost). */
  readonly notes: string[] = [];
  private seen = { alerts: 0, toasts: 0 };
  private cache = new Map<string, SheetView>();

  private constructor(
    readonly workbook: WorkbookSession,
    private readonly saveFile: string,
    /** How the workbook was opened, for the start-up line. */
    readonly origin: string,
  ) {}

  static async open(options: PlaygroundOptions): Promise<PlaygroundSession> {
    const opening = chooseOpening(options);
    const notes = [...opening.notes];
    const settings = { locale: options.locale, today: options.today };
    let workbook: WorkbookSession;
    let origin = opening.origin;
    try {
      workbook = await WorkbookSession.open({ source: opening.source, ...settings });
    } catch (error) {
      if (opening.source.kind !== "snapshot") throw error;
      // A save the emulator cannot open at all: kept as it was, and the example opened instead.
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      notes.push(
        `The saved workbook could not be opened (${reason}). It is kept, as it was, in ` +
          `${keepAside(options.saveFile)}; the playground opened the example plan.`,
      );
      workbook = await WorkbookSession.open({ source: { kind: "example" }, ...settings });
      origin = "the example plan";
    }
    const problems = workbook.emulator.restoreProblems;
    if (problems.length > 0) notes.push(partlyRestored(problems, keepAside(options.saveFile)));
    notes.push(...workbook.notes);
    const session = new PlaygroundSession(workbook, options.saveFile, origin);
    session.notes.push(...notes);
    workbook.runOnOpen();
    // What opening the file showed (set-up reports) is not news to the user of the playground; the notes are.
    session.seen = { alerts: workbook.emulator.ui.alerts.length, toasts: workbook.emulator.ui.toasts.length };
    for (const note of notes) session.push("alert", "Playground", note);
    session.afterChange();
    return session;
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

  /** Events no page has been given yet; from now on they count as shown. */
  private undelivered(): UiEvent[] {
    const fresh = this.events.filter((e) => e.seq > this.delivered);
    this.delivered = this.seq;
    return fresh;
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
      events: this.undelivered(),
      sidebar: { count: ui.sidebars.length, title: ui.sidebars.at(-1)?.title ?? "" },
    };
  }
}
