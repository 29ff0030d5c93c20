// Test helpers: a fresh emulated workbook with the built bundle loaded, as Sheets would run it.
import { createEmulator, type Emulator, type EmulatorOptions } from "../emulator/index";
import { type BundleContext, loadBundle } from "./load-bundle";
import { PRODUCT_OPTIONS } from "./product";

export interface Workbook {
  readonly emu: Emulator;
  /** The bundle's globals in one execution; `load()` again for a second execution. */
  readonly ctx: BundleContext;
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  load(): BundleContext;
}

/** The product's workbook (Swedish unless `options` say otherwise) with its bundle loaded. */
export function workbook(options: EmulatorOptions = {}): Workbook {
  const emu = createEmulator({ ...PRODUCT_OPTIONS, ...options });
  const ctx = loadBundle(emu);
  return { emu, ctx, ss: emu.spreadsheet, load: () => loadBundle(emu) };
}

/** A sheet that must exist. */
export function sheet(wb: Workbook, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const found = wb.ss.getSheetByName(name);
  if (!found) throw new Error(`No sheet ${name}`);
  return found;
}

/** Writes rows starting at A1 (or at `row`), as a test's setup — not counted as the add-on's calls. */
export function put(wb: Workbook, name: string, rows: unknown[][], row = 1): void {
  const target = wb.ss.getSheetByName(name) ?? wb.ss.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  const needed = row + rows.length - 1;
  if (needed > target.getMaxRows()) target.insertRowsAfter(target.getMaxRows(), needed - target.getMaxRows());
  target
    .getRange(row, 1, rows.length, width)
    .setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill("")]));
}

/** Sets the Settings tab's "today" (the row labelled I dag / Today). */
export function setToday(wb: Workbook, settingsName: string, date: Date): void {
  const settings = sheet(wb, settingsName);
  const labels = settings.getRange(1, 1, settings.getLastRow(), 1).getValues();
  const row = labels.findIndex((r) => r[0] === "I dag" || r[0] === "Today") + 1;
  if (row === 0) throw new Error("No today row");
  settings.getRange(row, 2).setValue(date);
}

/**
 * A user's paste of a block at `a1` (its top-left cell): the values land, then onEdit fires once for the whole
 * block, as Sheets fires it for a paste (the event's range is the pasted block, with no value).
 */
export function paste(wb: Workbook, sheetName: string, a1: string, rows: unknown[][]): void {
  const target = sheet(wb, sheetName);
  const top = target.getRange(a1);
  const width = Math.max(...rows.map((r) => r.length));
  const block = target.getRange(top.getRow(), top.getColumn(), rows.length, width);
  block.setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill("")]));
  const ctx = wb.load();
  const app = ctx.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const source = app.getActiveSpreadsheet();
  const range = source.getSheetByName(sheetName)!.getRange(top.getRow(), top.getColumn(), rows.length, width);
  ctx.onEdit({ range, source, authMode: "LIMITED" });
}
