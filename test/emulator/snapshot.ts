// Plain JSON snapshot of an emulated document (for the playground); snapshot-restore.ts reads it back.
import type { RawCellContent } from "hyperformula";
import type { GridRect } from "./a1";
import { isDate } from "./cell-input";
import type { CellMeta } from "./grid";
import { RangeImpl } from "./range";
import type { DataValidationSpec } from "./rules/data-validation";
import type { ServiceState } from "./services/index";
import { type SheetRulesSnapshot, sheetRulesOf } from "./snapshot-rules";
import type { SpreadsheetImpl } from "./spreadsheet";

/** A rule argument: plain values, dates as ISO text, ranges as "'Sheet'!A1:B2". */
export type SnapshotValue =
  | string
  | number
  | boolean
  | null
  | { date: string }
  | { range: string }
  | SnapshotValue[];

export interface ValidationSnapshot {
  criteria: string | null;
  values: SnapshotValue[];
  allowInvalid: boolean;
  helpText: string | null;
}

export type CellMetaSnapshot = Omit<CellMeta, "validation"> & { validation?: ValidationSnapshot };

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  tabColor: string | null;
  /** HyperFormula's serialized contents: numbers, booleans, "'text", formulas; spilled cells are never stored. */
  contents: RawCellContent[][];
  meta: [number, number, CellMetaSnapshot][];
  merges: GridRect[];
  columnWidths: [number, number][];
  hiddenColumns: number[];
  /** Absent in snapshots saved before rows could be hidden. */
  hiddenRows?: number[];
  /** Conditional-format rules, protections and charts; absent in snapshots saved before they were kept. */
  rules?: SheetRulesSnapshot;
}

export interface EmulatorSnapshot {
  version: 1;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  namedRanges: { name: string; expression: string }[];
  properties: {
    document: Record<string, string>;
    script: Record<string, string>;
    user: Record<string, string>;
  };
  /** Developer metadata; `sheetId` null for the spreadsheet's own. Absent in snapshots saved before it was kept. */
  developerMetadata?: MetadataSnapshot[];
}

export interface MetadataSnapshot {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  sheetId: number | null;
}

function toSnapshotValue(v: unknown): SnapshotValue {
  if (Array.isArray(v)) return v.map(toSnapshotValue);
  if (isDate(v)) return { date: v.toISOString() };
  if (v instanceof RangeImpl) return { range: v.qualifiedA1() };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

export function fromSnapshotValue(ss: SpreadsheetImpl, v: SnapshotValue): unknown {
  if (Array.isArray(v)) return v.map((x) => fromSnapshotValue(ss, x));
  if (v && typeof v === "object" && "date" in v) return new Date(v.date);
  if (v && typeof v === "object" && "range" in v) return ss.getRange(v.range);
  return v;
}

export function snapshotOf(
  ss: SpreadsheetImpl,
  state: ServiceState,
  specOf: (v: GoogleAppsScript.Spreadsheet.DataValidation) => DataValidationSpec | null,
): EmulatorSnapshot {
  const hf = ss.engine.hf;
  return {
    version: 1,
    id: ss.id,
    name: ss.name,
    locale: ss.locale,
    timeZone: ss.timeZone,
    activeSheet: ss.activeSheet.name,
    sheets: ss.sheets.map((s) => ({
      name: s.name,
      sheetId: s.sheetId,
      maxRows: s.maxRows,
      maxCols: s.maxCols,
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      tabColor: s.tabColor,
      contents: ss.engine.serialized(s.name),
      meta: s.grid.entries().map(([r, c, m]): [number, number, CellMetaSnapshot] => {
        const { validation, ...rest } = m;
        const spec = validation ? specOf(validation) : null;
        return [
          r,
          c,
          spec ? { ...rest, validation: { ...spec, values: spec.values.map(toSnapshotValue) } } : rest,
        ];
      }),
      merges: s.grid.merges.map((g) => ({ ...g })),
      columnWidths: [...s.grid.columnWidths],
      hiddenColumns: [...s.grid.hiddenColumns],
      hiddenRows: [...s.grid.hiddenRows],
      rules: sheetRulesOf(s),
    })),
    namedRanges: hf
      .listNamedExpressions()
      .map((name) => ({ name, expression: hf.getNamedExpressionFormula(name) ?? "" })),
    developerMetadata: ss.metadata.entries.map((e) => ({
      id: e.id,
      key: e.key,
      value: e.value,
      visibility: e.visibility,
      sheetId: e.sheet ? e.sheet.sheetId : null,
    })),
    properties: {
      document: Object.fromEntries(state.properties.document),
      script: Object.fromEntries(state.properties.script),
      user: Object.fromEntries(state.properties.user(state.userEmail)),
    },
  };
}
