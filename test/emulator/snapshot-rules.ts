// Snapshot parts for a sheet's conditional-format rules, protections and charts: to plain JSON and back.
import { isDate } from "./cell-input";
import { type ChartSpec, chartSpec, EmbeddedChartBuilderImpl, type EmbeddedChartImpl } from "./rules/chart";
import { BooleanCriteria, type CellFormat, ConditionalFormatRuleImpl } from "./rules/conditional-format";
import type { ProtectionImpl } from "./rules/protection";
import { qualifiedA1, type RuleRange } from "./rules/rule-range";
import { unwrap } from "./services/raw";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";

/** A rule argument: plain values, or a date as ISO text. */
export type RuleValue = string | number | boolean | null | { date: string };

export interface ConditionalFormatSnapshot {
  /** "'Sheet'!A1:B2" */
  ranges: string[];
  criteria: string | null;
  values: RuleValue[];
  format: CellFormat;
}

export interface ProtectionSnapshot {
  type: "RANGE" | "SHEET";
  range: string;
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  rangeName: string | null;
  unprotected: string[];
  editors: string[];
}

/** A chart's spec (its options are plain JSON: titles, colours, flags) and its id. */
export interface ChartSnapshot extends ChartSpec {
  id: number | null;
}

export interface SheetRulesSnapshot {
  conditionalFormats: ConditionalFormatSnapshot[];
  protections: ProtectionSnapshot[];
  charts: ChartSnapshot[];
}

function toRuleValue(v: unknown): RuleValue {
  if (isDate(v)) return { date: v.toISOString() };
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function fromRuleValue(v: RuleValue): unknown {
  return v !== null && typeof v === "object" ? new Date(v.date) : v;
}

export function sheetRulesOf(sheet: SheetImpl): SheetRulesSnapshot {
  return {
    conditionalFormats: sheet.cfRules.map((rule) => {
      const raw = unwrap(rule) as unknown;
      if (!(raw instanceof ConditionalFormatRuleImpl)) throw new Error("Not a rule built by the emulator");
      const spec = raw.data();
      return {
        ranges: spec.ranges.map(qualifiedA1),
        criteria: spec.criteria,
        values: spec.values.map(toRuleValue),
        format: { ...spec.format },
      };
    }),
    protections: sheet.protections.map((p) => {
      const raw = unwrap(p) as unknown as ProtectionImpl;
      return {
        type: String(raw.getProtectionType()) === "SHEET" ? "SHEET" : "RANGE",
        range: qualifiedA1(raw.getRange()),
        description: raw.getDescription(),
        warningOnly: raw.isWarningOnly(),
        domainEdit: raw.canDomainEdit(),
        rangeName: raw.getRangeName(),
        unprotected: raw.getUnprotectedRanges().map(qualifiedA1),
        editors: [...raw.editors],
      };
    }),
    charts: sheet.charts.map((chart) => ({ id: chart.getChartId(), ...chartSpec(chart) })),
  };
}

/** Each of `items` made by `make`; those it cannot make are counted into `problems` as `what`. */
function each<S, T>(
  items: readonly S[] | undefined,
  what: string,
  problems: string[],
  make: (item: S) => T,
): T[] {
  let lost = 0;
  const made = (items ?? []).flatMap((item) => {
    try {
      return [make(item)];
    } catch {
      lost++;
      return [];
    }
  });
  if (lost > 0) problems.push(`${lost} ${what}${lost === 1 ? "" : "s"}`);
  return made;
}

/** Restores a sheet's rules; returns one line per kind of rule that could not all be restored. */
export function restoreSheetRules(ss: SpreadsheetImpl, sheet: SheetImpl, snap: SheetRulesSnapshot): string[] {
  const problems: string[] = [];
  const range = (a1: string): RuleRange => ss.getRange(a1);
  const criteria = new Set(Object.keys(BooleanCriteria));
  sheet.cfRules = each(snap.conditionalFormats, `conditional format of ${sheet.name}`, problems, (rule) => {
    if (rule.criteria !== null && !criteria.has(rule.criteria)) throw new Error("unknown condition");
    return new ConditionalFormatRuleImpl({
      ranges: rule.ranges.map(range),
      criteria: rule.criteria,
      values: rule.values.map(fromRuleValue),
      format: { ...rule.format },
    }) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  });
  sheet.protections = each(snap.protections, `protection of ${sheet.name}`, problems, (p) => {
    const made = ss.factories.protection(sheet, p.type === "SHEET" ? null : ss.getRange(p.range));
    const raw = unwrap(made) as unknown as ProtectionImpl;
    raw.setDescription(p.description).setWarningOnly(p.warningOnly).setDomainEdit(p.domainEdit);
    if (p.rangeName !== null) raw.setRangeName(p.rangeName);
    if (p.type === "SHEET") raw.setUnprotectedRanges(p.unprotected.map(range));
    raw.addEditors(p.editors);
    return made;
  });
  sheet.charts = each(snap.charts, `chart on ${sheet.name}`, problems, (c) => {
    const builder = new EmbeddedChartBuilderImpl()
      .setChartType(String(c.type) as unknown as GoogleAppsScript.Charts.ChartType)
      .setPosition(c.position.row, c.position.column, c.position.offsetX, c.position.offsetY)
      .setNumHeaders(c.numHeaders)
      .setTransposeRowsAndColumns(c.transpose);
    for (const r of c.ranges) builder.addRange(range(r));
    for (const [key, value] of Object.entries(c.options)) builder.setOption(key, value);
    const chart: EmbeddedChartImpl = builder.build();
    if (c.id !== null) chart.attach(c.id);
    return chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  });
  return problems;
}
