// Which data-validation rule each kind of column gets, as plain data the Sheets adapter turns into rules.
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { ColumnSpec } from "../layout/tabs";
import { TYPED_PERCENT_MAX } from "../targets/growth-entry";
import { MIN_GROWTH } from "../targets/targets";

export type RuleSpec =
  | {
      readonly type: "list";
      readonly values: readonly string[];
      readonly strict: boolean;
      readonly help: string;
    }
  | { readonly type: "listFromRange"; readonly a1: string; readonly strict: boolean; readonly help: string }
  | { readonly type: "checkbox" }
  | { readonly type: "date"; readonly help: string }
  | { readonly type: "numberBetween"; readonly min: number; readonly max: number; readonly help: string }
  | { readonly type: "formula"; readonly formula: string; readonly help: string };

export interface RuleContext {
  readonly language: Language;
  /** Terms over the plan period, e.g. ["VT 2024", "HT 2024"]. */
  readonly terms: readonly string[];
  /** A1 of the goal names, with sheet, e.g. "'Mål'!$A$2:$A$200". */
  readonly goalNamesA1: string;
  /** A1 of the People tab's names, with sheet ("'Styrelse'!$B$2:$B"), or null when there is no People tab. */
  readonly peopleNamesA1: string | null;
  /** A1 of the column's first data cell (e.g. "D2"), for formulas relative to it. */
  readonly firstCellA1: string;
}

export const GOAL_KIND_KEYS: readonly MessageKey[] = [
  "kindSeats",
  "kindMembers",
  "kindActivities",
  "kindVoteShare",
  "kindOther",
];

/** The manual statuses a goal without a number may have, in the order the dropdown offers them. */
export const GOAL_STATUS_KEYS = ["paceNotStarted", "paceOnTrack", "paceBehind", "paceDone"] as const;

/** The rule for a column, or null when the column takes anything. */
export function ruleFor(column: ColumnSpec, ctx: RuleContext): RuleSpec | null {
  const help = (key: MessageKey) => t(ctx.language, key);
  switch (column.kind) {
    case "term":
      return { type: "list", values: ctx.terms, strict: ctx.terms.length > 0, help: help("helpTerm") };
    case "checkbox":
      return { type: "checkbox" };
    case "date":
      return { type: "date", help: help("helpDate") };
    case "count": {
      const c = ctx.firstCellA1;
      return {
        type: "formula",
        formula: `=AND(ISNUMBER(${c}),${c}>=0,${c}=INT(${c}))`,
        help: help("helpCount"),
      };
    }
    case "growth":
      // Up to 100, not MAX_GROWTH: a number over 1 and at most 100 is let in, then read as percent on edit.
      return { type: "numberBetween", min: MIN_GROWTH, max: TYPED_PERCENT_MAX, help: help("helpGrowth") };
    case "goalKind":
      return {
        type: "list",
        values: GOAL_KIND_KEYS.map((key) => t(ctx.language, key)),
        strict: false,
        help: help("helpGoalKind"),
      };
    case "goalStatus":
      return {
        type: "list",
        values: GOAL_STATUS_KEYS.map((key) => t(ctx.language, key)),
        strict: false,
        help: help("helpGoalStatus"),
      };
    case "goalRef":
      return { type: "listFromRange", a1: ctx.goalNamesA1, strict: false, help: help("helpGoalRef") };
    case "person":
      // Suggestions only: an Ansvarig may be a role, a group or someone not on the board.
      return ctx.peopleNamesA1 === null
        ? null
        : { type: "listFromRange", a1: ctx.peopleNamesA1, strict: false, help: help("helpPerson") };
    case "number":
      return { type: "formula", formula: `=ISNUMBER(${ctx.firstCellA1})`, help: help("helpNumber") };
    default:
      return null;
  }
}
