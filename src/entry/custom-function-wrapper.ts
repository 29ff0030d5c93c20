// Wraps a custom function's handler: dates converted at the edge, the language asked only when needed, clear errors.
import type { IsoDate } from "../core/calendar/dates";
import { describeError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { spreadsheetLanguage } from "../sheets/document/plan-context";
import { SheetZone } from "../sheets/document/sheet-zone";

/** Computes a value at most once, on first use: the language and the zone each cost a service call. */
export function lazy<T>(compute: () => T): () => T {
  let cached: { value: T } | null = null;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}

/** What a custom function's cells may ask of the spreadsheet (read-only, as Sheets allows). */
export interface FunctionContext {
  readonly language: () => Language;
  /** The real date in the spreadsheet's zone. */
  readonly today: () => IsoDate;
}

/**
 * Wraps a handler so that date arguments reach the core as calendar dates in the spreadsheet's zone, date
 * results go back as that zone's midnights, and every failure reaches the sheet as an Error whose message names
 * the function and says what is wrong in the spreadsheet's language (asked at most once, and only when needed).
 */
export function custom(
  name: string,
  handler: (fn: FunctionContext, ...args: unknown[]) => unknown,
): (...args: unknown[]) => unknown {
  return (...args: unknown[]): unknown => {
    const spreadsheet = lazy(() => SpreadsheetApp.getActiveSpreadsheet());
    const language = lazy(() => spreadsheetLanguage(spreadsheet()));
    const zone = new SheetZone(spreadsheet, () => new Date());
    try {
      const today = lazy(() => zone.today());
      const result = handler({ language, today }, ...args.map((arg) => zone.argumentToCore(arg)));
      return zone.resultToSheet(result);
    } catch (error) {
      throw new Error(`${name}: ${describeError(error, language())}`);
    }
  };
}
