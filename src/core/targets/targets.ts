// Membership targets: target = base × (1 + growth) rounded half up, the gap to it, progress towards it, the total.

import { isBlankCell, normalizeNumberText, showValue } from "../cells/cell-values";
import { PlanError } from "../i18n/errors";
import { foldSwedish } from "../i18n/fold";

/** "nearest" rounds half up (towards +∞); "up" and "down" round towards +∞ and −∞. */
export type RoundingMode = "nearest" | "up" | "down";

/** Round to a multiple of `step` (1 = whole members, 10 = tens, 0.1 = tenths) in the given direction. */
export interface Rounding {
  readonly mode: RoundingMode;
  readonly step: number;
}

/** Whole members, half up: how plans round. */
export const DEFAULT_ROUNDING: Rounding = { mode: "nearest", step: 1 };

/** Growth limits as fractions: −100 % (everyone leaves) to 1000 %. */
export const MIN_GROWTH = -1;
export const MAX_GROWTH = 10;
/** Beyond ±100 % a growth is accepted, with a warning. */
export const GROWTH_WARNING = 1;

/**
 * Removes binary floating-point noise (117 × 1.1 = 128.70000000000002 → 128.7) by rounding to
 * 9 decimals, or fewer when the integer part is long, so at most 15 significant digits remain.
 */
export function cleanFloat(value: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return value;
  const digits = Math.abs(value) < 1 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
  return Number(value.toFixed(Math.min(9, Math.max(0, 15 - digits)))) + 0; // + 0 turns −0 into 0
}

/** Rounds `value` to a multiple of `rounding.step`; ties in "nearest" go up. */
export function roundTo(value: number, rounding: Rounding = DEFAULT_ROUNDING): number {
  const quotient = cleanFloat(value / rounding.step);
  const rounded =
    rounding.mode === "up"
      ? Math.ceil(quotient)
      : rounding.mode === "down"
        ? Math.floor(quotient)
        : Math.floor(quotient + 0.5);
  return cleanFloat(rounded * rounding.step);
}

const MODE_WORDS: Readonly<Record<string, RoundingMode>> = {
  nearest: "nearest",
  round: "nearest",
  narmast: "nearest",
  narmaste: "nearest",
  avrunda: "nearest",
  up: "up",
  ceil: "up",
  ceiling: "up",
  upp: "up",
  uppat: "up",
  down: "down",
  floor: "down",
  ned: "down",
  ner: "down",
  nedat: "down",
};

/**
 * The rounding argument of MEMBER_TARGET. Blank → whole members, half up. A positive number is a step
 * rounded to nearest (10 → tens). Text names a mode, a step or both, in either order and language:
 * "up", "uppåt", "down", "ned", "nearest", "närmast", "10", "up 10", "5 nedåt".
 */
export function parseRounding(value: unknown): Rounding {
  if (isBlankCell(value)) return DEFAULT_ROUNDING;
  const fail = (): never => {
    throw new PlanError("errorRoundingUnknown", { value: showValue(value) });
  };
  if (typeof value === "number")
    return value > 0 && Number.isFinite(value) ? { mode: "nearest", step: value } : fail();
  if (typeof value !== "string") return fail();
  let mode: RoundingMode | null = null;
  let step: number | null = null;
  for (const word of value.trim().split(/\s+/)) {
    const named = Object.hasOwn(MODE_WORDS, foldSwedish(word)) ? MODE_WORDS[foldSwedish(word)] : null;
    const normalized = named ? null : normalizeNumberText(word);
    if (named && mode === null) mode = named;
    else if (normalized !== null && step === null && Number(normalized) > 0) step = Number(normalized);
    else fail();
  }
  return { mode: mode ?? "nearest", step: step ?? 1 };
}

/** Checks a base count: a whole number of members, 0 or more. */
export function checkBase(base: number): void {
  if (!Number.isInteger(base) || base < 0)
    throw new PlanError("errorBaseNotWholeCount", { value: showValue(base) });
}

/** Checks a growth fraction: −1 (−100 %) to 10 (1000 %). */
export function checkGrowth(growth: number): void {
  if (!Number.isFinite(growth) || growth < MIN_GROWTH || growth > MAX_GROWTH) {
    const percent = Number.isFinite(growth)
      ? `${cleanFloat(growth * 100)} %`.replace("-", "−")
      : showValue(growth);
    throw new PlanError("errorGrowthOutOfRange", { value: percent });
  }
}

/** base × (1 + growth), rounded (default: half up to a whole member). 117 and 10 % → 129. */
export function memberTarget(base: number, growth: number, rounding: Rounding = DEFAULT_ROUNDING): number {
  checkBase(base);
  checkGrowth(growth);
  return roundTo(base * (1 + growth), rounding);
}

/** Members still to win: max(0, target − current). */
export function memberGap(target: number, current: number): number {
  return Math.max(0, cleanFloat(target - current));
}

/**
 * How far from baseline to target current has come: (current − baseline) / (target − baseline).
 * Works for decreasing goals too. Not clamped: above 1 means past the target, below 0 means further
 * from it than at the baseline (e.g. members lost), which a plan wants to see. When target equals
 * baseline there is no distance: 1 if current ≥ target, else 0.
 */
export function memberProgress(baseline: number, current: number, target: number): number {
  if (target === baseline) return current >= target ? 1 : 0;
  return cleanFloat((current - baseline) / (target - baseline));
}

export interface TargetRow {
  readonly base: number;
  readonly growth: number;
}

/** The total target as plans print it: the sum of the rounded row targets, not the rounded raw total. */
export function totalTarget(rows: readonly TargetRow[], rounding: Rounding = DEFAULT_ROUNDING): number {
  return cleanFloat(rows.reduce((sum, row) => sum + memberTarget(row.base, row.growth, rounding), 0));
}
