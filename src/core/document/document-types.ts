// What reading a whole pasted verksamhetsplan gives: its goals, activities, membership, board and period, line by line.
import type { IsoDate } from "../calendar/dates";
import type { MessageKey } from "../i18n/messages";
import type { PastedActivity } from "../import/activity-table";
import type { TermRange } from "../when/when";

/** A problem with one line of the document, as a message key and its values (say it with `t`). */
export interface DocumentProblem {
  readonly line: number;
  readonly key: MessageKey;
  readonly vars: Readonly<Record<string, string | number>>;
}

export type GoalKind = "seats" | "voteShare" | "members" | "activities" | "other";
export type GoalLevel = "overarching" | "measurable";

/** The numbers a goal's text names, as goal-text reads them and a DocumentGoal keeps them. */
export interface GoalNumbers {
  /** The number the goal names: 9 (seats), 12 (percent of the vote), 6 (activities); null when none. */
  target: number | null;
  unit: "count" | "percent" | null;
  /** "Öka … med 15 %" → 0.15, a fraction; null when the goal names no growth. */
  growth: number | null;
  /** "(idag 7)" → 7; for a members growth goal, the membership total at the baseline date. */
  baseline: number | null;
  /** "jämfört med den 31 december 2024" → 2024-12-31. */
  baselineDate: IsoDate | null;
  /** "i valet 2026" → that election day; "2026" → 2026-12-31; else the year of its heading ("Mål 2026"). */
  deadline: IsoDate | null;
  /** "per år" / "per termin": the target holds for each year or term. */
  rate: "year" | "term" | null;
  /** "ska öka", "högre än …": kind "other", measured by comparison rather than a number. */
  comparison: boolean;
}

/** A goal that names no number yet: every field of GoalNumbers empty. */
export function noGoalNumbers(): GoalNumbers {
  return {
    target: null,
    unit: null,
    growth: null,
    baseline: null,
    baselineDate: null,
    deadline: null,
    rate: null,
    comparison: false,
  };
}

export interface DocumentGoal extends GoalNumbers {
  /** Stable identity: "goal|" and the folded text, so re-reading the same text gives the same key. */
  key: string;
  line: number;
  text: string;
  level: GoalLevel;
  /** What a measurable goal measures; null for an overarching goal. */
  kind: GoalKind | null;
  problems: DocumentProblem[];
}

/** Where an activity came from: a term table, a date in a meeting sentence, a recurring sentence, a bullet. */
export type ActivitySource = "table" | "meeting" | "recurring" | "goalBullet" | "bullet";

export interface DocumentActivity extends PastedActivity {
  /** activityKey(term, what, when): the same key the Activities tab gives the row once written. */
  key: string;
  source: ActivitySource;
  /** The goal the activity serves (a DocumentGoal key), or null. */
  goalKey: string | null;
  problems: DocumentProblem[];
}

export interface DocumentMembershipRow {
  /** "membership|" and the folded name; a name read twice keeps the key and has a docMembershipRepeated problem. */
  key: string;
  line: number;
  lines: number[];
  name: string;
  /** Members at the baseline date. */
  members: number | null;
  baselineDate: IsoDate | null;
  /** A fraction: 0.15 is 15 %. */
  growth: number | null;
  /** Where the growth came from: its own column, a footnote or sentence, or derived from base and target. */
  growthSource: "column" | "note" | "derived" | null;
  /** base × (1 + growth) rounded half up, or the target the table gives. */
  target: number | null;
  current: number | null;
  problems: DocumentProblem[];
}

export interface DocumentMembershipTotal {
  line: number;
  lines: number[];
  /** As the document prints it (null when blank). */
  members: number | null;
  /** As printed, else the sum of the rows' targets. */
  target: number | null;
  problems: DocumentProblem[];
}

export interface DocumentBoardMember {
  /** "board|" and the folded role and name. */
  key: string;
  line: number;
  lines: number[];
  role: string;
  name: string;
  /** An e-mail address or phone number written with the name, or "". */
  contact: string;
  problems: DocumentProblem[];
}

/** What a line of the document was used for. */
export type LineUse =
  | "title"
  | "heading"
  | "header"
  | "goal"
  | "goalLink"
  | "activity"
  | "membership"
  | "membershipTotal"
  | "membershipNote"
  | "meeting"
  | "board"
  | "signature"
  | "prose"
  | "notUnderstood";

export interface PastedPlan {
  title: string | null;
  organisation: string | null;
  /** From the title's years and the term headings; null when the document names neither. */
  period: TermRange | null;
  goals: DocumentGoal[];
  activities: DocumentActivity[];
  membership: DocumentMembershipRow[];
  membershipTotals: DocumentMembershipTotal[];
  board: DocumentBoardMember[];
  /** Every line with content, in order, with what it was used for. */
  lines: Array<{ line: number; use: LineUse }>;
  /** One problem for each line that was not understood. */
  notUnderstood: DocumentProblem[];
  /** Every problem of the document and its items, by line. */
  problems: DocumentProblem[];
}
