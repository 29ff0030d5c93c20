// The timeline's conditional-format rules: bars coloured by status from live Klar/Start/End, today's column, bold rows.
import { cellA1, columnLetter } from "../a1";
import { STATUS_COLORS, STATUS_ORDER, type Status, TODAY } from "./colors";
import { COL, helperColumn, ROW } from "./layout";

export interface GridArea {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A custom-formula rule, its formula relative to the top-left cell of its first area. */
export interface ConditionalRuleSpec {
  readonly areas: readonly GridArea[];
  readonly formula: string;
  readonly background?: string;
  readonly bold?: boolean;
}

/**
 * Why conditional formatting and not onEdit: the colours must follow Klar, Start and End however they change
 * (typed, pasted, set by our own onEdit — script edits fire no onEdit — or by another volunteer), and must keep
 * working in AuthMode.NONE with no trigger quota. Rules are evaluated by Sheets itself, so nothing can go stale.
 */
export function timelineRules(monthCount: number, bodyRows: number): ConditionalRuleSpec[] {
  const b = ROW.firstBody;
  const first = cellA1(b, COL.firstMonth);
  const abs = (helper: Parameters<typeof helperColumn>[0]) =>
    `$${columnLetter(helperColumn(helper, monthCount))}${b}`;
  const S = abs("start");
  const E = abs("end");
  const A = abs("approximate");
  const V = abs("shape");
  const K = `$${columnLetter(COL.done)}${b}`;
  const T = `$${columnLetter(helperColumn("today", monthCount))}$${ROW.generated}`;
  const M = `${columnLetter(COL.firstMonth)}$${ROW.monthDates}`;
  const inBar = `IF(${V}="points",${first}<>"",AND(ISNUMBER(${S}),ISNUMBER(${E}),${S}<=EOMONTH(${M},0),${E}>=${M}))`;
  const condition: Record<Status, string> = {
    done: `${K}="✓"`,
    late: `${E}<${T}`,
    underway: `${S}<=${T}`,
    coming: "TRUE",
  };
  const body: GridArea = {
    row: b,
    column: COL.firstMonth,
    numRows: Math.max(bodyRows, 1),
    numColumns: monthCount,
  };
  const rules: ConditionalRuleSpec[] = [];
  for (const status of STATUS_ORDER) {
    const colors = STATUS_COLORS[status];
    rules.push({
      areas: [body],
      formula: `=AND(${inBar},${condition[status]},${A}=TRUE)`,
      background: colors.approximate,
    });
    rules.push({ areas: [body], formula: `=AND(${inBar},${condition[status]})`, background: colors.exact });
  }
  const todayColumn: GridArea = { ...body, row: ROW.header, numRows: body.numRows + 1 };
  const headerM = `${columnLetter(COL.firstMonth)}$${ROW.monthDates}`;
  rules.push({
    areas: [todayColumn],
    formula: `=AND(${headerM}<=${T},EOMONTH(${headerM},0)>=${T})`,
    background: TODAY,
  });
  const width = helperColumn("today", monthCount);
  rules.push({
    areas: [{ row: b, column: 1, numRows: body.numRows, numColumns: width }],
    formula: `=${V}="term"`,
    bold: true,
  });
  rules.push({
    areas: [
      { row: ROW.title, column: 1, numRows: 1, numColumns: 1 },
      { row: ROW.years, column: 1, numRows: ROW.header - ROW.years + 1, numColumns: width },
    ],
    formula: "=TRUE",
    bold: true,
  });
  return rules;
}
