// Turns the core's plain validation rules into Sheets DataValidation objects.
import type { RuleSpec } from "../../core/checks/validation-rules";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Builds the DataValidation for a rule. `listFromRange` needs the spreadsheet to resolve its range. */
export function buildValidation(
  ss: Spreadsheet,
  rule: RuleSpec,
): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.type) {
    case "list":
      return builder
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(!rule.strict)
        .setHelpText(rule.help)
        .build();
    case "listFromRange":
      return builder
        .requireValueInRange(ss.getRange(rule.a1), true)
        .setAllowInvalid(!rule.strict)
        .setHelpText(rule.help)
        .build();
    case "checkbox":
      return builder.requireCheckbox().build();
    case "date":
      return builder.requireDate().setAllowInvalid(false).setHelpText(rule.help).build();
    case "numberBetween":
      return builder
        .requireNumberBetween(rule.min, rule.max)
        .setAllowInvalid(false)
        .setHelpText(rule.help)
        .build();
    case "formula":
      return builder
        .requireFormulaSatisfied(rule.formula)
        .setAllowInvalid(false)
        .setHelpText(rule.help)
        .build();
  }
}
