// Tests of the data validation builder, the built rule and Sheets' acceptance check.
import { describe, expect, expectTypeOf, it } from "vitest";
import { CallLog } from "./call-log";
import {
  type DataValidationBuilderImpl,
  DataValidationCriteria,
  type DataValidationImpl,
  newDataValidation,
} from "./rules/data-validation";
import { fakeRange } from "./rules/fake-range";
import type { InventedMethods } from "./services/raw";

type Api = GoogleAppsScript.Spreadsheet.DataValidation;
const accepts = (rule: Api, value: unknown, evaluate?: (f: string) => unknown) =>
  (rule as unknown as DataValidationImpl).accepts(value, evaluate);

describe("DataValidationBuilder", () => {
  it("implements only Google's methods", () => {
    expectTypeOf<
      InventedMethods<DataValidationBuilderImpl, GoogleAppsScript.Spreadsheet.DataValidationBuilder>
    >().toEqualTypeOf<never>();
    expectTypeOf<InventedMethods<DataValidationImpl, Api, "accepts" | "data">>().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean)
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getCriteriaValues()
  it("builds a list rule with criteria values [list, showDropdown], counted", () => {
    const log = new CallLog();
    const rule = newDataValidation(log)
      .requireValueInList(["Ja", "Nej"], true)
      .setAllowInvalid(false)
      .setHelpText("Ja eller Nej")
      .build();
    expect(rule.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([["Ja", "Nej"], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe("Ja eller Nej");
    expect(log.count("DataValidationBuilder.requireValueInList")).toBe(1);
    expect(log.count("DataValidationBuilder.build")).toBe(1);
    expect(log.count("DataValidation.getCriteriaType")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
  // "The default for a new data validation rule is true."
  it("allows invalid data by default and has no help text", () => {
    const rule = newDataValidation().requireCheckbox().build();
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
    expect(rule.getCriteriaValues()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#copy()
  it("copy() gives an independent builder with the same settings", () => {
    const rule = newDataValidation().requireNumberBetween(0, 10).setHelpText("0–10").build();
    const other = rule.copy().requireNumberGreaterThan(5).build();
    expect(rule.getCriteriaType()).toBe("NUMBER_BETWEEN");
    expect(other.getCriteriaType()).toBe("NUMBER_GREATER_THAN");
    expect(other.getHelpText()).toBe("0–10");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#withCriteria(DataValidationCriteria,Object)
  it("withCriteria sets any criteria", () => {
    const rule = newDataValidation().withCriteria(DataValidationCriteria.TEXT_CONTAINS, ["mål"]).build();
    expect(rule.getCriteriaType()).toBe("TEXT_CONTAINS");
    expect(rule.getCriteriaValues()).toEqual(["mål"]);
  });

  it("refuses to build without criteria", () => {
    expect(() => newDataValidation().build()).toThrow(/no criteria/);
  });
});

describe("DataValidation.accepts", () => {
  it("lets blank cells pass every rule", () => {
    const rule = newDataValidation().requireNumberGreaterThan(5).build();
    expect(accepts(rule, "")).toBe(true);
    expect(accepts(rule, null)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String)
  it("list: value must be one of the items, by shown text", () => {
    const rule = newDataValidation().requireValueInList(["Ja", "Nej", "5"]).build();
    expect(accepts(rule, "Ja")).toBe(true);
    expect(accepts(rule, "Kanske")).toBe(false);
    expect(accepts(rule, 5)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range)
  it("range: value must appear in the range's values", () => {
    const range = fakeRange("Inställningar", "A1:A3", [["Anna"], [""], ["Bertil"]]);
    const rule = newDataValidation().requireValueInRange(range, false).build();
    expect(rule.getCriteriaValues()[1]).toBe(false);
    expect(accepts(rule, "Bertil")).toBe(true);
    expect(accepts(rule, "Cecilia")).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
  it("checkbox: booleans, or the given checked/unchecked values", () => {
    const plain = newDataValidation().requireCheckbox().build();
    expect(accepts(plain, true)).toBe(true);
    expect(accepts(plain, false)).toBe(true);
    expect(accepts(plain, "ja")).toBe(false);
    const custom = newDataValidation().requireCheckbox("klar", "ej klar").build();
    expect(custom.getCriteriaValues()).toEqual(["klar", "ej klar"]);
    expect(accepts(custom, "klar")).toBe(true);
    expect(accepts(custom, true)).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number)
  it("numbers: inclusive bounds; text is not a number", () => {
    const rule = newDataValidation().requireNumberBetween(0, 100).build();
    expect(accepts(rule, 0)).toBe(true);
    expect(accepts(rule, 100)).toBe(true);
    expect(accepts(rule, 100.5)).toBe(false);
    expect(accepts(rule, "50")).toBe(false);
    expect(accepts(newDataValidation().requireNumberGreaterThanOrEqualTo(0).build(), -1)).toBe(false);
    expect(accepts(newDataValidation().requireNumberLessThanOrEqualTo(10).build(), 10)).toBe(true);
    expect(accepts(newDataValidation().requireNumberEqualTo(3).build(), 3)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDateBetween(Date,Date)
  it("dates: Dates or serial numbers, compared by day", () => {
    const rule = newDataValidation()
      .requireDateBetween(new Date(2025, 0, 1), new Date(2025, 11, 31))
      .build();
    expect(accepts(rule, new Date(2025, 5, 15, 13, 0))).toBe(true);
    expect(accepts(rule, new Date(2025, 11, 31, 23, 59))).toBe(true);
    expect(accepts(rule, new Date(2026, 0, 1))).toBe(false);
    expect(accepts(rule, 45658)).toBe(true); // 2025-01-01 as a serial
    expect(accepts(rule, "2025-06-01")).toBe(false);
    expect(accepts(newDataValidation().requireDate().build(), new Date(2025, 0, 1))).toBe(true);
    expect(
      accepts(
        newDataValidation()
          .requireDateOnOrAfter(new Date(2025, 0, 1))
          .build(),
        new Date(2025, 0, 1),
      ),
    ).toBe(true);
    expect(
      accepts(
        newDataValidation()
          .requireDateAfter(new Date(2025, 0, 1))
          .build(),
        new Date(2025, 0, 1, 12),
      ),
    ).toBe(false);
    expect(
      accepts(
        newDataValidation()
          .requireDateBefore(new Date(2025, 0, 1))
          .build(),
        new Date(2024, 11, 31),
      ),
    ).toBe(true);
  });

  it("recognises Dates from another realm", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext("new Date(2025, 0, 2)") as Date;
    expect(accepts(newDataValidation().requireDate().build(), foreign)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireTextIsEmail()
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireTextIsUrl()
  it("email and URL checks", () => {
    const email = newDataValidation().requireTextIsEmail().build();
    expect(accepts(email, "anna@liberalerna.se")).toBe(true);
    expect(accepts(email, "anna@")).toBe(false);
    const url = newDataValidation().requireTextIsUrl().build();
    expect(accepts(url, "https://example.com/plan?x=1")).toBe(true);
    expect(accepts(url, "inte en länk")).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireFormulaSatisfied(String)
  it("custom formula: passes on TRUE or a non-zero number from the evaluator", () => {
    const rule = newDataValidation().requireFormulaSatisfied("=INT(A1)=A1").build();
    expect(rule.getCriteriaValues()).toEqual(["=INT(A1)=A1"]);
    expect(accepts(rule, 3, () => true)).toBe(true);
    expect(accepts(rule, 3.5, () => false)).toBe(false);
    expect(accepts(rule, 3, () => 1)).toBe(true);
    expect(() => accepts(rule, 3)).toThrow(/evaluateFormula/);
  });
});
