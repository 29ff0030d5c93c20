// The custom functions (MEMBER_TARGET, GOAL_PACE, TERM_OF, …): one cell or a whole range in, the same shape out.
import { readBoolean, readTerm, readText } from "../core/cells/cell-values";
import { flatMapCells, flattenCells, mapCells, singleCell } from "../core/cells/range-shape";
import { CUSTOM_FUNCTION_NAMES, type CustomFunctionName } from "../core/functions/catalogue";
import { PlanError } from "../core/i18n/errors";
import { countActivities, countedUnits } from "../core/targets/activity-count";
import {
  goalDatesCells,
  goalPaceCells,
  memberGapCell,
  memberProgressCell,
  memberTargetCell,
  termEdgeCell,
  termOfCell,
} from "../core/targets/formula-cells";
import { deadlineDate, startDate } from "../core/targets/goal-pace";
import { countPerPeriod, periodText, periodUnitOf } from "../core/targets/goal-periods";
import type { FunctionContext } from "./custom-function-wrapper";
import { ELECTION_HANDLERS } from "./election-functions";
import { customFunction, type EntryPoint } from "./entry-point";

type Handler = (fn: FunctionContext, ...args: unknown[]) => unknown;

/** Each catalogue function's cells; the record must name every function the catalogue lists. */
const HANDLERS: Readonly<Record<CustomFunctionName, Handler>> = {
  ...ELECTION_HANDLERS,
  MEMBER_TARGET: (_fn, base, growth, rounding) =>
    mapCells([base, growth, rounding], memberTargetCell, ["base", "growth", "rounding"]),
  MEMBER_GAP: (_fn, target, current) => mapCells([target, current], memberGapCell, ["target", "current"]),
  MEMBER_PROGRESS: (_fn, baseline, current, target) =>
    mapCells([baseline, current, target], memberProgressCell, ["baseline", "current", "target"]),
  GOAL_PACE: (fn, baseline, target, actual, start, deadline, today) =>
    flatMapCells(
      [baseline, target, actual, start, deadline, today],
      (...cells) => goalPaceCells(fn.language, cells),
      ["baseline", "target", "actual", "start", "deadline", "today"],
    ),
  GOAL_DATES: (_fn, start, deadline, defaultStart) =>
    flatMapCells(
      [start, deadline, singleCell(defaultStart, "default_start")],
      (s, d, first) => goalDatesCells(s, d, first),
      ["start", "deadline", "default_start"],
    ),
  TERM_OF: (_fn, date) => mapCells([date], termOfCell, ["date"]),
  TERM_START: (_fn, term) => mapCells([term], (cell) => termEdgeCell(cell, "start"), ["term"]),
  TERM_END: (_fn, term) => mapCells([term], (cell) => termEdgeCell(cell, "end"), ["term"]),
  ACTIVITY_COUNT: (_fn, terms, whats, pattern, term, whens, dones, doneOnly) => {
    const text = readText(singleCell(pattern, "pattern"), "pattern");
    const only = readTerm(singleCell(term, "term"), "term");
    const done = readBoolean(singleCell(doneOnly, "done_only"), "done_only");
    const doneOnlyValue = done.kind === "boolean" && done.value;
    if (doneOnlyValue && dones === undefined) throw new PlanError("errorDoneOnlyNeedsDones", {});
    return countActivities(
      flattenCells(terms, "terms"),
      flattenCells(whats, "whats"),
      text.kind === "blank" ? "" : text.value,
      only.kind === "blank" ? null : only.value,
      {
        whens: whens === undefined ? undefined : flattenCells(whens, "whens"),
        dones: dones === undefined ? undefined : flattenCells(dones, "dones"),
        doneOnly: doneOnlyValue,
      },
    );
  },
  ACTIVITY_PERIODS: (_fn, terms, whats, pattern, whens, dones, per, start, deadline) => {
    const text = readText(singleCell(pattern, "pattern"), "pattern");
    const unit = periodUnitOf(singleCell(per, "per"));
    const from = startDate(singleCell(start, "start"), "start");
    const to = deadlineDate(singleCell(deadline, "deadline"), "deadline");
    if (from === null || to === null) return "";
    const units = countedUnits(
      flattenCells(terms, "terms"),
      flattenCells(whats, "whats"),
      text.kind === "blank" ? "" : text.value,
      { whens: flattenCells(whens, "whens"), dones: flattenCells(dones, "dones") },
    );
    return periodText(countPerPeriod(units, unit, from, to));
  },
};

export const CUSTOM_FUNCTION_ENTRIES: readonly EntryPoint[] = CUSTOM_FUNCTION_NAMES.map((name) =>
  customFunction(name, HANDLERS[name]),
);
