// What the sidebar's "Importera plan" and the server exchange: the preview of a pasted plan and what its import wrote.
import type { CellLink, ProblemItem } from "../dashboard/sidebar-contract";

export interface PlanImportOptions {
  /** true: read the paste and compare it with the plan, writing nothing. */
  readonly preview?: boolean;
  /** true: the volunteer agreed to widen a typed plan period to the rows outside it (it is never narrowed). */
  readonly widenPeriod?: boolean;
}

/** new: will be written; present: already in the plan; conflict: in the plan with other numbers (left for the user); repeated: earlier in the paste. */
export type PlanItemStatus = "new" | "present" | "conflict" | "repeated";

/** One thing the paste holds: a goal, an activity, a membership row or a board member. */
export interface PlanImportItem {
  /** The line of the pasted text it was read from (1-based). */
  readonly line: number;
  /** The goal's text, the activity's Vad, the constituency, or "Ordförande: Karin Lindqvist". */
  readonly text: string;
  /** The rest in a few words, localized: kind and numbers, När and dates, members and growth, contact. */
  readonly detail: string;
  readonly status: PlanItemStatus;
  /** Localized sentences: why it conflicts, or what in it could not be read. */
  readonly problems: readonly string[];
  /** The sheet row that holds it already (present or in conflict), to link to; absent otherwise. */
  readonly at?: CellLink;
}

/** The activities of one term; `undated` is the group of activities without a time ("Utan datum"). */
export interface PlanImportTermGroup {
  /** "VT 2025", or "" for the undated group and activities whose term can't be told. */
  readonly term: string;
  readonly undated: boolean;
  readonly items: readonly PlanImportItem[];
}

/** A period in terms as text: "VT 2025" … "HT 2026". */
export interface TermSpan {
  readonly first: string;
  readonly last: string;
}

export interface PlanImportPeriod {
  /** The period the paste names (its title's years and term headings), or null. */
  readonly pasted: TermSpan | null;
  /** The Settings period now, or null when it is not set. */
  readonly current: TermSpan | null;
  /**
   * set: an empty plan takes the paste's period; widen: rows fall outside a typed period, which is widened
   * only when the volunteer agrees (`widenPeriod`); keep: the period stays as it is.
   */
  readonly change: "set" | "widen" | "keep";
  /** The period after the import (for "widen", if the volunteer agrees); null when it stays unset. */
  readonly next: TermSpan | null;
}

export interface PlanImportPreview {
  readonly title: string | null;
  readonly period: PlanImportPeriod;
  readonly goals: readonly PlanImportItem[];
  /** Activities from term tables and bullets, per term in term order, the undated group last. */
  readonly activities: readonly PlanImportTermGroup[];
  /** Meeting dates and recurring meetings from sentences ("Styrelsen träffas den första måndagen varje månad"). */
  readonly meetings: readonly PlanImportItem[];
  readonly membership: readonly PlanImportItem[];
  readonly board: readonly PlanImportItem[];
  /** Lines that belong to no item, localized with their line: not understood, or said of the whole paste. */
  readonly problems: readonly string[];
  /** How many items an import would write. */
  readonly toWrite: number;
}

export interface PlanImportCounts {
  readonly goals: number;
  readonly activities: number;
  readonly membership: number;
  readonly board: number;
}

export interface PlanImportResult {
  /** Rows written to each tab. */
  readonly written: PlanImportCounts;
  /** Items already in the plan, left as they are. */
  readonly present: number;
  /** Items in the plan with other numbers, left for the volunteer to decide: "Mål, rad 2: …", linked to the row. */
  readonly conflicts: readonly ProblemItem[];
  /** The plan period written to Settings, or null when it was left as it was. */
  readonly period: TermSpan | null;
  /** The paste's problems, as in the preview. */
  readonly problems: readonly string[];
}
