// HyperFormula wrapper: one HF sheet per emulated sheet, Sheets ↔ HF formula text, errors shown as Sheets shows them.
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import {
  columnLetters,
  extendRangesToLastRow,
  fromEngineFormula,
  quoteSheetName,
  toEngineFormula,
} from "./a1";
import { type ClockHost, registerClockFunctions } from "./clock";
import { type CustomFunctionHost, CustomFunctionsPlugin } from "./custom-functions-plugin";
import { FormulaEngineFailure, failureMessage, isEngineFault, rebuiltEngine } from "./engine-fault";
import { VolatileCells } from "./volatile-arguments";

/** A computed value: errors are Sheets' error strings, empty cells "". */
export interface EngineValue {
  value: string | number | boolean;
  error?: { code: string; message: string };
  /** HF's detailed type, e.g. NUMBER_DATE for =DATE(…), NUMBER_PERCENT for =10%. */
  type: string;
}

const SHEETS_ERROR: Record<string, string> = { "#CYCLE!": "#REF!", "#SPILL!": "#REF!", "#LIC!": "#ERROR!" };

/** Engine-side host hooks the spreadsheet supplies. */
export interface EngineHost extends CustomFunctionHost, ClockHost {
  /** Rows of a sheet (for open ranges A2:A); the current sheet when name is undefined. */
  maxRows(sheet: string | undefined, current: string): number;
}

type Address = { sheet: number; row: number; col: number };

export class FormulaEngine {
  hf: HyperFormula;
  /** Array formulas whose spill is blocked ("sheet:row:col"): Sheets expands them again once the way is clear. */
  private readonly blocked = new Map<string, Address>();
  /** Custom functions this engine knows; HF learns new ones only by rebuilding. */
  private readonly registered = new Set<string>();
  private readonly resizes = new Map<string, { sheet: number; row: number; col: number }>();
  /** Cells whose custom-function result is a Date: Sheets shows them as dates, so reads return Dates. */
  private readonly dateResults = new Set<string>();
  /** Cells with NOW(), RAND(), … (or depending on one), which no custom-function argument may reach. */
  private readonly volatile = new VolatileCells(() => this.hf);

  /** The HF config context: this engine's custom functions (and the key of the plugin's per-engine state). */
  private readonly context: CustomFunctionHost;
  private readonly config: {
    licenseKey: string;
    context: CustomFunctionHost;
    maxRows: number;
    precisionRounding: number;
    undoLimit: number;
  };

  constructor(private readonly host: EngineHost) {
    const context: CustomFunctionHost & ClockHost = {
      nowSerial: () => (host.nowSerial ? host.nowSerial() : Date.now() / 86_400_000 + 25_569),
      has: (n) => host.has(n),
      argument: (a) => host.argument(a),
      call: (n, args, at) => host.call(n, args, at),
      result: (v) => host.result(v),
      resize: (at) => this.resizes.set(`${at.sheet}:${at.row}:${at.col}`, at),
      touchesVolatile: (blocks) => this.volatile.touches(blocks),
      dateResult: (at, isDate) => {
        const key = `${at.sheet}:${at.row}:${at.col}`;
        if (isDate) this.dateResults.add(key);
        else this.dateResults.delete(key);
      },
    };
    this.context = context;
    // Sheets keeps doubles: HF's default rounding to 10 significant digits would move a date-time serial
    // (5 digits before the point) by up to half a second. 14 still hides 0.1 + 0.2's last bit, as Sheets shows it.
    this.config = { licenseKey: "gpl-v3", context, maxRows: 100_000, precisionRounding: 14, undoLimit: 0 };
    registerClockFunctions();
    this.hf = this.attach(HyperFormula.buildEmpty(this.config));
  }

  /** Makes `hf` this engine's, listening for blocked spills. */
  private attach(hf: HyperFormula): HyperFormula {
    this.hf = hf;
    hf.on("valuesUpdated", (changes) => {
      for (const change of changes) {
        if (!("address" in change)) continue;
        const key = `${change.address.sheet}:${change.address.row}:${change.address.col}`;
        const v = change.newValue;
        if (v instanceof DetailedCellError && v.type === "SPILL") this.blocked.set(key, change.address);
        else this.blocked.delete(key);
      }
    });
    return hf;
  }

  /** After an internal failure: a new HF instance from what the cells hold, spills and sizes learnt again. */
  private recover(): void {
    this.volatile.forget();
    const fresh = rebuiltEngine(this.hf, this.config, (name) => this.serialized(name));
    this.resizes.clear();
    this.blocked.clear();
    this.attach(fresh);
    for (const name of fresh.getSheetNames()) this.rescanBlocked(this.id(name));
    this.settle();
  }

  /**
   * Re-enters blocked array formulas above and left of (`lastRow`, `lastCol`) on `sheet`, after cells there were
   * emptied: HyperFormula leaves them blocked, Sheets expands them again.
   */
  private unblock(
    sheet: number,
    lastRow = Number.POSITIVE_INFINITY,
    lastCol = Number.POSITIVE_INFINITY,
  ): void {
    const anchors = [...this.blocked.values()].filter(
      (a) => a.sheet === sheet && a.row <= lastRow && a.col <= lastCol,
    );
    for (const at of anchors) {
      const formula = this.hf.getCellFormula(at);
      if (formula) this.hf.setCellContents(at, [[formula]]);
      else this.blocked.delete(`${at.sheet}:${at.row}:${at.col}`);
    }
  }

  /** Finds the blocked array formulas of a sheet again (after rows or columns moved them). */
  private rescanBlocked(sheet: number): void {
    for (const [key, at] of this.blocked) if (at.sheet === sheet) this.blocked.delete(key);
    this.hf.getSheetFormulas(sheet).forEach((cells, row) => {
      cells.forEach((formula, col) => {
        if (!formula) return;
        const v = this.hf.getCellValue({ sheet, row, col });
        if (v instanceof DetailedCellError && v.type === "SPILL")
          this.blocked.set(`${sheet}:${row}:${col}`, { sheet, row, col });
      });
    });
  }

  /** Teaches HF custom functions it does not know yet (a rebuild); known ones cost nothing. */
  registerFunctions(names: readonly string[]): void {
    CustomFunctionsPlugin.register(names);
    const fresh = names.map((n) => n.toUpperCase()).filter((n) => !this.registered.has(n));
    if (fresh.length === 0) return;
    for (const name of fresh) this.registered.add(name);
    this.rebuild();
  }

  /**
   * Re-creates HF's function registry. HF's rebuild serializes spilled cells as plain values, which would then
   * block their own spill (#REF!); Sheets never stores spilled cells, so they are emptied again.
   */
  private rebuild(): void {
    const spilled = this.hf.getSheetNames().flatMap((name) => this.spilledAddresses(this.id(name)));
    // HF may fail to recalculate its own graph (a user's formula over a spill, seed 1051193062). A fresh engine
    // built from the cells' contents knows the new functions too, which is all a rebuild is for.
    this.mutate(() => {
      this.hf.rebuildAndRecalculate();
      if (spilled.length === 0) return;
      this.batch(() => {
        for (const at of spilled) this.hf.setCellContents(at, [[null]]);
      });
      for (const at of spilled) this.rescanBlocked(at.sheet);
      for (const name of this.hf.getSheetNames()) this.unblock(this.id(name));
    }, "rebuilt");
  }

  /** Cells showing part of another cell's spilled result (0-based). */
  private spilledAddresses(sheet: number): Address[] {
    const out: Address[] = [];
    this.hf.getSheetSerialized(sheet).forEach((cells, row) => {
      cells.forEach((content, col) => {
        if (content === null || content === undefined) return;
        const at = { sheet, row, col };
        if (this.hf.isCellPartOfArray(at) && !this.hf.doesCellHaveFormula(at)) out.push(at);
      });
    });
    return out;
  }

  /** A1s of the cells that show part of another cell's spilled result: Sheets never stores these. */
  spilledCells(sheet: string): string[] {
    return this.spilledAddresses(this.id(sheet)).map((a) => `${columnLetters(a.col + 1)}${a.row + 1}`);
  }

  /** HF's serialized contents as Sheets would store them: spilled cells empty, formulas in HF's spelling. */
  serialized(sheet: string): RawCellContent[][] {
    const id = this.id(sheet);
    const contents = this.hf.getSheetSerialized(id);
    for (const at of this.spilledAddresses(id)) contents[at.row][at.col] = null;
    return contents;
  }

  id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`No engine sheet ${sheet}`);
    return id;
  }

  addSheet(name: string): void {
    this.mutate(() => this.hf.addSheet(name));
  }

  removeSheet(name: string): void {
    this.mutate(() => this.hf.removeSheet(this.id(name)));
  }

  renameSheet(from: string, to: string): void {
    this.mutate(() => this.hf.renameSheet(this.id(from), to));
  }

  toEngine(formula: string, sheet: string): string {
    return toEngineFormula(formula, (s) => this.host.maxRows(s, sheet));
  }

  /** Writes a block (0-based), then lets HF re-learn spill sizes of custom functions that changed shape. */
  setContents(sheet: string, row: number, col: number, contents: RawCellContent[][]): void {
    // Array.from (not .map) so the block is a Node-realm array: HF's `instanceof Array` fails on arrays
    // that come from the bundle's vm context, and .map would keep their realm.
    const translated = Array.from(contents, (r) =>
      Array.from(r, (c) => (typeof c === "string" && c.startsWith("=") ? this.toEngine(c, sheet) : c)),
    );
    // A value typed over a cell that showed a custom function's Date is that value, no date.
    translated.forEach((cells, r) => {
      cells.forEach((c, j) => {
        if (c !== null && !(typeof c === "string" && c.startsWith("=")))
          this.dateResults.delete(`${this.id(sheet)}:${row + r}:${col + j}`);
      });
    });
    // Worked out inside the change: after a rebuild (see mutate) sheet ids and spills are the new engine's.
    this.mutate(() => {
      const id = this.id(sheet);
      const at = (r: number, c: number) => ({ sheet: id, row: row + r, col: col + c });
      // Sheets treats writing "" into a spilled cell as leaving it empty, so the spill goes on; HyperFormula would
      // turn it into content that blocks the spill (#REF!). Such cells are skipped, the rest written as one batch.
      const inSpill = (r: number, c: number) =>
        this.hf.isCellPartOfArray(at(r, c)) && !this.hf.doesCellHaveFormula(at(r, c));
      // Overwriting a spilling formula: Sheets empties its spill, HyperFormula leaves "" constants behind.
      const replacesSpill = translated.some((cells, r) =>
        cells.some((_, c) => this.hf.doesCellHaveFormula(at(r, c)) && this.hf.isCellPartOfArray(at(r, c))),
      );
      const hitsSpill = translated.some((cells, r) => cells.some((c, j) => c === null && inSpill(r, j)));
      const clears = translated.some((cells) => cells.some((c) => c === null));
      const formulas = translated.some((cells) =>
        cells.some((c) => typeof c === "string" && c.startsWith("=")),
      );
      // A block that empties cells and writes formulas (say a spill's anchor moved up a row): Sheets applies the
      // whole block at once, so the new spill is never blocked by the old anchor it replaces. HyperFormula sizes
      // a spill as it writes it, so the emptied cells go first.
      if (clears && formulas && !hitsSpill) {
        this.batch(() => {
          translated.forEach((cells, r) => {
            cells.forEach((c, j) => {
              if (c === null) this.hf.setCellContents(at(r, j), [[null]]);
            });
          });
        });
      }
      if (!hitsSpill) this.hf.setCellContents({ sheet: id, row, col }, translated);
      else {
        this.batch(() => {
          translated.forEach((cells, r) => {
            cells.forEach((c, j) => {
              if (c === null && inSpill(r, j)) return;
              this.hf.setCellContents(at(r, j), [[c]]);
            });
          });
        });
      }
      if (replacesSpill) this.clearEmptyConstants(id);
      if (clears && this.blocked.size > 0) {
        this.unblock(id, row + translated.length - 1, col + Math.max(...translated.map((r) => r.length)) - 1);
      }
    }, "retry");
  }

  /**
   * Several HF changes, recalculated once. Not HF's batch(): that gathers one undo entry, and HyperFormula walks
   * the whole entry on every change inside it, so a block of n cells costs n². A script has no undo (undoLimit 0).
   */
  private batch(changes: () => void): void {
    this.hf.suspendEvaluation();
    try {
      changes();
    } finally {
      this.hf.resumeEvaluation();
    }
  }

  /** Removes "" constants, which no Sheets cell can hold (writing "" empties a cell): leftovers of a spill. */
  private clearEmptyConstants(sheet: number): void {
    const stale: { sheet: number; row: number; col: number }[] = [];
    this.hf.getSheetSerialized(sheet).forEach((cells, row) => {
      cells.forEach((c, col) => {
        if (c === "" && !this.hf.isCellPartOfArray({ sheet, row, col })) stale.push({ sheet, row, col });
      });
    });
    if (stale.length === 0) return;
    this.batch(() => {
      for (const a of stale) this.hf.setCellContents(a, [[null]]);
    });
  }

  /**
   * Runs an HF change, then re-enters formulas whose custom functions now return another size. If HF fails inside
   * (a broken graph), the engine is rebuilt from the cells, and then, as `afterRecovery` says: the change is made
   * again ("retry", for a change that may run twice), the fresh engine is all the change was for ("rebuilt"), or a
   * FormulaEngineFailure says so in words ("report"). Sheets itself never fails an edit.
   */
  mutate<T>(change: () => T, afterRecovery: "report" | "retry" | "rebuilt" = "report"): void {
    try {
      this.apply(change);
    } catch (error) {
      if (!isEngineFault(error)) throw error;
      let cause: unknown = error;
      try {
        this.recover();
        if (afterRecovery === "rebuilt") return;
        if (afterRecovery === "retry") {
          this.apply(change);
          return;
        }
      } catch (again) {
        if (!isEngineFault(again)) throw again;
        cause = again;
      }
      throw new FormulaEngineFailure(failureMessage(cause));
    }
  }

  private apply<T>(change: () => T): T {
    this.volatile.forget();
    const result = change();
    this.settle();
    return result;
  }

  /** Re-enters formulas whose custom functions returned another size than HF predicted. */
  private settle(): void {
    for (let round = 0; round < 5 && this.resizes.size > 0; round++) {
      const todo = [...this.resizes.values()];
      this.resizes.clear();
      for (const at of todo) {
        const f = this.hf.getCellFormula(at);
        if (f) this.hf.setCellContents(at, [[f]]);
      }
    }
  }

  value(sheet: string, row: number, col: number): EngineValue {
    let address = { sheet: this.id(sheet), row, col };
    let v: ReturnType<HyperFormula["getCellValue"]>;
    try {
      v = this.hf.getCellValue(address);
    } catch (error) {
      // A read that finds the graph broken: rebuilt once, then read again.
      if (!isEngineFault(error)) throw error;
      this.recover();
      address = { sheet: this.id(sheet), row, col };
      v = this.hf.getCellValue(address);
    }
    if (v instanceof DetailedCellError) {
      const code = SHEETS_ERROR[v.value] ?? v.value;
      const message = v.type === "SPILL" ? this.spillMessage(address) : v.message;
      return { value: code, error: { code, message }, type: "ERROR" };
    }
    let type = String(this.hf.getCellValueDetailedType(address));
    // A custom function's Date shows as a date, with its time when it is not midnight in the spreadsheet's zone.
    if (type === "NUMBER_RAW" && this.dateResults.has(`${address.sheet}:${row}:${col}`))
      type = typeof v === "number" && v % 1 !== 0 ? "NUMBER_DATETIME" : "NUMBER_DATE";
    return { value: v ?? "", type };
  }

  /** Sheets' message for a spill blocked by content: it names the first cell in the way. */
  private spillMessage(at: Address): string {
    const size = this.spillSize(at);
    if (size) {
      for (let r = 0; r < size.height; r++) {
        for (let c = 0; c < size.width; c++) {
          if (r === 0 && c === 0) continue;
          const cell = { sheet: at.sheet, row: at.row + r, col: at.col + c };
          if (this.hf.getCellSerialized(cell) !== null && this.hf.getCellSerialized(cell) !== undefined) {
            return `Array result was not expanded because it would overwrite data in ${columnLetters(cell.col + 1)}${cell.row + 1}.`;
          }
        }
      }
    }
    return "Array result was not expanded because it would overwrite data.";
  }

  /** The size a blocked array formula wants: the custom function's last result, else the formula's value. */
  private spillSize(at: Address): { width: number; height: number } | undefined {
    const predicted = CustomFunctionsPlugin.predictedSize(this.context, at);
    if (predicted) return predicted;
    const formula = this.hf.getCellFormula(at);
    if (!formula || [...this.registered].some((name) => formula.toUpperCase().includes(`${name}(`))) return;
    const value = this.hf.calculateFormula(formula, at.sheet);
    return Array.isArray(value) ? { width: value[0]?.length ?? 1, height: value.length } : undefined;
  }

  /** The formula in Sheets' spelling, or "" for a value cell. */
  formula(sheet: string, row: number, col: number): string {
    const f = this.hf.getCellFormula({ sheet: this.id(sheet), row, col });
    return f ? fromEngineFormula(f, (s) => this.host.maxRows(s, sheet)) : "";
  }

  /** Raw content as stored: numbers, booleans, text (without HF's apostrophe), formulas in Sheets' spelling. */
  content(sheet: string, row: number, col: number): RawCellContent {
    const f = this.formula(sheet, row, col);
    if (f) return f;
    const v = this.hf.getCellSerialized({ sheet: this.id(sheet), row, col });
    return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
  }

  /**
   * Moves the cells known to hold a custom function's Date with the rows or columns shifted (n < 0: deleted), so
   * a value that moves into a place a date used to be is not read as a date.
   */
  private shiftDateResults(sheet: number, axis: "row" | "col", at: number, n: number): void {
    const moved = [...this.dateResults].flatMap((key) => {
      const [s, row, col] = key.split(":").map(Number);
      const place = { row, col };
      if (s === sheet && place[axis] >= at) {
        if (n < 0 && place[axis] < at - n) return [];
        place[axis] += n;
      }
      return [`${s}:${place.row}:${place.col}`];
    });
    this.dateResults.clear();
    for (const key of moved) this.dateResults.add(key);
  }

  insertRows(sheet: string, at: number, n: number): void {
    const id = this.id(sheet);
    this.shiftDateResults(id, "row", at, n);
    this.mutate(() => {
      this.hf.addRows(id, [at, n]);
      this.rescanBlocked(id);
    });
  }

  deleteRows(sheet: string, at: number, n: number): void {
    const id = this.id(sheet);
    this.shiftDateResults(id, "row", at, -n);
    this.mutate(() => {
      this.hf.removeRows(id, [at, n]);
      this.rescanBlocked(id);
      this.unblock(id);
    });
  }

  insertColumns(sheet: string, at: number, n: number): void {
    const id = this.id(sheet);
    this.shiftDateResults(id, "col", at, n);
    this.mutate(() => {
      this.hf.addColumns(id, [at, n]);
      this.rescanBlocked(id);
    });
  }

  deleteColumns(sheet: string, at: number, n: number): void {
    const id = this.id(sheet);
    this.shiftDateResults(id, "col", at, -n);
    this.mutate(() => {
      this.hf.removeColumns(id, [at, n]);
      this.rescanBlocked(id);
      this.unblock(id);
    });
  }

  clearSheet(sheet: string): void {
    this.mutate(() => this.hf.clearSheet(this.id(sheet)));
  }

  /** After rows were appended to `sheet`, ranges that ran to its old last row run to the new one. */
  extendOpenRanges(sheet: string, oldLast: number, newLast: number): void {
    const updates: { address: { sheet: number; row: number; col: number }; formula: string }[] = [];
    for (const name of this.hf.getSheetNames()) {
      const id = this.id(name);
      this.hf.getSheetSerialized(id).forEach((cells, row) => {
        cells.forEach((content, col) => {
          if (typeof content !== "string" || !content.startsWith("=")) return;
          const formula = extendRangesToLastRow(content, name, sheet, oldLast, newLast);
          if (formula !== content) updates.push({ address: { sheet: id, row, col }, formula });
        });
      });
    }
    const names = this.hf.listNamedExpressions().flatMap((name) => {
      const expression = this.hf.getNamedExpressionFormula(name);
      const next = expression && extendRangesToLastRow(expression, undefined, sheet, oldLast, newLast);
      return next && next !== expression ? [{ name, expression: next }] : [];
    });
    if (updates.length === 0 && names.length === 0) return;
    this.mutate(() =>
      this.batch(() => {
        for (const u of updates) this.hf.setCellContents(u.address, [[u.formula]]);
        for (const n of names) this.hf.changeNamedExpression(n.name, n.expression);
      }),
    );
  }

  /** Named range → HF named expression with an absolute reference. */
  setName(name: string, sheet: string, a1Absolute: string): void {
    const expression = `=${quoteSheetName(sheet)}!${a1Absolute}`;
    this.mutate(() =>
      this.hf.listNamedExpressions().includes(name)
        ? this.hf.changeNamedExpression(name, expression)
        : this.hf.addNamedExpression(name, expression),
    );
  }

  removeName(name: string): void {
    this.mutate(() => this.hf.removeNamedExpression(name));
  }

  /** The current target of a named expression, e.g. "='Mål'!$A$1:$B$2". */
  nameExpression(name: string): string | undefined {
    const e = this.hf.getNamedExpressionFormula(name);
    return e ?? undefined;
  }

  /** Evaluates a formula as if it stood in `sheet` (used for conditional-format custom formulas). */
  calculate(formula: string, sheet: string): unknown {
    const v = this.hf.calculateFormula(this.toEngine(formula, sheet), this.id(sheet));
    if (v instanceof DetailedCellError) return SHEETS_ERROR[v.value] ?? v.value;
    if (Array.isArray(v)) return v[0]?.[0] instanceof DetailedCellError ? "#ERROR!" : (v[0]?.[0] ?? "");
    return v ?? "";
  }
}
