// HyperFormula's own failures (a broken dependency graph: "Edge does not exist", "Array not computed yet"): told
// apart from its deliberate errors, and answered by a new engine built from what the sheets hold.
import { type ConfigParams, HyperFormula, type RawCellContent } from "hyperformula";

/** A change the formula engine could not make; the workbook was rebuilt and can be used. */
export class FormulaEngineFailure extends Error {}

/** True for an internal failure; HF's deliberate errors (a taken sheet name, a bad address…) are their own classes. */
export function isEngineFault(error: unknown): error is Error {
  if (error instanceof FormulaEngineFailure || !(error instanceof Error)) return false;
  return [Error, TypeError, RangeError, ReferenceError].some((kind) => error.constructor === kind);
}

export function failureMessage(cause: unknown): string {
  const detail = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
  return (
    `The spreadsheet's formula engine failed on this change (${detail}). It was rebuilt from the cells' ` +
    "contents and formulas, so the workbook can be used; check that the change took effect."
  );
}

/** One sheet's contents, or as much of it as can be read: unreadable cells come back empty. */
function readable(hf: HyperFormula, sheet: number, serialized: () => RawCellContent[][]): RawCellContent[][] {
  try {
    return serialized();
  } catch {
    const { height, width } = hf.getSheetDimensions(sheet);
    return Array.from({ length: height }, (_, row) =>
      Array.from({ length: width }, (_, col) => {
        try {
          return hf.getCellSerialized({ sheet, row, col });
        } catch {
          return null;
        }
      }),
    );
  }
}

/** A new engine with the same sheets (in order), contents and named expressions as `hf`. */
export function rebuiltEngine(
  hf: HyperFormula,
  config: Partial<ConfigParams>,
  serialized: (sheetName: string) => RawCellContent[][],
): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const name of hf.getSheetNames()) {
    const id = hf.getSheetId(name) ?? 0;
    sheets[name] = readable(hf, id, () => serialized(name));
  }
  const names = hf.listNamedExpressions().flatMap((name) => {
    const expression = hf.getNamedExpressionFormula(name);
    return expression ? [{ name, expression }] : [];
  });
  return HyperFormula.buildFromSheets(sheets, config, names);
}
