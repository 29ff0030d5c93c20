// Jämkade uddatalsmetoden (vallagen 2005:837 14 kap 3 §): seats by comparison numbers; equal numbers go to lot (2 §).
import { compareFractions, type Fraction, ONE, ZERO } from "./exact";

export interface AllocationRules {
  /** The share of all votes a party needs for any seat (spärr), e.g. 4/100; 0 for none. */
  readonly threshold: Fraction;
  /** The divisor of a party's first comparison number: 1.2 since 2018, 1.4 before. At least 1, below 3. */
  readonly firstDivisor: Fraction;
}

export interface Allocation {
  /** Seats each party wins for certain. */
  readonly seats: readonly number[];
  /** The parties tied for the last seats: vallagen has the lot decide which of them get `byLot` more seats. */
  readonly tied: readonly boolean[];
  /** How many seats the lot decides, one each to that many of the tied parties (0: no lot). */
  readonly byLot: number;
}

/** The divisor after `won` seats: the first divisor, then 3, 5, 7, … */
function divisor(won: number, rules: AllocationRules): Fraction {
  return won === 0 ? rules.firstDivisor : { num: BigInt(2 * won + 1), den: ONE };
}

/** votes / divisor as a fraction: the comparison number (jämförelsetal). */
function comparisonNumber(votes: bigint, won: number, rules: AllocationRules): Fraction {
  const d = divisor(won, rules);
  return { num: votes * d.den, den: d.num };
}

/** Who may win seats: parties with votes, and at least the threshold's share of all votes in the column. */
export function passesThreshold(votes: readonly bigint[], threshold: Fraction): boolean[] {
  const total = votes.reduce((sum, v) => sum + v, ZERO);
  return votes.map((v) => v > ZERO && v * threshold.den >= threshold.num * total);
}

/**
 * Allocates `seats` seats one at a time to the highest comparison number. Parties that share the highest
 * number all win a seat when enough remain; when fewer remain, the lot decides and they are flagged.
 * Null when no party may win a seat (no votes, or every party below the threshold).
 */
export function allocate(votes: readonly bigint[], seats: number, rules: AllocationRules): Allocation | null {
  const eligible = passesThreshold(votes, rules.threshold)
    .map((passes, i) => (passes ? i : -1))
    .filter((i) => i >= 0);
  if (eligible.length === 0) return null;
  const won: number[] = votes.map(() => 0);
  const current = votes.map((v) => comparisonNumber(v, 0, rules));
  const tied: boolean[] = votes.map(() => false);
  let remaining = seats;
  while (remaining > 0) {
    let best: number[] = [];
    for (const i of eligible) {
      const order = best.length === 0 ? 1 : compareFractions(current[i], current[best[0]]);
      if (order > 0) best = [i];
      else if (order === 0) best.push(i);
    }
    if (best.length > remaining) {
      for (const i of best) tied[i] = true;
      return { seats: won, tied, byLot: remaining };
    }
    for (const i of best) {
      won[i]++;
      current[i] = comparisonNumber(votes[i], won[i], rules);
    }
    remaining -= best.length;
  }
  return { seats: won, tied, byLot: 0 };
}
