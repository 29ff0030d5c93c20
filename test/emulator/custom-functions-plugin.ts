// HyperFormula plugin that runs Apps Script custom functions of a loaded bundle, per engine via config.context.
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { argumentReach, type CellBlock, VOLATILE_ARGUMENT_MESSAGE } from "./volatile-arguments";

/** An argument as the plugin hands it to the host: a value, with the cell it came from when it was a reference. */
export interface CellArg {
  value: unknown;
  /** True for a date-typed number (HF's DateNumber), e.g. from DATE(2025, 3, 15). */
  date?: boolean;
  sheet?: number;
  row?: number;
  col?: number;
}

/** What an engine's `config.context` provides: the functions of its own bundle, so emulators never cross. */
export interface CustomFunctionHost {
  has(name: string): boolean;
  /** Converts one cell or literal to what Apps Script passes (Date for date cells, "" for empty). */
  argument(arg: CellArg): unknown;
  /** Runs the function (counted, errors recorded); throws what the function throws. */
  call(name: string, args: unknown[], at: { sheet: number; row: number; col: number }): unknown;
  /** Converts a returned scalar to a cell value (Dates → serial numbers). */
  result(value: unknown): string | number | boolean | null;
  /** Asks the engine to re-enter this formula so HyperFormula learns a new spill size. */
  resize(at: { sheet: number; row: number; col: number }): void;
  /** Records whether the value at a cell came back as a Date (Sheets then shows a date). */
  dateResult?(at: { sheet: number; row: number; col: number }, isDate: boolean): void;
  /** True when a block holds a cell with NOW(), RAND(), … or one that depends on such a cell. */
  touchesVolatile?(blocks: readonly CellBlock[]): boolean;
}

type PluginAst = Parameters<FunctionPlugin["evaluateAst"]>[0];
type PluginState = Parameters<FunctionPlugin["evaluateAst"]>[1];
type PluginValue = ReturnType<FunctionPlugin["evaluateAst"]>;
interface CallAst {
  procedureName: string;
  args: PluginAst[];
}
interface RefAst {
  type: string;
  reference: { toSimpleCellAddress(base: { sheet: number; row: number; col: number }): CellRefAddress };
}
interface CellRefAddress {
  sheet: number;
  row: number;
  col: number;
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

const addrKey = (a: CellRefAddress): string => `${a.sheet}:${a.row}:${a.col}`;

function raw(v: unknown): unknown {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val;
  return v;
}

/** A Date from any realm (the bundle's functions return Dates made in their own vm context). */
function isDateObject(v: unknown): boolean {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function isDateNumber(v: unknown): boolean {
  return typeof v === "object" && v !== null && /Date/.test(v.constructor.name);
}

/** One plugin class for all emulators; functions are looked up on each engine's context. */
export class CustomFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
  /**
   * The last call's outcome at each cell, with the function and arguments it had. Sheets calls a custom function
   * again only when its arguments change, not on every recalculation
   * (https://developers.google.com/apps-script/guides/sheets/functions#optimization); the size prediction and the
   * evaluation that follows share it too.
   */
  private static readonly memo = new WeakMap<object, Map<string, { key: string; outcome: Outcome }>>();
  private static readonly sizes = new WeakMap<object, Map<string, ArraySize>>();

  private host(): CustomFunctionHost | undefined {
    return this.config.context as CustomFunctionHost | undefined;
  }

  private static mapFor<V>(store: WeakMap<object, Map<string, V>>, host: object): Map<string, V> {
    let m = store.get(host);
    if (!m) {
      m = new Map();
      store.set(host, m);
    }
    return m;
  }

  private collectArgs(host: CustomFunctionHost, ast: CallAst, state: PluginState): unknown[] | CellError {
    const out: unknown[] = [];
    for (const argAst of ast.args) {
      let v: ReturnType<typeof this.evaluateAst>;
      try {
        v = this.evaluateAst(argAst, state);
      } catch {
        // HF throws "Unknown array" for a range that is exactly another formula's failed spill; Sheets shows
        // the error in the dependent cell instead.
        return new CellError(ErrorType.ERROR, "A referenced range holds an error");
      }
      if (v instanceof CellError) return v;
      if (v instanceof SimpleRangeValue) {
        const start = v.range?.start;
        const rows: unknown[][] = [];
        const data = v.data;
        for (let r = 0; r < data.length; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < data[r].length; c++) {
            const cell = data[r][c];
            if (cell instanceof CellError) return cell;
            row.push(
              host.argument(
                start
                  ? {
                      value: raw(cell),
                      date: isDateNumber(cell),
                      sheet: start.sheet,
                      row: start.row + r,
                      col: start.col + c,
                    }
                  : { value: raw(cell), date: isDateNumber(cell) },
              ),
            );
          }
          rows.push(row);
        }
        out.push(rows);
        continue;
      }
      const refAst = argAst as unknown as RefAst;
      if (refAst.type === "CELL_REFERENCE") {
        const a = refAst.reference.toSimpleCellAddress(state.formulaAddress);
        out.push(
          host.argument({ value: raw(v), date: isDateNumber(v), sheet: a.sheet, row: a.row, col: a.col }),
        );
      } else {
        out.push(host.argument({ value: raw(v), date: isDateNumber(v) }));
      }
    }
    return out;
  }

  private outcome(ast: CallAst, state: PluginState): Outcome | CellError {
    const host = this.host();
    if (!host?.has(ast.procedureName))
      return new CellError(ErrorType.NAME, `Unknown function: '${ast.procedureName}'.`);
    const at = state.formulaAddress;
    const reach = argumentReach(ast.args, at);
    if (reach.calls || host.touchesVolatile?.(reach.blocks))
      return new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE);
    const args = this.collectArgs(host, ast, state);
    if (args instanceof CellError) return args;
    const key = `${ast.procedureName.toUpperCase()}(${JSON.stringify(args)})`;
    const memo = CustomFunctionsPlugin.mapFor(CustomFunctionsPlugin.memo, host);
    const cached = memo.get(addrKey(at));
    if (cached && cached.key === key) return cached.outcome;
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: host.call(ast.procedureName, args, at) };
    } catch (e) {
      outcome = {
        ok: false,
        message:
          e instanceof Error || (typeof e === "object" && e && "message" in e)
            ? String((e as Error).message)
            : String(e),
      };
    }
    memo.set(addrKey(at), { key, outcome });
    return outcome;
  }

  private static shape(value: unknown): unknown[][] | null {
    if (!Array.isArray(value)) return null;
    if (value.length === 0) return [[""]];
    return value.every((r) => Array.isArray(r)) ? (value as unknown[][]) : value.map((v) => [v]);
  }

  run(ast: PluginAst, state: PluginState): PluginValue {
    const call = ast as unknown as CallAst;
    const host = this.host();
    const o = this.outcome(call, state);
    if (o instanceof CellError) return o;
    if (!o.ok) return new CellError(ErrorType.ERROR, o.message);
    const grid = CustomFunctionsPlugin.shape(o.value);
    const predicted = host
      ? CustomFunctionsPlugin.mapFor(CustomFunctionsPlugin.sizes, host).get(addrKey(state.formulaAddress))
      : undefined;
    const height = predicted && !predicted.isScalar() ? predicted.height : 1;
    const width = predicted && !predicted.isScalar() ? predicted.width : 1;
    const actualH = grid ? grid.length : 1;
    const actualW = grid ? Math.max(...grid.map((r) => r.length)) : 1;
    if (host && (actualH !== height || actualW !== width)) host.resize(state.formulaAddress);
    const at = state.formulaAddress;
    const toCell = (v: unknown, r: number, c: number): string | number | boolean | typeof EmptyValue => {
      host?.dateResult?.({ sheet: at.sheet, row: at.row + r, col: at.col + c }, isDateObject(v));
      const result = host ? host.result(v) : null;
      return result === null ? EmptyValue : result;
    };
    if (height === 1 && width === 1) {
      const v = grid ? grid[0]?.[0] : o.value;
      const r = toCell(v, 0, 0);
      return r === EmptyValue ? EmptyValue : r;
    }
    const rows = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) =>
        toCell(grid?.[r]?.[c] ?? (r === 0 && c === 0 && !grid ? o.value : null), r, c),
      ),
    );
    return SimpleRangeValue.onlyValues(rows);
  }

  size(ast: PluginAst, state: PluginState): ArraySize {
    const host = this.host();
    if (!host) return ArraySize.scalar();
    let size = ArraySize.scalar();
    try {
      const o = this.outcome(ast as unknown as CallAst, state);
      const grid = !(o instanceof CellError) && o.ok ? CustomFunctionsPlugin.shape(o.value) : null;
      if (grid && (grid.length > 1 || grid.some((r) => r.length > 1))) {
        size = new ArraySize(Math.max(...grid.map((r) => r.length)), grid.length);
      }
    } catch {
      // Arguments not computed yet (engine still building): start scalar; run() asks for a resize.
    }
    CustomFunctionsPlugin.mapFor(CustomFunctionsPlugin.sizes, host).set(addrKey(state.formulaAddress), size);
    return size;
  }

  /** The spill size the last evaluation at `at` predicted for this host's engine (a blocked spill keeps it). */
  static predictedSize(host: object, at: CellRefAddress): { width: number; height: number } | undefined {
    const size = CustomFunctionsPlugin.sizes.get(host)?.get(addrKey(at));
    return size && !size.isScalar() ? { width: size.width, height: size.height } : undefined;
  }

  /** Registers names globally (HF's registry is static); returns true when any name was new. */
  static register(names: readonly string[]): boolean {
    let added = false;
    for (const name of names) {
      const id = name.toUpperCase();
      if (CustomFunctionsPlugin.implementedFunctions[id]) continue;
      if (HyperFormula.getRegisteredFunctionNames("enGB").includes(id)) continue; // never shadow a built-in
      CustomFunctionsPlugin.implementedFunctions[id] = {
        method: "run",
        sizeOfResultArrayMethod: "size",
        parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
        repeatLastArgs: 1,
      };
      HyperFormula.registerFunction(id, CustomFunctionsPlugin, { enGB: { [id]: id } });
      added = true;
    }
    return added;
  }
}
