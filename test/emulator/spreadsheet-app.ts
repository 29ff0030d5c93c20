// The SpreadsheetApp global: entry to the active document, the Ui, rule builders and the enums add-ons use.
import type { RangeImpl } from "./range";
import { enumOf } from "./services/enum-of";
import { RAW } from "./services/raw";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";

type SS = typeof GoogleAppsScript.Spreadsheet;

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
export const DataValidationCriteria = enumOf<SS["DataValidationCriteria"]>([
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
]);
// https://developers.google.com/apps-script/reference/spreadsheet/protection-type
export const ProtectionType = enumOf<SS["ProtectionType"]>(["RANGE", "SHEET"]);
// https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria
export const BooleanCriteria = enumOf<SS["BooleanCriteria"]>([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
  "DATE_NOT_EQUAL_TO",
  "DATE_AFTER_RELATIVE",
  "DATE_BEFORE_RELATIVE",
  "DATE_EQUAL_TO_RELATIVE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_NOT_EQUAL_TO",
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);
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
// https://developers.google.com/apps-script/reference/charts/chart-type
export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREE_MAP",
  "WATERFALL",
]);

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

  setActiveSheet(sheet: SheetImpl): SheetImpl {
    return this.ss.setActiveSheet(sheet);
  }

  setActiveRange(range: RangeImpl): RangeImpl {
    return this.ss.setActiveSelection(range);
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
