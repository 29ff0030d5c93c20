// The custom functions (MEMBER_TARGET, GOAL_PACE, TERM_OF, …): one cell or a whole range in, the same shape out.

import { readTerm, readText } from "../core/cells/cell-values";
import { flatMapCells, flattenCells, mapCells, singleCell } from "../core/cells/range-shape";
import { countActivities } from "../core/targets/activity-count";
import {
  goalPaceCells,
  memberGapCell,
  memberProgressCell,
  memberTargetCell,
  termEdgeCell,
  termOfCell,
} from "../core/targets/formula-cells";
import { effectiveToday } from "../sheets/today";
import { custom, lazy, RANGE_OF } from "./custom-function-wrapper";
import { type EntryPoint, entry } from "./entry-point";

/** TERM_START and TERM_END: the same function for the two edges of a term. */
function termEdgeEntry(name: string, edge: "start" | "end", summary: string): EntryPoint {
  return entry({
    name,
    kind: "custom-function",
    summary,
    params: [
      {
        name: "term",
        type: RANGE_OF("string"),
        description: 'A term as plans write it: "VT 2025", "Hösttermin 2024", "HT25".',
      },
    ],
    returns: {
      type: RANGE_OF("Date"),
      description: `The ${edge === "start" ? "first" : "last"} day, same shape as the input.`,
    },
    run: custom(name, (_language, term: unknown) =>
      mapCells([term], (cell) => termEdgeCell(cell, edge), ["term"]),
    ),
  });
}

export const CUSTOM_FUNCTIONS: readonly EntryPoint[] = [
  entry({
    name: "MEMBER_TARGET",
    kind: "custom-function",
    summary:
      "Membership target (medlemsmål): base × (1 + growth), rounded half up to whole members. Give one cell or whole columns.",
    params: [
      {
        name: "base",
        type: RANGE_OF("number"),
        description: "Members at the baseline date (medlemmar vid basdatum).",
      },
      {
        name: "growth",
        type: RANGE_OF("number"),
        description: "Growth as a percentage, e.g. 10 % (tillväxt); blank = 0 %.",
      },
      {
        name: "rounding",
        type: RANGE_OF("string|number"),
        description: 'How to round: "nearest" (default), "up", "down", a step such as 10, or both ("up 10").',
        optional: true,
      },
    ],
    returns: {
      type: RANGE_OF("number"),
      description: "The target, same shape as the input; empty where base is empty.",
    },
    run: custom("MEMBER_TARGET", (_language, base: unknown, growth: unknown, rounding: unknown) =>
      mapCells([base, growth, rounding], memberTargetCell, ["base", "growth", "rounding"]),
    ),
  }),
  entry({
    name: "MEMBER_GAP",
    kind: "custom-function",
    summary: "Members still to recruit (kvar att värva): target − current, never below 0.",
    params: [
      { name: "target", type: RANGE_OF("number"), description: "The membership target (medlemsmål)." },
      { name: "current", type: RANGE_OF("number"), description: "Members now (medlemmar nu)." },
    ],
    returns: {
      type: RANGE_OF("number"),
      description: "The gap, same shape as the input; empty where a value is empty.",
    },
    run: custom("MEMBER_GAP", (_language, target: unknown, current: unknown) =>
      mapCells([target, current], memberGapCell, ["target", "current"]),
    ),
  }),
  entry({
    name: "MEMBER_PROGRESS",
    kind: "custom-function",
    summary:
      "Progress towards the membership target (måluppfyllelse): (current − baseline) / (target − baseline) as a fraction; format as %. Not clamped: above 100 % is past the target, below 0 % is fewer members than at the baseline.",
    params: [
      {
        name: "baseline",
        type: RANGE_OF("number"),
        description: "Members at the baseline date (medlemmar vid basdatum).",
      },
      { name: "current", type: RANGE_OF("number"), description: "Members now (medlemmar nu)." },
      { name: "target", type: RANGE_OF("number"), description: "The membership target (medlemsmål)." },
    ],
    returns: {
      type: RANGE_OF("number"),
      description: "The progress fraction, e.g. 0.45; empty where a value is empty.",
    },
    run: custom("MEMBER_PROGRESS", (_language, baseline: unknown, current: unknown, target: unknown) =>
      mapCells([baseline, current, target], memberProgressCell, ["baseline", "current", "target"]),
    ),
  }),
  entry({
    name: "GOAL_PACE",
    kind: "custom-function",
    summary:
      "Goal pace (måluppföljning): status (Done, On track, Behind, Not started) and the value expected today on a straight line from baseline at start to target at deadline. Two columns per row.",
    params: [
      {
        name: "baseline",
        type: RANGE_OF("number"),
        description: "The value at the start (utgångsläge); blank = 0.",
      },
      {
        name: "target",
        type: RANGE_OF("number"),
        description: "The goal's target value (målvärde); blank row = empty result.",
      },
      {
        name: "actual",
        type: RANGE_OF("number"),
        description: "The latest measured value (utfall); blank = not started.",
      },
      {
        name: "start",
        type: RANGE_OF("Date|string|number"),
        description: "Start: a date, a year (2025) or a term (VT 2025).",
      },
      {
        name: "deadline",
        type: RANGE_OF("Date|string|number"),
        description: "Deadline (senast): a date, a year (2026 = 31 Dec) or a term (HT 2026 = its last day).",
      },
      {
        name: "today",
        type: RANGE_OF("Date"),
        description: "The date to judge on; blank = the plan's today from Settings, else the real date.",
        optional: true,
      },
    ],
    returns: { type: "Array<Array<string|number>>", description: "Per row: [status, expected value today]." },
    run: custom(
      "GOAL_PACE",
      (
        language,
        baseline: unknown,
        target: unknown,
        actual: unknown,
        start: unknown,
        deadline: unknown,
        today: unknown,
      ) => {
        const fallbackToday = lazy(() => effectiveToday());
        return flatMapCells(
          [baseline, target, actual, start, deadline, today],
          (...cells) => goalPaceCells(language, fallbackToday, cells),
          ["baseline", "target", "actual", "start", "deadline", "today"],
        );
      },
    ),
  }),
  entry({
    name: "TERM_OF",
    kind: "custom-function",
    summary: 'The term (termin) a date falls in, e.g. "VT 2025" (January–June) or "HT 2025" (July–December).',
    params: [{ name: "date", type: RANGE_OF("Date"), description: "A date, or a range of dates." }],
    returns: { type: RANGE_OF("string"), description: 'The term as "VT 2025", same shape as the input.' },
    run: custom("TERM_OF", (_language, date: unknown) => mapCells([date], termOfCell, ["date"])),
  }),
  termEdgeEntry(
    "TERM_START",
    "start",
    "First day of a term (terminsstart): VT 2025 → 2025-01-01, HT 2025 → 2025-07-01.",
  ),
  termEdgeEntry(
    "TERM_END",
    "end",
    "Last day of a term (terminsslut): VT 2025 → 2025-06-30, HT 2025 → 2025-12-31.",
  ),
  entry({
    name: "ACTIVITY_COUNT",
    kind: "custom-function",
    summary:
      'Number of activities (antal aktiviteter) whose "Vad?" contains the pattern, ignoring case, spaces and å/ä/ö; "*" matches any text. Optionally only one term.',
    params: [
      {
        name: "terms",
        type: RANGE_OF("string"),
        description: "The term column (Termin) of the activity table.",
      },
      {
        name: "whats",
        type: RANGE_OF("string"),
        description: 'The "Vad?" column (what) of the activity table.',
      },
      {
        name: "pattern",
        type: "string",
        description: 'Text to look for, e.g. "Ny i C" or "möte*krets"; blank = all.',
      },
      {
        name: "term",
        type: "string",
        description: 'Count only this term, e.g. "HT 2024"; blank = all terms.',
        optional: true,
      },
    ],
    returns: { type: "number", description: "How many activities match." },
    run: custom(
      "ACTIVITY_COUNT",
      (_language, terms: unknown, whats: unknown, pattern: unknown, term: unknown) => {
        const text = readText(singleCell(pattern, "pattern"), "pattern");
        const only = readTerm(singleCell(term, "term"), "term");
        return countActivities(
          flattenCells(terms, "terms"),
          flattenCells(whats, "whats"),
          text.kind === "blank" ? "" : text.value,
          only.kind === "blank" ? null : only.value,
        );
      },
    ),
  }),
];
