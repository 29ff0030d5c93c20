// HyperFormula wrapper: one HF sheet per emulated sheet, Sheets ↔ HF formula text, errors shown as Sheets shows them.
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { extendRangesToLastRow, fromEngineFormula, quoteSheetName, toEngineFormula } from "./a1";
import { type CustomFunctionHost, CustomFunctionsPlugin } from "./custom-functions-plugin";

/** A computed value: errors are Sheets' error strings, empty cells "". */
export interface EngineValue {
  value: string | number | boolean;
  error?: { code: string; message: string };
  /** HF's detailed type, e.g. NUMBER_DATE for =DATE(…), NUMBER_PERCENT for =10%. */
  type: string;
}

const SHEETS_ERROR: Record<string, string> = { "#CYCLE!": "#REF!", "#SPILL!": "#REF!", "#LIC!": "#ERROR!" };

/** Engine-side host hooks the spreadsheet supplies. */
export interface EngineHost extends CustomFunctionHost {
  /** Rows of a sheet (for open ranges A2:A); the current sheet when name is undefined. */
  maxRows(sheet: string | undefined, current: string): number;
}

export class FormulaEngine {
  hf: HyperFormula;
  private readonly resizes = new Map<string, { sheet: number; row: number; col: number }>();
  /** Cells whose custom-function result is a Date: Sheets shows them as dates, so reads return Dates. */
  private readonly dateResults = new Set<string>();

  constructor(private readonly host: EngineHost) {
    const context: CustomFunctionHost = {
      has: (n) => host.has(n),
      argument: (a) => host.argument(a),
      call: (n, args, at) => host.call(n, args, at),
      result: (v) => host.result(v),
      resize: (at) => this.resizes.set(`${at.sheet}:${at.row}:${at.col}`, at),
      dateResult: (at, isDate) => {
        const key = `${at.sheet}:${at.row}:${at.col}`;
        if (isDate) this.dateResults.add(key);
        else this.dateResults.delete(key);
      },
    };
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", context, maxRows: 100_000 });
  }

  /** Re-creates HF's function registry after new custom functions were registered. */
  registerFunctions(names: readonly string[]): void {
    CustomFunctionsPlugin.register(names);
    this.mutate(() => this.hf.rebuildAndRecalculate());
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
    this.mutate(() => {
      if (!hitsSpill) this.hf.setCellContents({ sheet: id, row, col }, translated);
      else {
        this.hf.batch(() => {
          translated.forEach((cells, r) => {
            cells.forEach((c, j) => {
              if (c === null && inSpill(r, j)) return;
              this.hf.setCellContents(at(r, j), [[c]]);
            });
          });
        });
      }
      if (replacesSpill) this.clearEmptyConstants(id);
    });
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
    this.hf.batch(() => {
      for (const a of stale) this.hf.setCellContents(a, [[null]]);
    });
  }

  /** Runs an HF change, then re-enters formulas whose custom functions now return another size. */
  mutate<T>(change: () => T): T {
    const result = change();
    for (let round = 0; round < 5 && this.resizes.size > 0; round++) {
      const todo = [...this.resizes.values()];
      this.resizes.clear();
      for (const at of todo) {
        const f = this.hf.getCellFormula(at);
        if (f) this.hf.setCellContents(at, [[f]]);
      }
    }
    return result;
  }

  value(sheet: string, row: number, col: number): EngineValue {
    const address = { sheet: this.id(sheet), row, col };
    const v = this.hf.getCellValue(address);
    if (v instanceof DetailedCellError) {
      const code = SHEETS_ERROR[v.value] ?? v.value;
      return { value: code, error: { code, message: v.message }, type: "ERROR" };
    }
    let type = String(this.hf.getCellValueDetailedType(address));
    if (type === "NUMBER_RAW" && this.dateResults.has(`${address.sheet}:${row}:${col}`)) type = "NUMBER_DATE";
    return { value: v ?? "", type };
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

  insertRows(sheet: string, at: number, n: number): void {
    this.mutate(() => this.hf.addRows(this.id(sheet), [at, n]));
  }

  deleteRows(sheet: string, at: number, n: number): void {
    this.mutate(() => this.hf.removeRows(this.id(sheet), [at, n]));
  }

  insertColumns(sheet: string, at: number, n: number): void {
    this.mutate(() => this.hf.addColumns(this.id(sheet), [at, n]));
  }

  deleteColumns(sheet: string, at: number, n: number): void {
    this.mutate(() => this.hf.removeColumns(this.id(sheet), [at, n]));
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
      this.hf.batch(() => {
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
