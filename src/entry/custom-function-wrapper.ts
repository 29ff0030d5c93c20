// Wraps a custom function's handler: the language looked up only when needed, and every failure made one clear Error.
import { describeError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { activeLanguage } from "../sheets/locale";

/** Computes a value at most once, on first use: the language and today each cost a service call. */
export function lazy<T>(compute: () => T): () => T {
  let cached: { value: T } | null = null;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}

/**
 * Wraps a handler so every failure reaches the sheet as an Error whose message names the function and
 * says what is wrong in the spreadsheet's language (asked at most once per call, and only when needed).
 */
export function custom<A extends unknown[], R>(
  name: string,
  handler: (language: () => Language, ...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    const language = lazy(() => activeLanguage());
    try {
      return handler(language, ...args);
    } catch (error) {
      throw new Error(`${name}: ${describeError(error, language())}`);
    }
  };
}

/** JSDoc type of a parameter that takes one cell or a range of them. */
export const RANGE_OF = (type: string): string => `${type}|Array<Array<${type}>>`;
