// The status of a goal without a target: a comparison goal judged on its two numbers, else the status picked by hand.
import { GOAL_STATUS_KEYS } from "../checks/validation-rules";
import { labelKeyOf } from "../i18n/labels";
import type { PaceStatus } from "./goal-pace";

const CODE_OF: Readonly<Record<(typeof GOAL_STATUS_KEYS)[number], PaceStatus>> = {
  paceNotStarted: "notStarted",
  paceOnTrack: "onTrack",
  paceBehind: "behind",
  paceDone: "done",
};

/**
 * A comparison goal ("higher support than last year"): not started until Actual is measured, done when Actual is
 * above the value it is compared with, else behind. The Goals tab's Status formula says the same natively.
 */
export function comparisonStatus(actual: number | null, compareWith: number): PaceStatus {
  if (actual === null) return "notStarted";
  return actual > compareWith ? "done" : "behind";
}

/** The status a volunteer picked in the Own status dropdown (either language), or null when blank or another word. */
export function manualStatus(cell: unknown): PaceStatus | null {
  const key = labelKeyOf(cell, GOAL_STATUS_KEYS);
  return key === null ? null : CODE_OF[key];
}
