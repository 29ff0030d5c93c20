// The fewest extra votes that win one party a number of seats for certain, the other parties' votes held fixed.
import { PlanError } from "../i18n/errors";
import { type AllocationRules, allocate } from "./allocation";
import { ONE, ZERO } from "./exact";

const TWO = ONE + ONE;
/** Doublings before giving up: far beyond any real count (2^4096), a guard against a loop, never reached. */
const MAX_DOUBLINGS = 4096;

/**
 * The fewest extra votes, in the whole units `votes` are given in, with which `party` wins at least `wanted`
 * of `seats` for certain: a seat it would only share by lot does not count. Needs `wanted` ≤ `seats` and a
 * threshold below 1; then enough votes always win (the party's `wanted`-th comparison number outgrows every
 * other party's first). A party's seats never fall as its votes grow (divisor methods are monotone, and more
 * votes only push others below the threshold), so doubling and then halving the gap finds the least amount.
 */
export function extraVotesFor(
  votes: readonly bigint[],
  party: number,
  wanted: number,
  seats: number,
  rules: AllocationRules,
): bigint {
  const wins = (extra: bigint): boolean => {
    const result = allocate(
      votes.map((v, i) => (i === party ? v + extra : v)),
      seats,
      rules,
    );
    return result !== null && result.seats[party] >= wanted;
  };
  if (wins(ZERO)) return ZERO;
  const total = votes.reduce((sum, v) => sum + v, ZERO);
  let low = ZERO;
  let high = total > ONE ? total : ONE;
  for (let doublings = 0; !wins(high); doublings++) {
    if (doublings >= MAX_DOUBLINGS) throw new PlanError("errorNotComputable");
    low = high;
    high *= TWO;
  }
  while (high - low > ONE) {
    const middle = (low + high) / TWO;
    if (wins(middle)) high = middle;
    else low = middle;
  }
  return high;
}
