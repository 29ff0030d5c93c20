// Loads a built Apps Script bundle into gas-local with an emulator's globals and binds its custom functions.
import { createRequire } from "node:module";
import type { Emulator } from "../emulator/index";
import { BUILD_DIR } from "./product";

type GasRequire = (folder: string, globals: Record<string, unknown>) => Record<string, unknown>;
export type BundleContext = Record<string, (...args: unknown[]) => unknown>;

const require = createRequire(import.meta.url);
const gasLocal = require("gas-local") as { require: GasRequire };

/** Apps Script custom-function names: UPPER_SNAKE, not ending in "_". */
const CUSTOM_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$/;

/**
 * Runs every .js file of `dir` in a fresh gas-local context with `emulator.globals()`, then binds custom
 * functions: the `customFunctions` given, else every top-level UPPER_SNAKE function of the bundle.
 */
export function loadBundle(
  emulator: Emulator,
  dir: string = BUILD_DIR,
  customFunctions?: readonly string[],
): BundleContext {
  const globals = emulator.globals();
  const provided = new Set(Object.keys(globals)); // gas-local turns `globals` itself into the context
  const context = gasLocal.require(dir, globals);
  const names =
    customFunctions ??
    Object.keys(context).filter(
      (k) => CUSTOM_NAME.test(k) && typeof context[k] === "function" && !provided.has(k),
    );
  emulator.bindCustomFunctions(context, names);
  return context as BundleContext;
}
