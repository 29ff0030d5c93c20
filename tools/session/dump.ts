// The --dump file: every sheet's values, display values, formulas and the backgrounds a user sees, as JSON.
import { isDate } from "../../test/emulator/cell-input";
import type { Emulator } from "../../test/emulator/index";
import type { SpreadsheetImpl } from "../../test/emulator/spreadsheet";

export interface SheetDump {
  name: string;
  /** Dates as ISO text. */
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  /** #rrggbb: the fill, or the conditional format's result (Emulator.visibleBackgrounds). */
  backgrounds: string[][];
}

export function dumpWorkbook(emulator: Emulator, ss: SpreadsheetImpl): { sheets: SheetDump[] } {
  return {
    sheets: ss.sheets.map((sheet) => {
      const range = sheet.getDataRange();
      const rows = range.getNumRows();
      const columns = range.getNumColumns();
      const visible = emulator.visibleBackgrounds(sheet.name);
      return {
        name: sheet.name,
        values: range.getValues().map((r) => r.map((v) => (isDate(v) ? v.toISOString() : v))),
        displayValues: range.getDisplayValues(),
        formulas: range.getFormulas(),
        backgrounds: Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => visible[r]?.[c] ?? "#ffffff"),
        ),
      };
    }),
  };
}
