// google.script.run's rules for what crosses between a sidebar and the server: primitives, plain objects and arrays
// of them, a form as the only argument. Pure (no Node, no DOM): the playground's sidebar shim runs it in the browser.

/** https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values */
export const SCRIPT_RUN_RULES =
  "Requests fail if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type, " +
  "including prohibited types inside objects or arrays";

export const SCRIPT_RUN_PAGE =
  "https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values";

/** A value google.script.run refuses to carry; the call fails through withFailureHandler. */
export class ScriptRunRefusal extends Error {
  override name = "ScriptRunRefusal";
}

/** How the browser side recognises and reads a form element (the one DOM element allowed, as the only argument). */
export interface FormReader {
  isForm(value: unknown): boolean;
  read(form: unknown): Record<string, unknown>;
}

function kindOf(value: unknown): string {
  if (typeof value === "function") return "a Function";
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === "Date") return "a Date";
  if (/Element$|^HTML|^Node|^Window|^Document/.test(tag)) return "a DOM element";
  if (typeof value === "symbol" || typeof value === "bigint") return `a ${typeof value}`;
  return tag === "Object" ? "an object that is not plain" : `a ${tag}`;
}

/** A plain object of any realm: its prototype is some realm's Object.prototype (or null). */
function isPlainObject(value: object): boolean {
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function refuse(path: string, value: unknown): never {
  throw new ScriptRunRefusal(
    `Failed due to illegal value in property: ${path} (${kindOf(value)}). ${SCRIPT_RUN_RULES}.`,
  );
}

/**
 * `value` as the other side receives it — a fresh copy, undefined in arrays as null, undefined fields left out — or
 * a ScriptRunRefusal naming the first prohibited value and where it was.
 */
export function scriptRunCopy(value: unknown, path = "0", seen: object[] = []): unknown {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === "string" || type === "number" || type === "boolean") return value;
  if (type !== "object") refuse(path, value);
  const object = value as object;
  if (seen.includes(object)) {
    throw new ScriptRunRefusal(
      `Failed due to a circular reference in property: ${path}. ${SCRIPT_RUN_RULES}.`,
    );
  }
  const inner = [...seen, object];
  if (Array.isArray(object)) {
    return object.map((item, i) => {
      const copy = scriptRunCopy(item, `${path}.${i}`, inner);
      return copy === undefined ? null : copy;
    });
  }
  if (!isPlainObject(object)) refuse(path, value);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    const copy = scriptRunCopy(item, `${path}.${key}`, inner);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

/** The arguments of one google.script.run call as the server receives them; a form only as the sole argument. */
export function scriptRunArguments(args: readonly unknown[], forms?: FormReader): unknown[] {
  return args.map((arg, i) => {
    if (forms?.isForm(arg)) {
      if (args.length !== 1) refuse(String(i), arg);
      return forms.read(arg);
    }
    return scriptRunCopy(arg, String(i));
  });
}

/** A server function's return value as the success handler receives it (a form is no legal return value). */
export function scriptRunResult(value: unknown): unknown {
  return scriptRunCopy(value, "return value");
}
