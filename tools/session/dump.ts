// The --dump file: every sheet as a user sees it (values, display values, formulas, colours, layout) as JSON.
import type { Emulator } from "../../test/emulator/index";
import { plainValue } from "./plain";
import { sheetView } from "./sheet-view";
import type { SheetView } from "./view-types";

export interface SheetDump extends Omit<SheetView, "values"> {
  /** Plain values: dates as the spreadsheet shows them ("2025-12-31"), in its time zone. */
  values: unknown[][];
  displayValues: string[][];
}

/** Every sheet over its data range (A1 to the last cell with content). */
export function dumpWorkbook(emulator: Emulator): { sheets: SheetDump[] } {
  const ss = emulator.spreadsheet;
  const timeZone = ss.getSpreadsheetTimeZone();
  return {
    sheets: ss.getSheets().map((sheet) => {
      const data = sheet.getDataRange();
      const { values: displayValues, ...view } = sheetView(emulator, sheet.getName(), {
        rows: data.getNumRows(),
        columns: data.getNumColumns(),
      });
      return { ...view, values: plainValue(data.getValues(), timeZone) as unknown[][], displayValues };
    }),
  };
}
