// The bundle's own realm: gas-local runs it in a vm context, and Apps Script hands it its own Dates and arrays.
import vm from "node:vm";
import { isDate } from "./cell-input";

/**
 * Installs a pinned clock in a context: `new Date()` and `Date.now()` read `fixed`; every other use of Date is the
 * context's own, and `instanceof Date` holds for all the context's Dates (the pinned Date shares their prototype).
 */
const PIN_CLOCK = `(function (fixed) {
  var RealDate = Date;
  function PinnedDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(fixed).toString();
    return Reflect.construct(RealDate, args.length ? args : [fixed], new.target);
  }
  PinnedDate.prototype = RealDate.prototype;
  PinnedDate.now = function () { return fixed; };
  PinnedDate.parse = RealDate.parse;
  PinnedDate.UTC = RealDate.UTC;
  globalThis.Date = PinnedDate;
})`;

/** Moves values into one vm context: arrays become its arrays, Dates its Dates (deeply); the rest stays. */
export class Realm {
  private readonly date: DateConstructor;
  private readonly array: ArrayConstructor;

  constructor(readonly context: vm.Context | null) {
    this.date = context ? (vm.runInContext("Date", context) as DateConstructor) : Date;
    this.array = context ? (vm.runInContext("Array", context) as ArrayConstructor) : Array;
  }

  /** A new context holding `globals`, its clock pinned to `fixedMs` when given. */
  static context(globals: Record<string, unknown>, fixedMs?: number): vm.Context {
    const context = vm.createContext(globals);
    if (fixedMs !== undefined) (vm.runInContext(PIN_CLOCK, context) as (ms: number) => void)(fixedMs);
    return context;
  }

  /** `value` as the context's own: arrays (nested) rebuilt, Dates copied; `map` applies to every other leaf. */
  adopt<T>(value: T, map: (leaf: unknown) => unknown = (leaf) => leaf): T {
    if (Array.isArray(value)) {
      // A plain loop: getValues of a whole tab is tens of thousands of cells.
      const copy = new this.array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = this.adopt(value[i], map);
      return copy as T;
    }
    if (typeof value === "object" && value !== null && isDate(value))
      return new this.date(value.getTime()) as T;
    return map(value) as T;
  }
}

/** The realm of the Node process itself (for bare unit tests and uncounted reads). */
export const NODE_REALM = new Realm(null);
