// Tests of the conditional format rule builder and of which format a cell gets.
import { describe, expect, expectTypeOf, it } from "vitest";
import { CallLog } from "./call-log";
import {
  BooleanCriteria,
  type ConditionalFormatRuleBuilderImpl,
  type ConditionalFormatRuleImpl,
  conditionalBackground,
  conditionalFormat,
  newConditionalFormatRule,
} from "./rules/conditional-format";
import { fakeRange } from "./rules/fake-range";
import type { InventedMethods } from "./services/raw";

const never = () => false;

describe("ConditionalFormatRuleBuilder", () => {
  it("implements only Google's methods", () => {
    expectTypeOf<
      InventedMethods<
        ConditionalFormatRuleBuilderImpl,
        GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
      >
    >().toEqualTypeOf<never>();
    expectTypeOf<
      InventedMethods<ConditionalFormatRuleImpl, GoogleAppsScript.Spreadsheet.ConditionalFormatRule, "data">
    >().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)
  // https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
  it("builds a rule whose boolean condition reports criteria and format, counted", () => {
    const log = new CallLog();
    const range = fakeRange("Aktiviteter", "A2:E50");
    const rule = newConditionalFormatRule(log)
      .whenFormulaSatisfied('=$E2="Klar"')
      .setBackground("#d9ead3")
      .setFontColor("#274e13")
      .setBold(true)
      .setRanges([range])
      .build();
    const condition = rule.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(BooleanCriteria.CUSTOM_FORMULA);
    expect(condition?.getCriteriaValues()).toEqual(['=$E2="Klar"']);
    expect(condition?.getBackground()).toBe("#d9ead3");
    expect(condition?.getFontColor()).toBe("#274e13");
    expect(condition?.getBold()).toBe(true);
    expect(condition?.getItalic()).toBeNull();
    expect(rule.getRanges()).toEqual([range]);
    expect(rule.getGradientCondition()).toBeNull();
    expect(log.count("ConditionalFormatRuleBuilder.setBackground")).toBe(1);
    expect(log.count("ConditionalFormatRule.getBooleanCondition")).toBe(1);
    expect(log.count("BooleanCondition.getBackground")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule#copy()
  it("copy() gives an independent builder", () => {
    const rule = newConditionalFormatRule().whenCellEmpty().setBackground("#fff").build();
    const changed = rule.copy().setBackground("#000").build();
    expect(rule.getBooleanCondition()?.getBackground()).toBe("#fff");
    expect(changed.getBooleanCondition()?.getBackground()).toBe("#000");
    expect(changed.getBooleanCondition()?.getCriteriaType()).toBe("CELL_EMPTY");
  });

  it("refuses to build without a condition", () => {
    expect(() => newConditionalFormatRule().setBackground("#fff").build()).toThrow(/no condition/);
  });
});

describe("conditionalBackground", () => {
  const sheet = "Aktiviteter";

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenFormulaSatisfied(String)
  it("shifts the custom formula from the range's top-left cell to the cell", () => {
    const rule = newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2="Klar"')
      .setBackground("#d9ead3")
      .setRanges([fakeRange(sheet, "A2:E50")])
      .build();
    const seen: string[] = [];
    const evaluate = (formula: string) => {
      seen.push(formula);
      return formula === '=$E5="Klar"';
    };
    expect(conditionalBackground([rule], sheet, 5, 3, evaluate, "x")).toBe("#d9ead3");
    expect(conditionalBackground([rule], sheet, 6, 3, evaluate, "x")).toBeNull();
    expect(seen).toEqual(['=$E5="Klar"', '=$E6="Klar"']);
  });

  it("ignores cells outside the rule's ranges or on another sheet", () => {
    const rule = newConditionalFormatRule()
      .whenCellNotEmpty()
      .setBackground("#f00")
      .setRanges([fakeRange(sheet, "B2:B5")])
      .build();
    expect(conditionalBackground([rule], sheet, 3, 2, never, "x")).toBe("#f00");
    expect(conditionalBackground([rule], sheet, 6, 2, never, "x")).toBeNull();
    expect(conditionalBackground([rule], sheet, 3, 3, never, "x")).toBeNull();
    expect(conditionalBackground([rule], "Mål", 3, 2, never, "x")).toBeNull();
  });

  // https://support.google.com/docs/answer/78413 — rules earlier in the list take precedence.
  it("takes the first rule, in order, whose condition holds", () => {
    const range = fakeRange(sheet, "A1:A10");
    const high = newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setBackground("#0f0")
      .setRanges([range])
      .build();
    const any = newConditionalFormatRule()
      .whenNumberGreaterThan(0)
      .setBackground("#ff0")
      .setRanges([range])
      .build();
    expect(conditionalBackground([high, any], sheet, 1, 1, never, 150)).toBe("#0f0");
    expect(conditionalBackground([any, high], sheet, 1, 1, never, 150)).toBe("#ff0");
    expect(conditionalBackground([high, any], sheet, 1, 1, never, 50)).toBe("#ff0");
    expect(conditionalBackground([high, any], sheet, 1, 1, never, -1)).toBeNull();
  });

  it("returns the whole format of the winning rule", () => {
    const rule = newConditionalFormatRule()
      .whenTextContains("klar")
      .setStrikethrough(true)
      .setRanges([fakeRange(sheet, "A1")])
      .build();
    expect(conditionalFormat([rule], sheet, 1, 1, never, "Klar!")).toMatchObject({
      strikethrough: true,
      background: null,
    });
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenNumberBetween(Number,Number)
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenTextEqualTo(String)
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenDateBefore(Date)
  it("evaluates number, text, emptiness and date conditions", () => {
    const range = fakeRange(sheet, "A1");
    const bg = (builder: ConditionalFormatRuleBuilderImpl, value: unknown) =>
      conditionalBackground(
        [builder.setBackground("#abc").setRanges([range]).build()],
        sheet,
        1,
        1,
        never,
        value,
      );
    expect(bg(newConditionalFormatRule().whenNumberBetween(1, 5), 5)).toBe("#abc");
    expect(bg(newConditionalFormatRule().whenNumberBetween(1, 5), 6)).toBeNull();
    expect(bg(newConditionalFormatRule().whenNumberLessThan(5), "text")).toBeNull();
    expect(bg(newConditionalFormatRule().whenNumberEqualTo(0), "")).toBe("#abc");
    expect(bg(newConditionalFormatRule().whenTextEqualTo("klar"), "Klar")).toBe("#abc");
    expect(bg(newConditionalFormatRule().whenTextContains("VT"), "vt 2025")).toBe("#abc");
    expect(bg(newConditionalFormatRule().whenCellEmpty(), "")).toBe("#abc");
    expect(bg(newConditionalFormatRule().whenCellEmpty(), 0)).toBeNull();
    expect(
      bg(newConditionalFormatRule().whenDateBefore(new Date(2025, 0, 1)), new Date(2024, 11, 31, 23)),
    ).toBe("#abc");
    expect(
      bg(newConditionalFormatRule().whenDateAfter(new Date(2025, 0, 1)), new Date(2025, 0, 1, 23)),
    ).toBeNull();
  });
});
