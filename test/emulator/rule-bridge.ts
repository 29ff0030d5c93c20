// Connects the grid core to the rules helper's classes (validations, CF rules, protections, charts).

import { EmbeddedChartBuilderImpl } from "./rules/chart";
import { ConditionalFormatRuleBuilderImpl, conditionalFormat } from "./rules/conditional-format";
import {
  DataValidationBuilderImpl,
  DataValidationImpl,
  type DataValidationSpec,
} from "./rules/data-validation";
import { ProtectionImpl } from "./rules/protection";
import { shiftFormula } from "./rules/shift-formula";
import type { RuleFactories } from "./spreadsheet";
import type { RuleBuilders } from "./spreadsheet-app";

/** Factories for objects the grid creates itself (Sheet.protect, Range.protect, Sheet.newChart, checkboxes). */
export function ruleFactories(): RuleFactories {
  return {
    protection: (sheet, range) => {
      const impl: ProtectionImpl = new ProtectionImpl({
        type: range ? "RANGE" : "SHEET",
        range: range ?? sheet.rect(1, 1, sheet.maxRows, sheet.maxCols),
        onRemove: () => {
          sheet.protections = sheet.protections.filter((p) => p !== protection);
        },
      });
      const protection = impl as unknown as GoogleAppsScript.Spreadsheet.Protection;
      return protection;
    },
    chartBuilder: () =>
      new EmbeddedChartBuilderImpl() as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
    // Insert › Checkbox rejects other input (UNVERIFIED: Sheets may show a warning instead).
    checkbox: (values: unknown[] = []) =>
      new DataValidationImpl({ criteria: "CHECKBOX", values, allowInvalid: false, helpText: null }),
  };
}

export function ruleBuilders(): RuleBuilders {
  return {
    dataValidation: () => new DataValidationBuilderImpl(),
    conditionalFormatRule: () =>
      new ConditionalFormatRuleBuilderImpl() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  };
}

/** The rule's contents, or null for a validation object the emulator did not build. */
export function validationSpec(v: GoogleAppsScript.Spreadsheet.DataValidation): DataValidationSpec | null {
  return v instanceof DataValidationImpl ? v.data() : null;
}

export function validationFromSpec(spec: DataValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  return new DataValidationImpl(spec);
}

/** Does the rule accept a typed value? `evaluate` gets a custom formula already shifted to the cell. */
export function validationAccepts(
  v: GoogleAppsScript.Spreadsheet.DataValidation,
  value: unknown,
  evaluate: (formula: string) => unknown,
): boolean {
  return v instanceof DataValidationImpl ? v.accepts(value, evaluate) : true;
}

export { conditionalFormat, shiftFormula };
