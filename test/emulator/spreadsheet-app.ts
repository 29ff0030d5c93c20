// The SpreadsheetApp global: entry to the active document, the Ui, rule builders and the enums add-ons use.
import type { RangeImpl } from "./range";
import { ChartType } from "./rules/chart";
import { BooleanCriteria } from "./rules/conditional-format";
import { DataValidationCriteria } from "./rules/data-validation";
import { ProtectionType } from "./rules/protection";
import { enumOf } from "./services/enum-of";
import { RAW } from "./services/raw";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";

type SS = typeof GoogleAppsScript.Spreadsheet;

// The enums defined with their rule objects, re-exported here as SpreadsheetApp carries them.
export { BooleanCriteria, ChartType, DataValidationCriteria, ProtectionType };

// https://developers.google.com/apps-script/reference/spreadsheet/wrap-strategy
export const WrapStrategy = enumOf<SS["WrapStrategy"]>(["WRAP", "OVERFLOW", "CLIP"]);
// https://developers.google.com/apps-script/reference/spreadsheet/border-style
export const BorderStyle = enumOf<SS["BorderStyle"]>([
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
]);

export const DeveloperMetadataLocationType = enumOf<SS["DeveloperMetadataLocationType"]>([
  "SPREADSHEET",
  "SHEET",
  "ROW",
  "COLUMN",
]);
export const DeveloperMetadataVisibility = enumOf<SS["DeveloperMetadataVisibility"]>(["DOCUMENT", "PROJECT"]);

/** Builders the rules helper provides (constructed fresh per call). */
export interface RuleBuilders {
  dataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  conditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
}

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
export class SpreadsheetAppImpl {
  static readonly gasClass = "SpreadsheetApp";
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly BooleanCriteria = BooleanCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly ChartType = ChartType;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;

  constructor(
    private readonly ss: SpreadsheetImpl,
    private readonly ui: GoogleAppsScript.Base.Ui,
    private readonly builders: RuleBuilders,
  ) {}

  get [RAW](): SpreadsheetAppImpl {
    return this;
  }

  getActiveSpreadsheet(): SpreadsheetImpl {
    return this.ss;
  }

  getActive(): SpreadsheetImpl {
    return this.ss;
  }

  getActiveSheet(): SheetImpl {
    return this.ss.getActiveSheet();
  }

  getActiveRange(): RangeImpl | null {
    return this.ss.getActiveRange();
  }

  getCurrentCell(): RangeImpl | null {
    return this.ss.getCurrentCell();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): SheetImpl {
    return this.ss.setActiveSheet(sheet, restoreSelection);
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): RangeImpl {
    return this.ss.setActiveRange(range);
  }

  openById(id: string): SpreadsheetImpl {
    if (id !== this.ss.id)
      throw new Error(
        "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
      );
    return this.ss;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui;
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.builders.dataValidation();
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.builders.conditionalFormatRule();
  }

  flush(): void {}
}
