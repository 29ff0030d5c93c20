// SpreadsheetApp.newDataValidation(): the builder, the built rule, and Sheets' check of a typed value against it.

import { type CallLog, counted } from "../call-log";
import { enumOf } from "../services/enum-of";
import { type HasRaw, noWrap, RAW, type Wrap } from "../services/raw";
import { dayOf, isBlank, isDate, isTruthy, numberOf, textOf } from "./cell-values";
import type { ValuesRange } from "./rule-range";

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type BuilderApi = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
export const DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
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

/** Everything a rule holds. */
export interface DataValidationSpec {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^(?:(?:https?|ftp):\/\/)?[^\s/$.?#:]+(?:\.[^\s/$.?#:]+)+(?::\d+)?(?:[/?#]\S*)?$/i;

function sameValue(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return numberOf(a) !== null && numberOf(a) === numberOf(b);
  return textOf(a) === textOf(b);
}

/**
 * Whether Sheets accepts `value` under this rule. Blank cells always pass. Numbers compare dates as serials;
 * date criteria take Dates or serial numbers and compare whole days; text criteria ignore case (UNVERIFIED);
 * list and range items match by their shown text. CUSTOM_FORMULA needs `evaluateFormula`, called with the
 * formula already shifted to the cell, and passes on TRUE or a non-zero number.
 */
export function acceptsValue(
  spec: DataValidationSpec,
  value: unknown,
  evaluateFormula?: (formula: string) => unknown,
): boolean {
  const args = spec.values;
  if (spec.criteria === "CUSTOM_FORMULA") {
    if (!evaluateFormula) throw new Error("CUSTOM_FORMULA validation needs an evaluateFormula callback");
    return isTruthy(evaluateFormula(String(args[0])));
  }
  if (isBlank(value)) return true;
  const n = numberOf(value);
  const num = (i: number) => Number(args[i]);
  const day = dayOf(value);
  const argDay = (i: number) => dayOf(args[i]) ?? Number.NaN;
  const text = textOf(value).toLowerCase();
  switch (spec.criteria) {
    case "VALUE_IN_LIST":
      return (args[0] as unknown[]).some((item) => sameValue(value, item));
    case "VALUE_IN_RANGE":
      return (args[0] as ValuesRange)
        .getValues()
        .some((row) => row.some((item) => !isBlank(item) && sameValue(value, item)));
    case "CHECKBOX":
      if (args.length === 0) return typeof value === "boolean";
      return args.some((arg) => sameValue(value, arg));
    case "NUMBER_BETWEEN":
      return n !== null && n >= Math.min(num(0), num(1)) && n <= Math.max(num(0), num(1));
    case "NUMBER_NOT_BETWEEN":
      return n !== null && (n < Math.min(num(0), num(1)) || n > Math.max(num(0), num(1)));
    case "NUMBER_EQUAL_TO":
      return n === num(0);
    case "NUMBER_NOT_EQUAL_TO":
      return n !== null && n !== num(0);
    case "NUMBER_GREATER_THAN":
      return n !== null && n > num(0);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n !== null && n >= num(0);
    case "NUMBER_LESS_THAN":
      return n !== null && n < num(0);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n !== null && n <= num(0);
    case "DATE_IS_VALID_DATE":
      return day !== null;
    case "DATE_AFTER":
      return day !== null && day > argDay(0);
    case "DATE_BEFORE":
      return day !== null && day < argDay(0);
    case "DATE_EQUAL_TO":
      return day !== null && day === argDay(0);
    case "DATE_ON_OR_AFTER":
      return day !== null && day >= argDay(0);
    case "DATE_ON_OR_BEFORE":
      return day !== null && day <= argDay(0);
    case "DATE_BETWEEN":
      return day !== null && day >= argDay(0) && day <= argDay(1);
    case "DATE_NOT_BETWEEN":
      return day !== null && (day < argDay(0) || day > argDay(1));
    case "TEXT_CONTAINS":
      return text.includes(String(args[0]).toLowerCase());
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(String(args[0]).toLowerCase());
    case "TEXT_EQUAL_TO":
      return text === String(args[0]).toLowerCase();
    case "TEXT_IS_VALID_EMAIL":
      return EMAIL.test(textOf(value));
    case "TEXT_IS_VALID_URL":
      return URL.test(textOf(value));
    default:
      throw new Error(`Data validation criteria ${String(spec.criteria)} is not supported by the emulator`);
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation
export class DataValidationImpl
  implements GoogleAppsScript.Spreadsheet.DataValidation, HasRaw<DataValidationImpl>
{
  constructor(
    private readonly spec: DataValidationSpec,
    private readonly wrap: Wrap = noWrap,
  ) {}

  get [RAW](): DataValidationImpl {
    return this;
  }

  /** Uncounted copy of the rule's contents. */
  data(): DataValidationSpec {
    return { ...this.spec, values: [...this.spec.values] };
  }

  /** Sheets' check of a typed value; see acceptsValue. */
  accepts(value: unknown, evaluateFormula?: (formula: string) => unknown): boolean {
    return acceptsValue(this.spec, value, evaluateFormula);
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#copy()
  copy(): BuilderApi {
    return this.wrap(new DataValidationBuilderImpl(this.data(), this.wrap), "DataValidationBuilder");
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this.spec.criteria as unknown as Criteria;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getCriteriaValues()
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getHelpText()
  // Google returns null when no help text is set (the type definitions say string).
  getHelpText(): string {
    return this.spec.helpText as string;
  }
}

function checkDate(date: unknown, method: string): Date {
  if (!isDate(date))
    throw new Error(`The parameters don't match the method signature for DataValidationBuilder.${method}.`);
  return date;
}

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
export class DataValidationBuilderImpl implements BuilderApi, HasRaw<DataValidationBuilderImpl> {
  private spec: DataValidationSpec;

  constructor(
    spec?: DataValidationSpec,
    private readonly wrap: Wrap = noWrap,
  ) {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
    // "The default for a new data validation rule is true."
    this.spec = spec ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  get [RAW](): DataValidationBuilderImpl {
    return this;
  }

  private set(criteria: string, values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values };
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#build()
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (this.spec.criteria === null) throw new Error("DataValidationBuilder.build(): no criteria set");
    return this.wrap(
      new DataValidationImpl({ ...this.spec, values: [...this.spec.values] }, this.wrap),
      "DataValidation",
    );
  }
  copy(): BuilderApi {
    return this.wrap(
      new DataValidationBuilderImpl({ ...this.spec, values: [...this.spec.values] }, this.wrap),
      "DataValidationBuilder",
    );
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this.spec.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox(Object,Object)
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.set("CHECKBOX", values);
  }
  requireDate(): this {
    return this.set("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date): this {
    return this.set("DATE_AFTER", [checkDate(date, "requireDateAfter")]);
  }
  requireDateBefore(date: Date): this {
    return this.set("DATE_BEFORE", [checkDate(date, "requireDateBefore")]);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireDateBetween(Date,Date)
  requireDateBetween(start: Date, end: Date): this {
    return this.set("DATE_BETWEEN", [
      checkDate(start, "requireDateBetween"),
      checkDate(end, "requireDateBetween"),
    ]);
  }
  requireDateEqualTo(date: Date): this {
    return this.set("DATE_EQUAL_TO", [checkDate(date, "requireDateEqualTo")]);
  }
  requireDateNotBetween(start: Date, end: Date): this {
    return this.set("DATE_NOT_BETWEEN", [
      checkDate(start, "requireDateNotBetween"),
      checkDate(end, "requireDateNotBetween"),
    ]);
  }
  requireDateOnOrAfter(date: Date): this {
    return this.set("DATE_ON_OR_AFTER", [checkDate(date, "requireDateOnOrAfter")]);
  }
  requireDateOnOrBefore(date: Date): this {
    return this.set("DATE_ON_OR_BEFORE", [checkDate(date, "requireDateOnOrBefore")]);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireFormulaSatisfied(String)
  requireFormulaSatisfied(formula: string): this {
    return this.set("CUSTOM_FORMULA", [formula]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.set("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberEqualTo(number: number): this {
    return this.set("NUMBER_EQUAL_TO", [number]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.set("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.set("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.set("NUMBER_LESS_THAN", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.set("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this.set("NUMBER_NOT_BETWEEN", [start, end]);
  }
  requireNumberNotEqualTo(number: number): this {
    return this.set("NUMBER_NOT_EQUAL_TO", [number]);
  }
  requireTextContains(text: string): this {
    return this.set("TEXT_CONTAINS", [text]);
  }
  requireTextDoesNotContain(text: string): this {
    return this.set("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  requireTextEqualTo(text: string): this {
    return this.set("TEXT_EQUAL_TO", [text]);
  }
  requireTextIsEmail(): this {
    return this.set("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this.set("TEXT_IS_VALID_URL", []);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean)
  // Criteria values are [values, showDropdown]; showDropdown defaults to true.
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values)) throw new Error("requireValueInList needs an array of values");
    return this.set("VALUE_IN_LIST", [[...values], showDropdown]);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)
  requireValueInRange(range: ValuesRange, showDropdown = true): this {
    return this.set("VALUE_IN_RANGE", [range, showDropdown]);
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec = { ...this.spec, helpText };
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#withCriteria(DataValidationCriteria,Object)
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.set(String(criteria), [...args]);
  }
}

/** SpreadsheetApp.newDataValidation(): counted as "DataValidationBuilder" (and what it builds) when `log` is given. */
export function newDataValidation(log?: CallLog): DataValidationBuilderImpl {
  const wrap: Wrap = log ? (obj, className) => counted(obj, className, log) : noWrap;
  return wrap(new DataValidationBuilderImpl(undefined, wrap), "DataValidationBuilder");
}
