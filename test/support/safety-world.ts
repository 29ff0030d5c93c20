// The data-safety test's workbook: a small plan volunteers typed into, restored afresh for each run, with its checks.
import fc from "fast-check";
import { expect } from "vitest";
import { createEmulator, type Emulator, type EmulatorSnapshot } from "../emulator/index";
import { type BundleContext, loadBundle } from "./load-bundle";
import { PRODUCT_OPTIONS } from "./product";
import { UserCells } from "./user-cells";
import { workbook } from "./workbook";

/** The plan's today: the run's clock is pinned to it, so every fresh generation dates itself the same. */
export const NOW = "2025-10-15";

export const PLAN_TABS = ["goals", "activities", "membership", "settings", "people"] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

/** What volunteers typed before the run: each entry typed as a user types it, onEdit run. */
const TYPED: readonly [string, string, string][] = [
  ["Inställningar", "B2", "Provkretsen"],
  ["Inställningar", "B3", "VT 2025"],
  ["Inställningar", "B4", "HT 2026"],
  ["Aktiviteter", "A2", "HT 2025"],
  ["Aktiviteter", "E2", "Planeringshelg"],
  ["Aktiviteter", "B2", "sep"],
  ["Aktiviteter", "A3", "HT 2025"],
  ["Aktiviteter", "E3", "Kurs"],
  ["Aktiviteter", "B3", "enligt överenskommelse"],
  ["Aktiviteter", "C3", "2025-11-02"],
  ["Aktiviteter", "D3", "=C3+2"],
  ["Aktiviteter", "A4", "VT 2026"],
  ["Aktiviteter", "E4", "Ny i C"],
  ["Aktiviteter", "B4", "Ca. feb"],
  ["Aktiviteter", "G4", '=IF(E4="";"";"Kansliet")'],
  ["Mål", "A2", "Minst 6 medlemsmöten"],
  ["Mål", "D2", "6"],
  ["Mål", "G2", "2025"],
  ["Mål", "L2", "möte"],
  ["Mål", "B2", "aktiviteter"],
  ["Medlemmar", "A3", "Centrum"],
  ["Medlemmar", "D3", "212"],
  ["Medlemmar", "E3", "15%"],
  ["Styrelse", "A2", "Ordförande"],
  ["Styrelse", "B2", "Anna"],
];

/** Rows and columns each tab keeps: a small grid keeps 300 runs of 30 steps within the suite's time. */
const ROWS = 12;
const COLUMNS = 16;

/** The plan as volunteers left it, shrunk to ROWS × COLUMNS a tab, as one snapshot every run restores. */
export function typedPlan(): EmulatorSnapshot {
  const wb = workbook({ now: NOW });
  wb.ctx.setUpPlan();
  for (const [tab, a1, value] of TYPED) {
    expect(wb.emu.userEdit(wb.load(), tab, a1, value), `${tab}!${a1}`).toMatchObject({ accepted: true });
  }
  for (const sheet of wb.ss.getSheets()) {
    if (sheet.getMaxRows() > ROWS) sheet.deleteRows(ROWS + 1, sheet.getMaxRows() - ROWS);
    if (sheet.getMaxColumns() > COLUMNS) sheet.deleteColumns(COLUMNS + 1, sheet.getMaxColumns() - COLUMNS);
  }
  return wb.emu.toJSON();
}

const TAB_MARK = "verksamhetsplan.tab";

/** One run's workbook: the emulator, its sheets by tab, and the model of what users wrote. */
export class World {
  readonly emu: Emulator;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly cells: UserCells;
  /** Each plan tab's sheet id: renames keep it. */
  private readonly ids: ReadonlyMap<PlanTab, number>;
  /** What the add-on said, to find raw errors in: alerts, toasts, sidebar failures. */
  readonly said: string[] = [];
  /** Steps taken so far, for the message of a failure. */
  readonly steps: string[] = [];

  /** `seeded`: the model starts with what volunteers typed before the run (a copy for a fresh generation needs none). */
  constructor(snapshot: EmulatorSnapshot, seeded = true) {
    this.emu = createEmulator({ ...PRODUCT_OPTIONS, now: NOW, snapshot });
    this.ss = this.emu.spreadsheet;
    this.cells = new UserCells(this.emu, this.ss);
    this.ids = new Map(PLAN_TABS.map((tab) => [tab, this.marked(tab)!.getSheetId()]));
    // The add-on's custom functions are bound before any step, as in Sheets, where they always are: binding them
    // later rebuilds the emulator's engine over what users typed, which HyperFormula can fail at (seed 1051193062).
    this.load();
    for (const [name, a1, value] of seeded ? TYPED : []) {
      const range = this.ss.getSheetByName(name)!.getRange(a1);
      this.cells.wrote(range.getSheet(), range.getRow(), range.getColumn(), value);
    }
  }

  /** A fresh execution of the bundle (Apps Script runs each call in new globals). */
  load(): BundleContext {
    return loadBundle(this.emu);
  }

  /** The sheet carrying a tab's mark, whatever its name now. */
  marked(tab: PlanTab | "timeline"): GoogleAppsScript.Spreadsheet.Sheet | null {
    const [mark] = this.ss.createDeveloperMetadataFinder().withKey(TAB_MARK).withValue(tab).find();
    return mark?.getLocation().getSheet() ?? null;
  }

  sheet(tab: PlanTab): GoogleAppsScript.Spreadsheet.Sheet {
    const id = this.ids.get(tab);
    return this.ss.getSheets().find((s) => s.getSheetId() === id)!;
  }

  /**
   * Runs one step and checks what must hold after it: nothing escaped as an exception, nothing was logged as
   * unexpected, no message the add-on gave is its wrapper of a raw error, and every user's cell is as they left it.
   */
  step(name: string, body: () => void): void {
    this.steps.push(name);
    this.cells.beginStep();
    const logged = this.emu.console.length;
    const alerts = this.emu.ui.alerts.length;
    const toasts = this.emu.ui.toasts.length;
    try {
      body();
    } catch (error) {
      if (fc.PreconditionFailure.isFailure(error)) throw error;
      throw new Error(`${this.trail()}\nthrew: ${error instanceof Error ? error.stack : String(error)}`);
    }
    const errors = this.emu.console.slice(logged).filter((r) => r.level === "error");
    const told = [
      ...this.emu.ui.alerts.slice(alerts).map((a) => `${a.title ?? ""} ${a.prompt}`),
      ...this.emu.ui.toasts.slice(toasts).map((t) => t.message),
    ];
    this.said.push(...told);
    const raw = [...told, ...errors.map((e) => e.message)].filter((text) => RAW_ERROR.test(text));
    expect({ logged: errors.map((e) => e.message), raw }, this.trail()).toEqual({ logged: [], raw: [] });
    expect(this.cells.changed(), this.trail()).toEqual([]);
  }

  /** A sidebar's call: its failure message must be one the add-on wrote for users, not a wrapped raw error. */
  sidebar(name: string, args: readonly unknown[]): unknown {
    const call = this.emu.runFromSidebar(this.load(), name, args);
    if (call.ok) return call.value;
    this.said.push(call.error);
    expect(call.error, this.trail()).not.toMatch(RAW_ERROR);
    return undefined;
  }

  trail(): string {
    return `steps:\n  ${this.steps.join("\n  ")}`;
  }

  dispose(): void {
    this.cells.dispose();
  }
}

/**
 * A raw error reaching a user: the add-on's wrapper for the unexpected ("Något gick fel: …"), or an engine's or
 * the runtime's own words.
 */
const RAW_ERROR =
  /Något gick fel|Something went wrong|TypeError|ReferenceError|RangeError|is not a function|Cannot read|undefined|Exception:| at \S+ \(/;
