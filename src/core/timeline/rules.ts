// The timeline's conditional-format rules: bars coloured by status from live Klar/Start/End, today's column, bold rows.
import { columnLetter } from "../cells/a1";
import { STATUS_COLORS, STATUS_ORDER, type Status, TODAY } from "./colors";
import { COL, helperColumn, ROW, SHAPE_CODE } from "./layout";

/**
 * Where a rule applies: "months" is the month columns from the header row down; "grid" is everything written.
 * Two areas only, so the adapter needs one extra Range for all the rules (each Range is a service call).
 */
export type RuleArea = "months" | "grid";

/** A custom-formula rule, its formula relative to the top-left cell of its area (D7 for months, A1 for grid). */
export interface ConditionalRuleSpec {
  readonly area: RuleArea;
  readonly formula: string;
  readonly background?: string;
  readonly bold?: boolean;
}

/**
 * Why conditional formatting and not onEdit: the colours must follow Klar, Start and End however they change
 * (typed, pasted, set by our own onEdit — script edits fire no onEdit — or by another volunteer), and must keep
 * working in AuthMode.NONE with no trigger quota. Sheets evaluates the rules itself, so nothing goes stale.
 */
export function timelineRules(monthCount: number): ConditionalRuleSpec[] {
  const top = ROW.header;
  const first = `${columnLetter(COL.firstMonth)}${top}`;
  const helper = (name: Parameters<typeof helperColumn>[0]) =>
    `$${columnLetter(helperColumn(name, monthCount))}`;
  const S = `${helper("start")}${top}`;
  const E = `${helper("end")}${top}`;
  const A = `${helper("approximate")}${top}`;
  const V = `${helper("shape")}${top}`;
  const K = `$${columnLetter(COL.done)}${top}`;
  const T = `${helper("today")}$${ROW.generated}`;
  const M = `${columnLetter(COL.firstMonth)}$${ROW.monthDates}`;
  // The header row has text in its helper cells, so no bar condition holds there.
  const inBar = `IF(${V}=${SHAPE_CODE.points},${first}<>"",AND(ISNUMBER(${S}),ISNUMBER(${E}),${S}<=EOMONTH(${M},0),${E}>=${M}))`;
  const condition: Record<Status, string> = {
    done: `${K}="✓"`,
    late: `${E}<${T}`,
    underway: `${S}<=${T}`,
    coming: "TRUE",
  };
  const rules: ConditionalRuleSpec[] = [];
  for (const status of STATUS_ORDER) {
    const colors = STATUS_COLORS[status];
    rules.push({
      area: "months",
      formula: `=AND(${inBar},${condition[status]},${A}=1)`,
      background: colors.approximate,
    });
    rules.push({ area: "months", formula: `=AND(${inBar},${condition[status]})`, background: colors.exact });
  }
  rules.push({ area: "months", formula: `=AND(${M}<=${T},EOMONTH(${M},0)>=${T})`, background: TODAY });
  const shape = `${helper("shape")}1`;
  rules.push({
    area: "grid",
    formula: `=OR(${shape}=${SHAPE_CODE.term},ROW(A1)=${ROW.title},AND(ROW(A1)>=${ROW.years},ROW(A1)<=${ROW.header}))`,
    bold: true,
  });
  return rules;
}
