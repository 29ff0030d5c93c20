// When HyperFormula itself fails (a broken dependency graph, e.g. "Edge does not exist"), the emulator rebuilds its
// engine from the cells: an edit still lands, as in Sheets (which never fails one —
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)), a change that cannot be
// made again says so in words, and the workbook goes on working.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator, type Emulator } from "./index";
import { unwrap } from "./services/raw";
import type { SpreadsheetImpl } from "./spreadsheet";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");

/** A sheet with a value, a formula on it and a spilled custom function. */
function setup() {
  const emu = createEmulator();
  loadBundle(emu, BUNDLE);
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange("A1:C1").setValues([[2, "=A1*10", "=SEQ(A1)"]]);
  return { emu, sheet };
}

/** Makes the engine's next call of `method` fail as HyperFormula's graph does when it breaks. */
function breakOnce(emu: Emulator, method: "setCellContents" | "addRows" | "getCellValue"): void {
  const hf = (unwrap(emu.spreadsheet) as unknown as SpreadsheetImpl).engine.hf as unknown as Record<
    string,
    unknown
  >;
  const original = hf[method];
  hf[method] = () => {
    hf[method] = original;
    throw new Error("Edge does not exist");
  };
}

describe("a failure inside the formula engine", () => {
  it("on an edit: the engine is rebuilt and the edit is made", () => {
    const { emu, sheet } = setup();
    breakOnce(emu, "setCellContents");
    sheet.getRange("A1").setValue(3);
    expect(sheet.getRange("A1:C3").getValues()).toEqual([
      [3, 30, 1],
      ["", "", 2],
      ["", "", 3],
    ]);
  });

  it("on a change that cannot run twice: a message in words, and the workbook goes on working", () => {
    const { emu, sheet } = setup();
    breakOnce(emu, "addRows");
    expect(() => sheet.insertRowsBefore(1, 1)).toThrow(
      /formula engine failed on this change \(Edge does not exist\)\. It was rebuilt .* can be used/,
    );
    expect(sheet.getRange("A1:C2").getValues()).toEqual([
      [2, 20, 1],
      ["", "", 2],
    ]);
    sheet.getRange("A1").setValue(1);
    expect(sheet.getRange("B1:C2").getValues()).toEqual([
      [10, 1],
      ["", ""],
    ]);
    expect(emu.cellError(sheet.getName(), "C1")).toBeNull();
  });

  it("on a read: the engine is rebuilt and the value read", () => {
    const { emu, sheet } = setup();
    breakOnce(emu, "getCellValue");
    expect(sheet.getRange("B1").getValue()).toBe(20);
  });

  it("leaves HyperFormula's deliberate errors alone", () => {
    const { emu } = setup();
    const ss = emu.spreadsheet;
    expect(() => ss.setNamedRange("A1", ss.getSheets()[0].getRange("A1"))).toThrow();
    expect(() => ss.setNamedRange("A1", ss.getSheets()[0].getRange("A1"))).not.toThrow(
      /formula engine failed/,
    );
  });
});
