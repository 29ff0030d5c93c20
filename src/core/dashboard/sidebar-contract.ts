// The data the sidebar and the server exchange through google.script.run: shared by both sides.
import type { TabId } from "../layout/tabs";

/** A place in the sheet an item links to; clicking it selects that cell. */
export interface CellLink {
  /** The plan tab, found by the add-on's mark whatever it is called now. */
  readonly tab: TabId;
  readonly row: number;
  readonly column: number;
}

export interface GoalItem {
  readonly name: string;
  readonly kind: string;
  /** Fraction, e.g. 0.45; null when it can't be computed. */
  readonly progress: number | null;
  /** Localised status text ("I fas"), or "" when none. */
  readonly status: string;
  readonly statusCode: "done" | "onTrack" | "behind" | "notStarted" | "unknown";
  /**
   * An "activities" goal's counts: activities done (ticked Klar), planned, and the target; for a "per termin"/"per
   * år" goal today's period's, with its label and the earlier periods' "VT 2025: 2/2 · HT 2025: 1/2". Null for other
   * goals.
   */
  readonly counts: {
    readonly done: number;
    readonly planned: number;
    readonly target: number | null;
    readonly period: string | null;
    readonly earlier: string;
  } | null;
  readonly link: CellLink;
}

export interface ConstituencyItem {
  readonly constituency: string;
  /** Members now; null when no row of the constituency has a count (unknown, not 0). */
  readonly current: number | null;
  readonly target: number;
  readonly link: CellLink;
}

export interface ActivityItem {
  readonly what: string;
  readonly when: string;
  readonly term: string;
  readonly owner: string;
  /** "YYYY-MM-DD" */
  readonly end: string | null;
  /** The date line to show, with the year: "Klart senast 31 mars 2025", "Skulle vara klar 31 jan 2025, för 3 veckor sedan". */
  readonly due: string;
  readonly link: CellLink;
}

export interface ProblemItem {
  readonly message: string;
  readonly severity: "error" | "warning";
  readonly link: CellLink | null;
}

export interface Dashboard {
  readonly language: "sv" | "en";
  /** Every UI text the client shows, by key, in the user's language. */
  readonly texts: Readonly<Record<string, string>>;
  readonly organisation: string;
  /** "YYYY-MM-DD" */
  readonly today: string;
  readonly goals: readonly GoalItem[];
  readonly membership: readonly ConstituencyItem[];
  readonly dueThisMonth: readonly ActivityItem[];
  readonly overdue: readonly ActivityItem[];
  /** Terms for the Add activity form's dropdown, e.g. ["VT 2025", "HT 2025"]. */
  readonly terms: readonly string[];
  /** The term to preselect (today's term when in the plan). */
  readonly currentTerm: string;
}

export interface NewActivity {
  readonly term: string;
  readonly when: string;
  readonly what: string;
  readonly targetGroup: string;
  readonly owner: string;
}

export interface ImportPreviewRow {
  /** The row's line in the pasted text. */
  readonly line: number;
  /** The Activities row it goes to, or, for a duplicate, the row that holds it already (null when unknown). */
  readonly row: number | null;
  readonly term: string;
  readonly when: string;
  readonly what: string;
  readonly targetGroup: string;
  readonly owner: string;
  readonly done: boolean;
  /** "YYYY-MM-DD" or "" when När can't be read. */
  readonly start: string;
  readonly end: string;
  /** Localised problems of this row ("" when none). */
  readonly problems: readonly string[];
  readonly duplicate: boolean;
}

export interface ImportOptions {
  /** true: parse and return the preview without writing anything. */
  readonly preview?: boolean;
}

export interface ImportPreview {
  readonly rows: readonly ImportPreviewRow[];
  readonly problems: readonly string[];
}

export interface ImportResult {
  readonly imported: number;
  readonly duplicates: number;
  /** By sheet row with a link for a written row, by line of the text for what was not written. */
  readonly problems: readonly ProblemItem[];
}

export interface MarkDoneOptions {
  /** true: list what would be ticked, write nothing. */
  readonly preview?: boolean;
}

/** "Mark done up to …": what was ticked (or would be, in a preview), each linked to its Klar cell. */
export interface MarkDoneResult {
  /** "YYYY-MM-DD": activities that ended before this day. */
  readonly before: string;
  readonly preview: boolean;
  readonly items: readonly ActivityItem[];
}
