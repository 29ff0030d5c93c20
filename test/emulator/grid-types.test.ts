// Compile-time checks that the grid classes follow @types/google-apps-script: no invented public methods beyond
// the emulator's named internals, and every shared method takes Google's arguments (tsc runs these in npm test).
import { describe, expectTypeOf, it } from "vitest";
import type { RangeImpl } from "./range";
import type { RangeListImpl } from "./range-list";
import type { InventedMethods, MethodNames } from "./services/raw";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";
import type { SpreadsheetAppImpl } from "./spreadsheet-app";

type Fn = (...args: never[]) => unknown;
/**
 * Shared methods that would refuse arguments Google's accepts (the last overload's, as TypeScript reads them).
 * Return types are the emulator's own classes, which implement the parts the add-on uses, so they are not compared.
 */
type WrongSignatures<Impl, Api> = {
  [K in MethodNames<Impl> & keyof Api]: Api[K] extends Fn
    ? Impl[K] extends Fn
      ? Parameters<Api[K]> extends Parameters<Impl[K]>
        ? never
        : K
      : K
    : K;
}[MethodNames<Impl> & keyof Api];

import SS = GoogleAppsScript.Spreadsheet;

describe("grid classes against @types/google-apps-script", () => {
  it("Range", () => {
    expectTypeOf<WrongSignatures<RangeImpl, SS.Range>>().toEqualTypeOf<never>();
    expectTypeOf<InventedMethods<RangeImpl, SS.Range, "qualifiedA1">>().toEqualTypeOf<never>();
  });
  it("RangeList", () => {
    expectTypeOf<WrongSignatures<RangeListImpl, SS.RangeList>>().toEqualTypeOf<never>();
    expectTypeOf<InventedMethods<RangeListImpl, SS.RangeList>>().toEqualTypeOf<never>();
  });
  it("Sheet", () => {
    expectTypeOf<WrongSignatures<SheetImpl, SS.Sheet>>().toEqualTypeOf<never>();
    type Internal =
      | "rect"
      | "readValue"
      | "readDisplay"
      | "readFormula"
      | "toContent"
      | "write"
      | "ensureSize"
      | "checkGrowth"
      | "mergesIn";
    expectTypeOf<InventedMethods<SheetImpl, SS.Sheet, Internal>>().toEqualTypeOf<never>();
  });
  it("Spreadsheet", () => {
    expectTypeOf<WrongSignatures<SpreadsheetImpl, SS.Spreadsheet>>().toEqualTypeOf<never>();
    type Internal = "bindFunctions" | "sheetNamed" | "addSheet" | "renameSheet" | "flush";
    expectTypeOf<InventedMethods<SpreadsheetImpl, SS.Spreadsheet, Internal>>().toEqualTypeOf<never>();
  });
  it("SpreadsheetApp", () => {
    expectTypeOf<WrongSignatures<SpreadsheetAppImpl, SS.SpreadsheetApp>>().toEqualTypeOf<never>();
    expectTypeOf<InventedMethods<SpreadsheetAppImpl, SS.SpreadsheetApp>>().toEqualTypeOf<never>();
  });
});
