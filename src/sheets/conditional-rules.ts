// Turns the core's conditional-format rule specs into Sheets ConditionalFormatRule objects.
import type { ConditionalRuleSpec } from "../core/timeline/rules";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function buildConditionalRules(
  sheet: Sheet,
  specs: readonly ConditionalRuleSpec[],
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return specs.map((spec) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges(spec.areas.map((a) => sheet.getRange(a.row, a.column, a.numRows, a.numColumns)));
    if (spec.background) builder = builder.setBackground(spec.background);
    if (spec.bold) builder = builder.setBold(true);
    return builder.build();
  });
}
