// The shape of one Apps Script entry point: the registry lists these, the build turns each into a top-level function.
import { CUSTOM_FUNCTIONS, type CustomFunctionName, type ParamDoc } from "../core/functions/catalogue";
import type { MessageKey } from "../core/i18n/messages";
import { custom, type FunctionContext } from "./custom-function-wrapper";

export type { ParamDoc };

/** How Apps Script reaches the function. */
export type EntryKind = "trigger" | "menu" | "sidebar" | "custom-function";

/** One global function that Apps Script may call by name. */
export interface EntryPoint {
  /** The global name. Custom function names are UPPER_SNAKE and never end in `_`. */
  readonly name: string;
  readonly kind: EntryKind;
  /** First line of the JSDoc block; for custom functions this is the autocomplete help. */
  readonly summary: string;
  readonly params: readonly ParamDoc[];
  readonly returns?: { readonly type: string; readonly description: string };
  /** For menu handlers: the message key of the menu label; the menu is built from these, in registry order. */
  readonly menuLabel?: MessageKey;
  /** The handler. `never[]` accepts any parameter list; callers go through `invokeEntry`. */
  readonly run: (...args: never[]) => unknown;
}

/** Declares an entry point with its handler; keeps the handler's own parameter types. */
export function entry<A extends unknown[], R>(
  spec: Omit<EntryPoint, "run"> & { readonly run: (...args: A) => R },
): EntryPoint {
  return spec;
}

/** A custom function's entry: its name, help and parameters from the catalogue, its cells computed by `run`. */
export function customFunction(
  name: CustomFunctionName,
  run: (fn: FunctionContext, ...args: unknown[]) => unknown,
): EntryPoint {
  const doc = CUSTOM_FUNCTIONS[name];
  return { name, kind: "custom-function", ...doc, run: custom(name, run) };
}

/** Calls an entry point's handler with the arguments Apps Script passed. */
export function invokeEntry(point: EntryPoint, args: ArrayLike<unknown>): unknown {
  return (point.run as (...a: unknown[]) => unknown)(...Array.from(args));
}
