// The timeline's width cap: about ten years of months; the period or activity past it is named, never drawn.
import { type Term, termIndex, termOf } from "../calendar/terms";
import { type Activity, effectiveSpan } from "../records/activity-record";
import type { TimelineInput } from "./model";

/** Twenty terms, ten years, 120 month columns: a typo such as "HT 2205" must not make 2,175 of them. */
export const MAX_TIMELINE_TERMS = 20;

/** The cell that makes the timeline too wide: a Settings term, or an activity's Start, End or När. */
export type WidthProblem =
  | {
      readonly kind: "settings";
      readonly source: "firstTerm" | "lastTerm";
      readonly term: Term;
      readonly terms: number;
    }
  | {
      readonly kind: "activity";
      readonly source: "start" | "end" | "when";
      readonly activity: Activity;
      readonly terms: number;
    };

type Place = { readonly index: number; readonly column: "start" | "end" | "when" };

/**
 * Where an activity stands in terms: its Start and End, else what its När reads, else its term. Start and End
 * that say what När says (the add-on filled them from it) are named by När, the cell the user typed.
 */
function placesOf(activity: Activity): Place[] {
  const { parsed } = activity;
  const fromWhen = parsed.ok && parsed.start === activity.start && parsed.end === activity.end;
  const typed = activity.start !== null && activity.end !== null && !fromWhen;
  const span = effectiveSpan(activity);
  if (span) {
    const index = (date: string) => termIndex(termOf(date));
    return [
      { index: index(span.start), column: typed ? "start" : "when" },
      { index: index(span.end), column: typed ? "end" : "when" },
    ];
  }
  return activity.term ? [{ index: termIndex(activity.term), column: "when" }] : [];
}

const distance = (index: number, from: number, to: number) =>
  index < from ? from - index : index > to ? index - to : 0;

/**
 * Null when the timeline fits in MAX_TIMELINE_TERMS; else the cell to correct. A Settings period longer than the
 * cap names its end farther from today; a period that fits but is widened past the cap by activities names the
 * activity farthest outside it (outside today's term when Settings has no period).
 */
export function widthProblem(input: TimelineInput): WidthProblem | null {
  const now = termIndex(termOf(input.today));
  const { firstTerm, lastTerm } = input;
  const period =
    firstTerm && lastTerm && termIndex(firstTerm) <= termIndex(lastTerm) ? [firstTerm, lastTerm] : null;
  if (period) {
    const [first, last] = period.map(termIndex);
    const terms = last - first + 1;
    if (terms > MAX_TIMELINE_TERMS) {
      return Math.abs(first - now) > Math.abs(last - now)
        ? { kind: "settings", source: "firstTerm", term: period[0], terms }
        : { kind: "settings", source: "lastTerm", term: period[1], terms };
    }
  }
  const [from, to] = period ? period.map(termIndex) : [now, now];
  const placed = input.activities.flatMap((activity) =>
    placesOf(activity).map((place) => ({ activity, place })),
  );
  const indices = placed.map(({ place }) => place.index);
  if (period) indices.push(from, to);
  if (indices.length === 0) return null;
  const terms = Math.max(...indices) - Math.min(...indices) + 1;
  if (terms <= MAX_TIMELINE_TERMS) return null;
  let farthest = placed[0];
  for (const candidate of placed) {
    if (distance(candidate.place.index, from, to) > distance(farthest.place.index, from, to))
      farthest = candidate;
  }
  return { kind: "activity", source: farthest.place.column, activity: farthest.activity, terms };
}
