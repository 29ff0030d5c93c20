// Data validations and conditional-format rules between Sheets and Excel (exceljs), both ways.
import type ExcelJS from "exceljs";
import { dateToSerial, quoteSheetName } from "../../test/emulator/index";

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
type ValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type BooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' number comparisons and Excel's operators, in both directions. */
const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  NUMBER_BETWEEN: "between",
  NUMBER_NOT_BETWEEN: "notBetween",
  NUMBER_EQUAL_TO: "equal",
  NUMBER_NOT_EQUAL_TO: "notEqual",
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
};
/** Date comparisons (on serial numbers) read back as number comparisons: the same cells match. */
const DATE_OPERATORS: Record<string, string> = {
  DATE_BEFORE: "lessThan",
  DATE_AFTER: "greaterThan",
  DATE_EQUAL_TO: "equal",
};
const CRITERIA_OF = Object.fromEntries(Object.entries(OPERATORS).map(([k, v]) => [v, k]));

/** The day before Sheets' and Excel's first date: "is a valid date" is "after 1899-12-31". */
const DAY_ZERO = "1899-12-31";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
const hexOf = (color: Partial<ExcelJS.Color> | undefined): string | null =>
  color?.argb && /^[0-9A-F]{8}$/i.test(color.argb) ? `#${color.argb.slice(2).toLowerCase()}` : null;
const quoted = (items: readonly unknown[]): string =>
  `"${items.map((v) => String(v).replace(/"/g, '""')).join(",")}"`;
const formulaText = (formula: unknown): string => String(formula).replace(/^=/, "");

/** "'Sheet'!$A$1:$B$2": an absolute reference Excel lists and names accept. */
export function absoluteA1(range: Range): string {
  const a1 = range.getA1Notation().replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `${quoteSheetName(range.getSheet().getName())}!${a1}`;
}

/**
 * Excel's form of a validation for one cell; `formula` is the rule's custom formula already moved to that cell.
 * A checkbox is a TRUE/FALSE list (Excel has no checkbox rule). Null: Excel cannot say it.
 */
export function excelValidation(rule: Validation, formula: string | null): ExcelJS.DataValidation | null {
  const type = String(rule.getCriteriaType());
  const values = rule.getCriteriaValues();
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.getAllowInvalid(),
    errorStyle: "stop" as const,
    ...(rule.getHelpText() ? { error: rule.getHelpText(), prompt: rule.getHelpText() } : {}),
  };
  if (type === "VALUE_IN_LIST") {
    // Excel separates items with commas (and its own app caps the list at 255 characters; Sheets reads longer).
    const items = values[0] as unknown[];
    return items.some((v) => String(v).includes(","))
      ? null
      : { type: "list", formulae: [quoted(items)], ...common };
  }
  if (type === "VALUE_IN_RANGE")
    return { type: "list", formulae: [absoluteA1(values[0] as Range)], ...common };
  if (type === "CHECKBOX")
    return values.length === 0 ? { type: "list", formulae: ['"TRUE,FALSE"'], ...common } : null;
  if (type === "DATE_IS_VALID_DATE") {
    return {
      type: "date",
      operator: "greaterThan",
      formulae: [new Date(`${DAY_ZERO}T00:00:00Z`)],
      ...common,
    };
  }
  if (type === "CUSTOM_FORMULA" && formula)
    return { type: "custom", formulae: [formulaText(formula)], ...common };
  const operator = OPERATORS[type];
  if (operator) return { type: "decimal", operator, formulae: values.map(Number), ...common };
  return null;
}

/** The Sheets rule for an Excel validation, built with `builder`; null when Sheets has none like it. */
export function sheetsValidation(
  v: ExcelJS.DataValidation,
  builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  rangeOf: (a1: string) => Range,
): Validation | null {
  const first = v.formulae?.[0] as unknown;
  const formula = first instanceof Date ? first.toISOString() : String(first ?? "");
  let made: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;
  if (v.type === "list" && formula.startsWith('"')) {
    const items = formula
      .slice(1, -1)
      .split(",")
      .map((s) => s.replace(/""/g, '"'));
    made =
      items.join(",") === "TRUE,FALSE" ? builder.requireCheckbox() : builder.requireValueInList(items, true);
  } else if (v.type === "list" && formula) {
    made = builder.requireValueInRange(rangeOf(formula.replace(/\$/g, "")), true);
  } else if (v.type === "date" && v.operator === "greaterThan" && formula.startsWith(DAY_ZERO)) {
    made = builder.requireDate();
  } else if (v.type === "custom" && formula) {
    made = builder.requireFormulaSatisfied(`=${formula}`);
  } else if ((v.type === "decimal" || v.type === "whole") && CRITERIA_OF[v.operator ?? "between"]) {
    const criteria = CRITERIA_OF[v.operator ?? "between"] as unknown as ValidationCriteria;
    made = builder.withCriteria(criteria, (v.formulae ?? []).map(Number));
  }
  if (!made) return null;
  made = made.setAllowInvalid(!v.showErrorMessage);
  if (v.error || v.prompt) made = made.setHelpText(String(v.error ?? v.prompt));
  return made.build();
}

/** Excel's form of a conditional-format rule (priority 1 first), or null when Excel cannot say it. */
export function excelRule(
  rule: Rule,
  priority: number,
  timeZone: string,
): ExcelJS.ConditionalFormattingRule | null {
  const condition = rule.getBooleanCondition();
  if (!condition) return null;
  const type = String(condition.getCriteriaType());
  const values = condition
    .getCriteriaValues()
    .map((v) => (v instanceof Date ? dateToSerial(v, timeZone) : v));
  const background = condition.getBackground();
  const color = condition.getFontColor();
  const style: Partial<ExcelJS.Style> = {
    ...(background
      ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(background) } } }
      : {}),
    font: {
      ...(condition.getBold() !== null ? { bold: condition.getBold() ?? false } : {}),
      ...(condition.getItalic() !== null ? { italic: condition.getItalic() ?? false } : {}),
      ...(condition.getStrikethrough() !== null ? { strike: condition.getStrikethrough() ?? false } : {}),
      ...(condition.getUnderline() !== null ? { underline: condition.getUnderline() ?? false } : {}),
      ...(color ? { color: { argb: argb(color) } } : {}),
    },
  };
  const base = { priority, stopIfTrue: true, style };
  const formula = (f: string): ExcelJS.ConditionalFormattingRule => ({
    type: "expression",
    formulae: [f],
    ...base,
  });
  // Text and emptiness tests become formulas on the rule's first cell (Excel's own text rules do not round-trip).
  const cell = rule.getRanges()[0]?.getCell(1, 1).getA1Notation() ?? "A1";
  const text = `"${String(values[0] ?? "").replace(/"/g, '""')}"`;
  switch (type) {
    case "CUSTOM_FORMULA":
      return formula(formulaText(values[0]));
    case "CELL_EMPTY":
      return formula(`LEN(${cell})=0`);
    case "CELL_NOT_EMPTY":
      return formula(`LEN(${cell})>0`);
    case "TEXT_CONTAINS":
      return formula(`NOT(ISERROR(SEARCH(${text},${cell})))`);
    case "TEXT_DOES_NOT_CONTAIN":
      return formula(`ISERROR(SEARCH(${text},${cell}))`);
    case "TEXT_STARTS_WITH":
      return formula(`LEFT(${cell},LEN(${text}))=${text}`);
    case "TEXT_ENDS_WITH":
      return formula(`RIGHT(${cell},LEN(${text}))=${text}`);
    case "TEXT_EQUAL_TO":
      return formula(`${cell}=${text}`);
  }
  const operator = OPERATORS[type] ?? DATE_OPERATORS[type];
  // exceljs types only four cellIs operators but writes any of Excel's.
  return operator
    ? { type: "cellIs", operator: operator as ExcelJS.CellIsOperators, formulae: values, ...base }
    : null;
}

/** The Sheets rule for an Excel rule over `ranges`, built with `builder`; null when Sheets has none like it. */
export function sheetsRule(
  r: ExcelJS.ConditionalFormattingRule,
  ranges: Range[],
  builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
): Rule | null {
  const formulae = "formulae" in r && Array.isArray(r.formulae) ? r.formulae.map(String) : [];
  let made: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder | null = null;
  if (r.type === "expression" && formulae[0]) made = builder.whenFormulaSatisfied(`=${formulae[0]}`);
  const criteria = r.type === "cellIs" ? CRITERIA_OF[String(r.operator)] : undefined;
  if (criteria) made = builder.withCriteria(criteria as unknown as BooleanCriteria, formulae.map(Number));
  if (!made) return null;
  const style = r.style ?? {};
  const fill = style.fill && style.fill.type === "pattern" ? hexOf(style.fill.bgColor) : null;
  if (fill) made = made.setBackground(fill);
  const font = style.font ?? {};
  if (font.bold !== undefined) made = made.setBold(Boolean(font.bold));
  if (font.italic !== undefined) made = made.setItalic(Boolean(font.italic));
  if (font.strike !== undefined) made = made.setStrikethrough(Boolean(font.strike));
  if (font.underline !== undefined) made = made.setUnderline(Boolean(font.underline));
  const color = hexOf(font.color);
  if (color) made = made.setFontColor(color);
  return made.setRanges(ranges).build();
}
