// The shapes a När reading takes, shared by the parser (when.ts) and its readers.
import type { IsoDate } from "../calendar/dates";
import type { Term } from "../calendar/terms";

export type WhenPrecision = "day" | "week" | "month" | "span" | "term" | "recurring";

/** Why a När text gave no dates ("undated": it is blank — an activity without a time, which is allowed). */
export type WhenProblemCode =
  | "undated"
  | "unreadable"
  | "noYear"
  | "invalidDate"
  | "outsideTerm"
  | "reversedSpan"
  | "noElection";

export interface WhenOk {
  ok: true;
  start: IsoDate;
  end: IsoDate;
  precision: WhenPrecision;
  approximate: boolean;
  /** "Ev. okt/nov": the activity may not happen at all. */
  tentative: boolean;
  /** Words in parentheses that annotate the time: "1 mars (konstituerande möte)" → "konstituerande möte". */
  note: string | null;
  /** Day of month to show for a dated activity, e.g. "1 maj" → 1; null unless precision is "day". */
  day: number | null;
  /** The dates of a recurring activity or a list of dates; [] otherwise. */
  occurrences: IsoDate[];
  /** True when the occurrences are a count spread evenly ("2 gånger per termin"): the plan gave no days. */
  spread?: boolean;
  warnings: WhenProblemCode[];
}

export interface WhenFail {
  ok: false;
  problem: WhenProblemCode;
  text: string;
}

/** A blank När: the activity has no time (a bullet under a goal). Listed as undated, never late or coming. */
export interface WhenUndated extends WhenFail {
  problem: "undated";
}

export type WhenResult = WhenOk | WhenFail;

/** A plan period in terms, for texts that stand under no term ("varje månad" in a sentence of the plan). */
export interface TermRange {
  readonly first: Term;
  readonly last: Term;
}

/** Where a När text stands: the term of its row (or null) and, optionally, the plan's whole period. */
export interface WhenContext {
  readonly term: Term | null;
  readonly period: TermRange | null;
}

/** What a reader found; `yearWide` marks a per-year recurrence, which may leave its term on purpose. */
export type Draft = Omit<WhenOk, "ok" | "approximate" | "tentative" | "note" | "warnings"> & {
  approximate?: boolean;
  yearWide?: boolean;
};

/** A reader's answer: dates, a problem, or null when the text is not its kind. */
export type Reading = Draft | WhenProblemCode | null;
