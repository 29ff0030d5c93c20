// SpreadsheetApp.newConditionalFormatRule(): builder, built rule, and which format a cell gets from a list of rules.
import { type CallLog, counted } from "../call-log";
import { enumOf } from "../services/enum-of";
import { type HasRaw, noWrap, RAW, unwrap, type Wrap } from "../services/raw";
import { dayOf, isBlank, isDate, isTruthy, numberOf, textOf } from "./cell-values";
import { containsCell, type RuleRange } from "./rule-range";
import { shiftFormula } from "./shift-formula";

type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

// https://developers.google.com/apps-script/reference/spreadsheet/boolean-criteria
export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_EQUAL_TO",
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
  "TEXT_STARTS_WITH",
  "TEXT_ENDS_WITH",
  "CUSTOM_FORMULA",
]);

/** The format a rule applies; null leaves the cell's own formatting. */
export interface CellFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface ConditionalFormatSpec {
  ranges: RuleRange[];
  criteria: string | null;
  values: unknown[];
  format: CellFormat;
}

const NO_FORMAT: CellFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

function cloneSpec(spec: ConditionalFormatSpec): ConditionalFormatSpec {
  return {
    ranges: [...spec.ranges],
    criteria: spec.criteria,
    values: [...spec.values],
    format: { ...spec.format },
  };
}

// https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
export class BooleanConditionImpl implements GoogleAppsScript.Spreadsheet.BooleanCondition {
  constructor(
    private readonly criteria: string,
    private readonly values: readonly unknown[],
    private readonly format: CellFormat,
  ) {}
  getBackground(): string | null {
    return this.format.background;
  }
  getBold(): boolean | null {
    return this.format.bold;
  }
  getCriteriaType(): Criteria {
    return this.criteria as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getFontColor(): string | null {
    return this.format.fontColor;
  }
  getItalic(): boolean | null {
    return this.format.italic;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough;
  }
  getUnderline(): boolean | null {
    return this.format.underline;
  }
}

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
export class ConditionalFormatRuleImpl implements HasRaw<ConditionalFormatRuleImpl> {
  constructor(
    private readonly spec: ConditionalFormatSpec,
    private readonly wrap: Wrap = noWrap,
  ) {}

  get [RAW](): ConditionalFormatRuleImpl {
    return this;
  }

  /** Uncounted copy of the rule's contents. */
  data(): ConditionalFormatSpec {
    return cloneSpec(this.spec);
  }

  copy(): ConditionalFormatRuleBuilderImpl {
    return this.wrap(
      new ConditionalFormatRuleBuilderImpl(this.data(), this.wrap),
      "ConditionalFormatRuleBuilder",
    );
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (this.spec.criteria === null) return null;
    const condition = new BooleanConditionImpl(this.spec.criteria, this.spec.values, this.spec.format);
    return this.wrap(condition, "BooleanCondition");
  }
  /** Gradient rules are not emulated: always null. */
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): RuleRange[] {
    return [...this.spec.ranges];
  }
}

function checkDate(date: unknown, method: string): Date {
  if (!isDate(date)) {
    throw new Error(
      `ConditionalFormatRuleBuilder.${method}: only Date arguments are emulated (no RelativeDate)`,
    );
  }
  return date;
}

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
// Gradient rules (setGradient*) are not emulated.
export class ConditionalFormatRuleBuilderImpl implements HasRaw<ConditionalFormatRuleBuilderImpl> {
  private spec: ConditionalFormatSpec;

  constructor(
    spec?: ConditionalFormatSpec,
    private readonly wrap: Wrap = noWrap,
  ) {
    this.spec = spec ?? { ranges: [], criteria: null, values: [], format: { ...NO_FORMAT } };
  }

  get [RAW](): ConditionalFormatRuleBuilderImpl {
    return this;
  }

  private when(criteria: string, values: unknown[]): this {
    this.spec = { ...this.spec, criteria, values };
    return this;
  }

  private style(change: Partial<CellFormat>): this {
    this.spec = { ...this.spec, format: { ...this.spec.format, ...change } };
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#build()
  build(): ConditionalFormatRuleImpl {
    if (this.spec.criteria === null)
      throw new Error("ConditionalFormatRuleBuilder.build(): no condition set");
    return this.wrap(new ConditionalFormatRuleImpl(cloneSpec(this.spec), this.wrap), "ConditionalFormatRule");
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return this.wrap(
      new ConditionalFormatRuleBuilderImpl(cloneSpec(this.spec), this.wrap),
      "ConditionalFormatRuleBuilder",
    );
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (this.spec.criteria === null) return null;
    return this.wrap(
      new BooleanConditionImpl(this.spec.criteria, this.spec.values, this.spec.format),
      "BooleanCondition",
    );
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): RuleRange[] {
    return [...this.spec.ranges];
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#setBackground(String)
  setBackground(color: string | null): this {
    return this.style({ background: color });
  }
  setBold(bold: boolean | null): this {
    return this.style({ bold });
  }
  setFontColor(color: string | null): this {
    return this.style({ fontColor: color });
  }
  setItalic(italic: boolean | null): this {
    return this.style({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): this {
    return this.style({ strikethrough });
  }
  setUnderline(underline: boolean | null): this {
    return this.style({ underline });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#setRanges(Range)
  setRanges(ranges: RuleRange[]): this {
    this.spec = { ...this.spec, ranges: ranges.map((range) => unwrap(range)) };
    return this;
  }

  whenCellEmpty(): this {
    return this.when("CELL_EMPTY", []);
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY", []);
  }
  whenDateAfter(date: Date): this {
    return this.when("DATE_AFTER", [checkDate(date, "whenDateAfter")]);
  }
  whenDateBefore(date: Date): this {
    return this.when("DATE_BEFORE", [checkDate(date, "whenDateBefore")]);
  }
  whenDateEqualTo(date: Date): this {
    return this.when("DATE_EQUAL_TO", [checkDate(date, "whenDateEqualTo")]);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)
  whenFormulaSatisfied(formula: string): this {
    return this.when("CUSTOM_FORMULA", [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when("NUMBER_BETWEEN", [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when("NUMBER_EQUAL_TO", [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when("NUMBER_GREATER_THAN", [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when("NUMBER_LESS_THAN", [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", [number]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when("NUMBER_NOT_BETWEEN", [start, end]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when("NUMBER_NOT_EQUAL_TO", [number]);
  }
  whenTextContains(text: string): this {
    return this.when("TEXT_CONTAINS", [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when("TEXT_ENDS_WITH", [text]);
  }
  whenTextEqualTo(text: string): this {
    return this.when("TEXT_EQUAL_TO", [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when("TEXT_STARTS_WITH", [text]);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#withCriteria(BooleanCriteria,Object)
  withCriteria(criteria: Criteria, args: unknown[]): this {
    return this.when(String(criteria), [...args]);
  }
}

/** SpreadsheetApp.newConditionalFormatRule(): counted as "ConditionalFormatRuleBuilder" when `log` is given. */
export function newConditionalFormatRule(log?: CallLog): ConditionalFormatRuleBuilderImpl {
  const wrap: Wrap = log ? (obj, className) => counted(obj, className, log) : noWrap;
  return wrap(new ConditionalFormatRuleBuilderImpl(undefined, wrap), "ConditionalFormatRuleBuilder");
}

/**
 * Whether a rule's condition holds for a cell. Number conditions read blanks as 0 and dates as serials (text
 * never matches); text conditions ignore case (UNVERIFIED); date conditions compare whole days.
 * `evaluate` gets the custom formula already shifted to the cell.
 */
export function conditionHolds(
  spec: ConditionalFormatSpec,
  cellValue: unknown,
  shiftedFormula: () => string,
  evaluate: (formula: string) => unknown,
): boolean {
  const args = spec.values;
  const n = isBlank(cellValue) ? 0 : numberOf(cellValue);
  const num = (i: number) => Number(args[i]);
  const text = textOf(cellValue).toLowerCase();
  const arg = (i: number) => String(args[i]).toLowerCase();
  const day = dayOf(cellValue);
  const argDay = (i: number) => dayOf(args[i]) ?? Number.NaN;
  switch (spec.criteria) {
    case "CUSTOM_FORMULA":
      return isTruthy(evaluate(shiftedFormula()));
    case "CELL_EMPTY":
      return isBlank(cellValue);
    case "CELL_NOT_EMPTY":
      return !isBlank(cellValue);
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
    case "TEXT_CONTAINS":
      return text.includes(arg(0));
    case "TEXT_DOES_NOT_CONTAIN":
      return !text.includes(arg(0));
    case "TEXT_EQUAL_TO":
      return text === arg(0);
    case "TEXT_STARTS_WITH":
      return text.startsWith(arg(0));
    case "TEXT_ENDS_WITH":
      return text.endsWith(arg(0));
    case "DATE_AFTER":
      return day !== null && day > argDay(0);
    case "DATE_BEFORE":
      return day !== null && day < argDay(0);
    case "DATE_EQUAL_TO":
      return day !== null && day === argDay(0);
    default:
      throw new Error(
        `Conditional format criteria ${String(spec.criteria)} is not supported by the emulator`,
      );
  }
}

/** A rule as the grid stores it: raw or counted. */
export type AnyConditionalFormatRule =
  | ConditionalFormatRuleImpl
  | GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/**
 * The format Sheets draws on (row, col) of `sheetName`: the first rule, in order, whose ranges hold the cell and
 * whose condition holds (earlier rules take precedence); null when none does. A custom formula is written for
 * the top-left cell of the rule's first range and is shifted to the cell before `evaluate` sees it.
 */
export function conditionalFormat(
  rules: readonly AnyConditionalFormatRule[],
  sheetName: string,
  row: number,
  col: number,
  evaluate: (formula: string) => unknown,
  cellValue: unknown,
): CellFormat | null {
  for (const rule of rules) {
    const raw = unwrap(rule);
    if (!(raw instanceof ConditionalFormatRuleImpl)) throw new Error("Not a rule built by the emulator");
    const spec = raw.data();
    if (!spec.ranges.some((range) => containsCell(range, sheetName, row, col))) continue;
    const anchor = spec.ranges[0];
    const shifted = () =>
      shiftFormula(String(spec.values[0]), row - anchor.getRow(), col - anchor.getColumn());
    if (conditionHolds(spec, cellValue, shifted, evaluate)) return spec.format;
  }
  return null;
}

/** The background conditional formatting gives (row, col), or null (no rule applies, or it sets none). */
export function conditionalBackground(
  rules: readonly AnyConditionalFormatRule[],
  sheetName: string,
  row: number,
  col: number,
  evaluate: (formula: string) => unknown,
  cellValue: unknown,
): string | null {
  return conditionalFormat(rules, sheetName, row, col, evaluate, cellValue)?.background ?? null;
}
