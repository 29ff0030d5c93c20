// The catalogue of custom functions: names, autocomplete help and parameters, listed once for the registry and formulas.
import { type FunctionDoc, RANGE_OF } from "./catalogue-types";
import { ELECTION_FUNCTION_DOCS } from "./election-docs";

export type { FunctionDoc, ParamDoc } from "./catalogue-types";
export { RANGE_OF } from "./catalogue-types";

const termEdge = (edge: "start" | "end", summary: string): FunctionDoc => ({
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
});

export const CUSTOM_FUNCTIONS = {
  MEMBER_TARGET: {
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
  },
  MEMBER_GAP: {
    summary: "Members still to recruit (kvar att värva): target − current, never below 0.",
    params: [
      { name: "target", type: RANGE_OF("number"), description: "The membership target (medlemsmål)." },
      { name: "current", type: RANGE_OF("number"), description: "Members now (medlemmar nu)." },
    ],
    returns: {
      type: RANGE_OF("number"),
      description: "The gap, same shape as the input; empty where a value is empty.",
    },
  },
  MEMBER_PROGRESS: {
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
  },
  GOAL_PACE: {
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
  },
  TERM_OF: {
    summary: 'The term (termin) a date falls in, e.g. "VT 2025" (January–June) or "HT 2025" (July–December).',
    params: [{ name: "date", type: RANGE_OF("Date"), description: "A date, or a range of dates." }],
    returns: { type: RANGE_OF("string"), description: 'The term as "VT 2025", same shape as the input.' },
  },
  TERM_START: termEdge(
    "start",
    "First day of a term (terminsstart): VT 2025 → 2025-01-01, HT 2025 → 2025-07-01.",
  ),
  TERM_END: termEdge("end", "Last day of a term (terminsslut): VT 2025 → 2025-06-30, HT 2025 → 2025-12-31."),
  ACTIVITY_COUNT: {
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
  },
  ...ELECTION_FUNCTION_DOCS,
} as const satisfies Record<string, FunctionDoc>;

export type CustomFunctionName = keyof typeof CUSTOM_FUNCTIONS;

export const CUSTOM_FUNCTION_NAMES = Object.keys(CUSTOM_FUNCTIONS) as CustomFunctionName[];

/**
 * A formula calling a custom function, as a script writes it: English syntax with "," between arguments,
 * whatever the spreadsheet's locale (Sheets shows it with ";" in a Swedish sheet).
 */
export function formulaOf(name: CustomFunctionName | "SUM", ...args: readonly string[]): string {
  return `=${name}(${args.join(", ")})`;
}

/** The custom function a formula starts with ("=MEMBER_TARGET(…" → MEMBER_TARGET), or null. */
export function customFunctionOf(formula: unknown): CustomFunctionName | null {
  if (typeof formula !== "string") return null;
  const m = /^=\s*([A-Z_]+)\s*\(/.exec(formula);
  return m && Object.hasOwn(CUSTOM_FUNCTIONS, m[1]) ? (m[1] as CustomFunctionName) : null;
}
