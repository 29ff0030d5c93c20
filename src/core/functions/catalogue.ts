// The catalogue of custom functions: names, autocomplete help and parameters, listed once for the registry and formulas.
import { type FunctionDoc, type ParamDoc, RANGE_OF } from "./catalogue-types";
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

/** The first parameters of the activity counts: the table's Term and Vad columns, and what to look for. */
const ACTIVITY_MATCH_PARAMS: readonly ParamDoc[] = [
  { name: "terms", type: RANGE_OF("string"), description: "The term column (Termin) of the activity table." },
  { name: "whats", type: RANGE_OF("string"), description: 'The "Vad?" column (what) of the activity table.' },
  {
    name: "pattern",
    type: "string",
    description: 'Text to look for, e.g. "Ny i C" or "möte*krets"; blank = all.',
  },
];

export const CUSTOM_FUNCTIONS = {
  MEMBER_TARGET: {
    summary:
      "Membership target (medlemsmål): base × (1 + growth), rounded half up to whole members. Give one cell or whole columns. E.g. =MEMBER_TARGET(D3, 10%); in Swedish sheets =MEMBER_TARGET(D3; 10%).",
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
    summary:
      "Members still to recruit (kvar att värva): target − current, never below 0. E.g. =MEMBER_GAP(F3:F, G3:G); in Swedish sheets =MEMBER_GAP(F3:F; G3:G).",
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
      "Progress towards the membership target (måluppfyllelse): (current − baseline) / (target − baseline) as a fraction; format as %. Not clamped: above 100 % is past the target, below 0 % is fewer members than at the baseline. E.g. =MEMBER_PROGRESS(D3, G3, F3); in Swedish sheets =MEMBER_PROGRESS(D3; G3; F3).",
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
      "Goal pace (måluppföljning): status (Done, On track, Behind, Not started) and the value expected on a given day, on a straight line from baseline at start to target at deadline. Two columns per row. E.g. =GOAL_PACE(C2, D2, E2, F2, G2, Z1) with a date in Z1; in Swedish sheets =GOAL_PACE(C2; D2; E2; F2; G2; Z1).",
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
        description:
          "The date to judge on, e.g. a cell holding a date. Required: a custom function recalculates only when an argument changes, and Sheets refuses TODAY() or NOW() as one.",
      },
    ],
    returns: { type: "Array<Array<string|number>>", description: "Per row: [status, expected value today]." },
  },
  GOAL_DATES: {
    summary:
      'The first and last day of each goal\'s period (målperiod), from its Start and Klart senast cells as volunteers write them: a date, a year (2026), a term (HT 2026) or a month. E.g. =GOAL_DATES(F2:F, G2:G, "VT 2025"); in Swedish sheets =GOAL_DATES(F2:F; G2:G; "VT 2025").',
    params: [
      {
        name: "start",
        type: RANGE_OF("Date|string|number"),
        description: "Start: a date, a year or a term; blank = default_start.",
      },
      {
        name: "deadline",
        type: RANGE_OF("Date|string|number"),
        description: "Klart senast: a date, a year (2026 = 31 Dec) or a term (HT 2026 = its last day).",
      },
      {
        name: "default_start",
        type: "Date|string",
        description: 'Where a blank start begins, e.g. the plan\'s first term "VT 2025".',
      },
    ],
    returns: {
      type: "Array<Array<Date>>",
      description: "Per row: [first day, last day]; blank where a cell can't be read.",
    },
  },
  TERM_OF: {
    summary:
      'The term (termin) a date falls in, e.g. "VT 2025" (January–June) or "HT 2025" (July–December). E.g. =TERM_OF(C2:C) in every language.',
    params: [{ name: "date", type: RANGE_OF("Date"), description: "A date, or a range of dates." }],
    returns: { type: RANGE_OF("string"), description: 'The term as "VT 2025", same shape as the input.' },
  },
  TERM_START: termEdge(
    "start",
    'First day of a term (terminsstart): VT 2025 → 2025-01-01, HT 2025 → 2025-07-01. E.g. =TERM_START("VT 2025") in every language.',
  ),
  TERM_END: termEdge(
    "end",
    'Last day of a term (terminsslut): VT 2025 → 2025-06-30, HT 2025 → 2025-12-31. E.g. =TERM_END("HT 2025") in every language.',
  ),
  ACTIVITY_COUNT: {
    summary:
      'Number of activities (antal aktiviteter) whose "Vad?" contains the pattern, ignoring case, spaces and å/ä/ö; "*" matches any text. Counts what is planned: every matching row, and with the När column each occurrence of a recurring one ("2 gånger per termin" counts 2). With done_only TRUE it counts only what was done: rows ticked Klar. Optionally only one term. E.g. =ACTIVITY_COUNT(Aktiviteter!A2:A, Aktiviteter!E2:E, "Ny i C", "", Aktiviteter!B2:B, Aktiviteter!H2:H, TRUE); in Swedish sheets =ACTIVITY_COUNT(Aktiviteter!A2:A; Aktiviteter!E2:E; "Ny i C"; ""; Aktiviteter!B2:B; Aktiviteter!H2:H; SANT).',
    params: [
      ...ACTIVITY_MATCH_PARAMS,
      {
        name: "term",
        type: "string",
        description: 'Count only this term, e.g. "HT 2024"; blank = all terms.',
        optional: true,
      },
      {
        name: "whens",
        type: RANGE_OF("string|Date"),
        description:
          'The "När?" column: a recurring activity counts once per occurrence; blank = each row once.',
        optional: true,
      },
      {
        name: "dones",
        type: RANGE_OF("boolean"),
        description: "The Klar column (done checkboxes), read when done_only is TRUE.",
        optional: true,
      },
      {
        name: "done_only",
        type: "boolean",
        description:
          "TRUE: count only activities ticked Klar (what was done). FALSE or blank: count every planned one.",
        optional: true,
      },
    ],
    returns: {
      type: "number",
      description: "How many activities (occurrences) match: planned ones, or with done_only the done ones.",
    },
  },
  ACTIVITY_PERIODS: {
    summary:
      'Activities done and planned per term or per year (aktiviteter per termin eller år), for a goal such as "Ny i C 2 gånger per termin": "VT 2026: 1/2 · HT 2026: 0/2 · " lists done/planned for every period from start to deadline, each occurrence of a recurring activity counted. E.g. =ACTIVITY_PERIODS(Aktiviteter!A2:A, Aktiviteter!E2:E, "Ny i C", Aktiviteter!B2:B, Aktiviteter!H2:H, "termin", M2, N2); in Swedish sheets =ACTIVITY_PERIODS(Aktiviteter!A2:A; Aktiviteter!E2:E; "Ny i C"; Aktiviteter!B2:B; Aktiviteter!H2:H; "termin"; M2; N2).',
    params: [
      ...ACTIVITY_MATCH_PARAMS,
      {
        name: "whens",
        type: RANGE_OF("string|Date"),
        description: 'The "När?" column of the activity table.',
      },
      { name: "dones", type: RANGE_OF("boolean"), description: "The Klar column (done checkboxes)." },
      { name: "per", type: "string", description: '"termin" (or "term") or "år" (or "year").' },
      {
        name: "start",
        type: "Date|string|number",
        description: "The first day of the goal: a date, a year (2025) or a term (VT 2025).",
      },
      {
        name: "deadline",
        type: "Date|string|number",
        description:
          "The goal's deadline: a date, a year (2026 = 31 Dec) or a term (HT 2026 = its last day).",
      },
    ],
    returns: {
      type: "string",
      description: 'done/planned per period, each followed by " · "; blank when start or deadline is blank.',
    },
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
