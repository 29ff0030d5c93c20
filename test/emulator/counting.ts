// Hands emulator objects to code under test as counting wrappers: every method call is recorded as "Class.method".
import type { CallLog } from "./call-log";
import { NODE_REALM, type Realm } from "./realm";
import { RAW, unwrap } from "./services/raw";

/** The Apps Script class name of an emulator object: its static gasClass, else its constructor name minus "Impl". */
function gasClassOf(value: object): string | null {
  const ctor = (value as { constructor?: { gasClass?: unknown; name?: string } }).constructor;
  if (!ctor || ctor === Object || ctor === Array) return null;
  if (typeof ctor.gasClass === "string") return ctor.gasClass;
  return ctor.name?.endsWith("Impl") ? ctor.name.slice(0, -4) : null;
}

/** Strips wrappers from arguments (also inside arrays, e.g. setDataValidations(rules[][])). */
function unwrapDeep(value: unknown, depth = 0): unknown {
  if (Array.isArray(value) && depth < 3) return value.map((v) => unwrapDeep(v, depth + 1));
  return unwrap(value);
}

export class Exposer {
  private readonly proxies = new WeakMap<object, object>();

  /** `realm`: the code under test's vm context, whose own arrays and Dates it receives (as from Apps Script). */
  constructor(
    private readonly log: CallLog,
    private readonly realm: Realm = NODE_REALM,
  ) {}

  /** A counted view of `value` (arrays mapped, in the realm's arrays), or `value` itself (Dates the realm's). */
  expose<T>(value: T): T {
    if (Array.isArray(value) || value instanceof Date) return this.realm.adopt(value, (v) => this.expose(v));
    if (value === null || typeof value !== "object") return value;
    if (unwrap(value) !== value) return value; // already someone's counted wrapper
    const cls = gasClassOf(value);
    if (!cls) return value;
    const cached = this.proxies.get(value);
    if (cached) return cached as T;
    const proxy = new Proxy(value, {
      get: (obj, key) => {
        if (key === RAW) return obj;
        const v = Reflect.get(obj, key, obj);
        if (typeof v !== "function" || typeof key !== "string" || key === "constructor") return v;
        return (...args: unknown[]) => {
          this.log.record(`${cls}.${key}`);
          return this.expose(
            Reflect.apply(
              v,
              obj,
              args.map((a) => unwrapDeep(a)),
            ),
          );
        };
      },
    });
    this.proxies.set(value, proxy);
    return proxy;
  }
}
