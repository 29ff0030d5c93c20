// Renders the timeline model into the Timeline tab's cells: values, formulas and static backgrounds.

import { isoWeekOf, partsOf } from "../calendar/dates";
import { describeElection, markerText } from "../calendar/election-names";
import { monthShortName } from "../calendar/months";
import { cellA1 } from "../cells/a1";
import { asCellText } from "../cells/cell-text";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { type Activity, type ActivityColumn, effectiveSpan } from "../records/activity-record";
import { describeWhenProblem } from "../when/when";
import { ELECTION, HEADER, STATUS_COLORS, TERM_BANDS, TERM_BODY, TODAY, WHITE, YEAR_BAND } from "./colors";
import {
  COL,
  HELPERS,
  helperColumn,
  LEGEND_STEP,
  ROW,
  type RowShape,
  SHAPE_CODE,
  totalColumns,
} from "./layout";
import { groupLabel, isUndatedActivity, monthOffset, type TimelineModel, type TimelineMonth } from "./model";

export type CellValue = string | number | boolean;

export interface TimelineGrid {
  readonly values: CellValue[][];
  readonly backgrounds: string[][];
  /** Cell notes, same shape as values ("" for none): each election marker's full name and date. */
  readonly notes: string[][];
  readonly monthCount: number;
  readonly bodyRows: number;
  readonly activityCount: number;
}

export interface GridOptions {
  readonly language: Language;
  readonly organisation: string;
  /** The Activities tab's name, quoted for formulas: 'Aktiviteter'. */
  readonly activitiesRef: string;
  /** The day the timeline is generated, "YYYY-MM-DD". */
  readonly generatedOn: string;
  readonly activitiesTabName: string;
  /** Name of the named range holding the plan's today. */
  readonly todayName: string;
  /** Where the Activities tab's columns are (found by header), for the live formulas. */
  readonly activityColumns: Readonly<Record<ActivityColumn, number | null>>;
}

const seasonOf = (m: TimelineMonth) => (m.month <= 6 ? "VT" : "HT");
const dateFormula = (iso: string) => {
  const { year, month, day } = partsOf(iso);
  return `DATE(${year},${month},${day})`;
};

/** Static text in the month cells: the day of a dated activity, week numbers, occurrence days, or a problem. */
function monthMarks(
  activity: Activity,
  months: readonly TimelineMonth[],
  language: Language,
): Map<number, string> {
  const marks = new Map<number, string>();
  const parsed = activity.parsed;
  // An undated activity is listed under "Utan datum" with nothing in its months: that is not a problem.
  if (isUndatedActivity(activity)) return marks;
  if (!parsed.ok) {
    const problem =
      activity.when === ""
        ? t(language, "timelineNoWhen")
        : describeWhenProblem(parsed.problem, language, parsed.text);
    marks.set(0, t(language, "timelineUnreadable", { problem }));
    return marks;
  }
  // "2 gånger per termin": the plan gave a count, no days; the light span over the term says so, no invented day.
  if (parsed.spread === true) return marks;
  if (parsed.occurrences.length > 0) {
    const byMonth = new Map<number, number[]>();
    for (const date of parsed.occurrences) {
      const offset = monthOffset(months, date);
      if (offset >= 0) byMonth.set(offset, [...(byMonth.get(offset) ?? []), partsOf(date).day]);
    }
    for (const [offset, days] of byMonth)
      marks.set(offset, days.length <= 3 ? days.join(",") : `●${days.length}`);
    return marks;
  }
  if (parsed.precision === "day" && parsed.day !== null) {
    const offset = monthOffset(months, parsed.start);
    if (offset >= 0) marks.set(offset, String(parsed.day));
  } else if (parsed.precision === "week") {
    const offset = monthOffset(months, parsed.start);
    if (offset >= 0) marks.set(offset, `v${isoWeekOf(parsed.start).week}`);
  }
  return marks;
}

function shapeOf(activity: Activity): RowShape {
  const { parsed } = activity;
  if (!parsed.ok && !(activity.start && activity.end)) return "none";
  return parsed.ok && parsed.occurrences.length > 0 && parsed.spread !== true ? "points" : "span";
}

/** Drawn lighter: an approximate När ("Ca. feb"), or a count with no days ("2 gånger per termin"). */
function lighter(activity: Activity): boolean {
  const { parsed } = activity;
  return parsed.ok && (parsed.approximate || parsed.spread === true);
}

/** One activity row: live formulas point at its row on the Activities tab, so edits there recolour the bars. */
function activityRow(
  activity: Activity,
  model: TimelineModel,
  opts: GridOptions,
  width: number,
): CellValue[] {
  const months = model.months;
  const row: CellValue[] = new Array(width).fill("");
  const ref = (id: ActivityColumn) =>
    `${opts.activitiesRef}!${cellA1(activity.row, opts.activityColumns[id] ?? 1)}`;
  row[COL.what - 1] = asCellText(activity.what);
  row[COL.owner - 1] = asCellText(activity.owner);
  row[COL.done - 1] = `=IF(${ref("done")}=TRUE,"✓","")`;
  for (const [offset, text] of monthMarks(activity, months, opts.language)) {
    row[COL.firstMonth - 1 + offset] = asCellText(text);
  }
  const span = effectiveSpan(activity);
  const live = (column: string, fallback: string | undefined) =>
    `=IF(ISNUMBER(${ref(column)}),${ref(column)},${fallback ? dateFormula(fallback) : '""'})`;
  const at = (helper: (typeof HELPERS)[number]) => helperColumn(helper, months.length) - 1;
  row[at("start")] = live("start", span?.start);
  row[at("end")] = live("end", span?.end);
  row[at("approximate")] = lighter(activity) ? 1 : 0;
  row[at("shape")] = SHAPE_CODE[shapeOf(activity)];
  row[at("row")] = activity.row;
  return row;
}

/** The header rows: title and legend, hidden month dates, year and term bands, elections, column headers. */
function headerRows(
  model: TimelineModel,
  opts: GridOptions,
  width: number,
): { values: CellValue[][]; bg: string[][]; notes: string[][] } {
  const lang = opts.language;
  const values: CellValue[][] = Array.from({ length: ROW.header }, () => new Array(width).fill(""));
  const bg: string[][] = Array.from({ length: ROW.header }, () => new Array(width).fill(WHITE));
  const notes: string[][] = Array.from({ length: ROW.header }, () => new Array(width).fill(""));
  const set = (row: number, col: number, value: CellValue, color?: string) => {
    values[row - 1][col - 1] = value;
    if (color) bg[row - 1][col - 1] = color;
  };
  set(ROW.title, 1, asCellText(t(lang, "timelineTitle", { organisation: opts.organisation }).trim()));
  set(
    ROW.generated,
    1,
    t(lang, "timelineGenerated", { date: opts.generatedOn, tab: opts.activitiesTabName }),
  );
  const legend: Array<[string, string]> = [
    [t(lang, "timelineDone"), STATUS_COLORS.done.exact],
    [t(lang, "timelineLate"), STATUS_COLORS.late.exact],
    [t(lang, "timelineUnderway"), STATUS_COLORS.underway.exact],
    [t(lang, "timelineComing"), STATUS_COLORS.coming.exact],
    [t(lang, "timelineApproximate"), STATUS_COLORS.coming.approximate],
    [t(lang, "timelineToday"), TODAY],
    [t(lang, "timelineElection"), ELECTION],
  ];
  legend.forEach(([label, color], i) => {
    set(ROW.title, COL.firstMonth + i * LEGEND_STEP, label, color);
  });
  set(ROW.monthDates, 1, t(lang, "timelineMonthRow"));
  model.months.forEach((month, i) => {
    const col = COL.firstMonth + i;
    set(ROW.monthDates, col, `=DATE(${month.year},${month.month},1)`);
    set(ROW.years, col, month.month === 1 || i === 0 ? month.year : "", YEAR_BAND);
    const termStartMonth = month.month === 1 || month.month === 7 || i === 0;
    set(
      ROW.terms,
      col,
      termStartMonth ? `${seasonOf(month)} ${month.year}` : "",
      TERM_BANDS[seasonOf(month)],
    );
    // The short name alone fits its column; the year stands once, on the year row above.
    set(ROW.header, col, monthShortName(month.month, lang), HEADER);
  });
  for (const election of model.elections) {
    const offset = monthOffset(model.months, election.date);
    if (offset < 0) continue;
    const marker = describeElection(election, lang);
    const [row, col] = [ROW.elections - 1, COL.firstMonth + offset - 1];
    // Two elections in one month share the cell rather than hide each other.
    const text = markerText(marker, election.date);
    values[row][col] = values[row][col] === "" ? text : `${values[row][col]}; ${text}`;
    notes[row][col] = notes[row][col] === "" ? marker.note : `${notes[row][col]}\n${marker.note}`;
    bg[row][col] = ELECTION;
  }
  set(ROW.elections, COL.done, t(lang, "timelineElection"));
  set(ROW.header, COL.what, t(lang, "colWhat"), HEADER);
  set(ROW.header, COL.owner, t(lang, "colOwner"), HEADER);
  set(ROW.header, COL.done, t(lang, "colDone"), HEADER);
  const helperLabels = {
    start: t(lang, "timelineHelperStart"),
    end: t(lang, "timelineHelperEnd"),
    approximate: t(lang, "timelineHelperApprox"),
    shape: t(lang, "timelineHelperShape"),
    row: t(lang, "timelineHelperRow", { tab: opts.activitiesTabName }),
    today: t(lang, "timelineHelperToday"),
  };
  for (const helper of HELPERS)
    set(ROW.header, helperColumn(helper, model.months.length), helperLabels[helper], HEADER);
  set(ROW.generated, helperColumn("today", model.months.length), `=IFERROR(${opts.todayName},TODAY())`);
  return { values, bg, notes };
}

/** The whole tab as two same-shaped grids. */
export function renderTimeline(model: TimelineModel, opts: GridOptions): TimelineGrid {
  const monthCount = model.months.length;
  const width = totalColumns(monthCount);
  const { values, bg, notes } = headerRows(model, opts, width);
  const bodyBackground = () =>
    Array.from({ length: width }, (_, c) => {
      const month = model.months[c - (COL.firstMonth - 1)];
      return month ? TERM_BODY[seasonOf(month)] : WHITE;
    });
  let activityCount = 0;
  for (const group of model.groups) {
    const label = groupLabel(group, {
      noTerm: t(opts.language, "timelineNoTerm"),
      undated: t(opts.language, "timelineUndated"),
    });
    const header: CellValue[] = new Array(width).fill("");
    header[COL.what - 1] = label;
    header[helperColumn("shape", monthCount) - 1] = SHAPE_CODE.term;
    values.push(header);
    bg.push(new Array(width).fill(group.term ? TERM_BANDS[group.term.season] : HEADER));
    notes.push(new Array(width).fill(""));
    for (const activity of group.activities) {
      values.push(activityRow(activity, model, opts, width));
      bg.push(bodyBackground());
      notes.push(new Array(width).fill(""));
      activityCount++;
    }
  }
  return {
    values,
    backgrounds: bg,
    notes,
    monthCount,
    bodyRows: values.length - ROW.header,
    activityCount,
  };
}
