// Goal pace: where a measurable goal should be today on a straight line from baseline to target, and the verdict.

import { dayNumber, type IsoDate } from "../calendar/dates";
import { readPeriodEdge } from "../cells/period-edge";
import { PlanError } from "../i18n/errors";
import { cleanFloat } from "./targets";

export type PaceStatus = "done" | "onTrack" | "behind" | "notStarted";

export interface PaceInput {
  readonly baseline: number;
  readonly target: number;
  /** The latest measured value; null when nothing has been measured yet. */
  readonly actual: number | null;
  readonly start: IsoDate;
  readonly deadline: IsoDate;
  readonly today: IsoDate;
}

export interface Pace {
  readonly status: PaceStatus;
  /** The value the straight line expects today; null before the start (nothing is expected yet). */
  readonly expected: number | null;
}

/**
 * How far actual may trail the expected value and still be "on track": 5 % of the whole distance from
 * baseline to target (about two and a half weeks of a year-long goal; 0.6 of a 12-member increase).
 */
export const PACE_TOLERANCE = 0.05;

/**
 * The verdict, in this order: notStarted when actual is blank; done when actual has reached the target
 * (≥ target, or ≤ target for a decreasing goal, even before the start); notStarted when today is before
 * the start; behind once the deadline has passed (no tolerance then) or when actual trails the expected
 * value by more than the tolerance; else onTrack. Throws when start is after the deadline.
 */
export function goalPace(input: PaceInput): Pace {
  const { baseline, target, actual, start, deadline, today } = input;
  if (dayNumber(start) > dayNumber(deadline))
    throw new PlanError("errorPaceDatesReversed", { start, deadline });
  const started = dayNumber(today) >= dayNumber(start);
  const expected = started ? expectedValue(input) : null;
  const direction = target < baseline ? -1 : 1;
  if (actual === null) return { status: "notStarted", expected };
  if (cleanFloat(direction * (actual - target)) >= 0) return { status: "done", expected };
  if (expected === null) return { status: "notStarted", expected };
  if (dayNumber(today) > dayNumber(deadline)) return { status: "behind", expected };
  const shortfall = cleanFloat(direction * (expected - actual));
  const allowed = cleanFloat(PACE_TOLERANCE * Math.abs(target - baseline));
  return { status: shortfall > allowed ? "behind" : "onTrack", expected };
}

/** baseline + (target − baseline) × the share of the period gone by today (clamped to 0…1). */
export function expectedValue(input: Omit<PaceInput, "actual">): number {
  const { baseline, target, start, deadline, today } = input;
  const length = dayNumber(deadline) - dayNumber(start);
  const elapsed = dayNumber(today) - dayNumber(start);
  const share = length <= 0 ? (elapsed >= 0 ? 1 : 0) : Math.min(1, Math.max(0, elapsed / length));
  return cleanFloat(baseline + (target - baseline) * share);
}

/** A deadline: a date, a year ("2026" → 2026-12-31), a term ("HT 2026" → 2026-12-31) or a month. Null when blank. */
export function deadlineDate(value: unknown, name = "deadline"): IsoDate | null {
  return readPeriodEdge(value, "end", name);
}

/** A start: a date, a year ("2025" → 2025-01-01), a term ("VT 2025" → 2025-01-01) or a month. Null when blank. */
export function startDate(value: unknown, name = "start"): IsoDate | null {
  return readPeriodEdge(value, "start", name);
}
