// The playground's workbook: one emulator kept across requests (each a fresh execution), saved after each change.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localeFormula, type MenuEntry, SHEETS_LIMITS } from "../../test/emulator/index";
import { sheetView } from "../session/sheet-view";
import type { MenuItemView, MenuView, PlaygroundState, SheetView, UiEvent } from "../session/view-types";
import { UnknownFunctionError, WorkbookSession } from "../workbook-session";
import { HttpError } from "./http-error";
import { chooseOpening, keepAside, type OpeningChoice, partlyRestored } from "./saved-workbook";

export interface PlaygroundOptions extends OpeningChoice {
  locale?: string;
  /** The spreadsheet's time zone for a new workbook. */
  timeZone?: string;
  today?: string;
}

/** The first line of an error's message, whatever realm it comes from. */
function oneLine(error: unknown): string {
  const text = typeof error === "object" && error !== null && "message" in error ? error.message : error;
  return String(text).split("\n")[0];
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
    const settings = { locale: options.locale, timeZone: options.timeZone, today: options.today };
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

  /** Runs `body`, then saves what changed and notices a sidebar it opened, whether it failed or not. */
  private change<T>(body: () => T): T {
    const sidebars = this.workbook.emulator.ui.sidebars.length;
    try {
      return body();
    } finally {
      if (this.workbook.emulator.ui.sidebars.length !== sidebars) this.version++;
      this.afterChange();
    }
  }

  /**
   * A menu item clicked. A command that fails shows its own alert; one that throws is the add-on's failure, said in
   * one line (422) as Sheets says "Script function … failed".
   */
  run(name: string): unknown {
    return this.change(() => {
      let result: unknown;
      try {
        result = this.workbook.call(name);
      } catch (error) {
        if (error instanceof UnknownFunctionError) throw error;
        throw new HttpError(422, `${name} failed: ${oneLine(error)}`);
      }
      return result === undefined ? null : JSON.parse(JSON.stringify(result));
    });
  }

  /** A sidebar's google.script.run call, under Google's rules: a failure (422) reaches its failure handler. */
  runFromSidebar(name: string, args: readonly unknown[]): unknown {
    return this.change(() => {
      const call = this.workbook.runFromSidebar(name, args);
      if (!call.ok) throw new HttpError(422, call.error);
      return call.value === undefined ? null : call.value;
    });
  }

  /** A user types `value` into a cell; a bad cell or entry is the request's mistake (400). */
  edit(sheet: string, a1: string, value: unknown): { accepted: boolean; message?: string } {
    const target = this.workbook.ss.getSheetByName(sheet);
    if (!target) throw new HttpError(400, `No sheet named ${sheet}`);
    try {
      target.getRange(a1);
    } catch {
      throw new HttpError(400, `Not a cell or range: ${a1}`);
    }
    if (typeof value === "string" && value.length > SHEETS_LIMITS.cellCharacters) {
      throw new HttpError(
        400,
        `Your input contains more than the maximum of ${SHEETS_LIMITS.cellCharacters} characters in a single cell.`,
      );
    }
    return this.change(() => {
      try {
        return this.workbook.edit(sheet, a1, value);
      } catch (error) {
        // The edit stands; the trigger failed, as Sheets keeps a cell whose onEdit throws. Said once, as a toast.
        this.push("toast", "onEdit", `onEdit failed: ${oneLine(error)}`);
        return { accepted: true };
      }
    });
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
      const english = sheetView(this.workbook.emulator, name);
      // The page shows and takes formulas as a user of the spreadsheet's locale types them.
      const locale = this.workbook.ss.getSpreadsheetLocale();
      view = {
        ...english,
        formulas: english.formulas.map((row) => row.map((f) => localeFormula(f, locale))),
      };
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
