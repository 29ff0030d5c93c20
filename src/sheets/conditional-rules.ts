// Turns the core's conditional-format rule specs into Sheets ConditionalFormatRule objects.
import type { ConditionalRuleSpec, RuleArea } from "../core/timeline/rules";

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Builds the rules; `areas` gives the Range for each area the specs name (fetched once by the caller). */
export function buildConditionalRules(
  specs: readonly ConditionalRuleSpec[],
  areas: Readonly<Record<RuleArea, Range>>,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return specs.map((spec) => {
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([areas[spec.area]]);
    if (spec.background) builder = builder.setBackground(spec.background);
    if (spec.bold) builder = builder.setBold(true);
    return builder.build();
  });
}
