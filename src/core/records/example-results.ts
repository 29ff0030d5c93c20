// The example plan's seat goal for one kommun and the election result behind it: made-up figures, said so.
import type { ColumnId } from "../layout/columns";
import type { RESULTS_TAB } from "../layout/tabs";
import type { NewRow } from "./new-activity";

/**
 * The seat goal the result belongs to. Exempelkommun does not exist: its figures are invented (realistic in size
 * for a kommun of some 40 000 inhabitants), because no real kommun's 2022 figures could be checked against
 * Valmyndigheten here. A user replaces them with their kommun's figures from val.se.
 */
export const GOAL_KOMMUN_SEATS = "Minst 5 mandat i kommunvalet 2026 i Exempelkommun";

/** Seats in Exempelkommun's kommunfullmäktige, and its threshold: 2 %, the kommun being one constituency. */
export const EXEMPELKOMMUN_SEATS = 41;
export const EXEMPELKOMMUN_THRESHOLD = 0.02;

const SOURCE = "Påhittade siffror: Exempelkommun finns inte. Hämta din kommuns från Valmyndigheten, val.se.";

/** Kommunval 2022 in Exempelkommun (invented): party, votes; C is the goal's own party. */
export const EXEMPELKOMMUN_2022: readonly (readonly [string, number])[] = [
  ["S", 9412],
  ["M", 6873],
  ["SD", 5205],
  ["C", 2650],
  ["V", 1902],
  ["KD", 1388],
  ["L", 1120],
  ["MP", 905],
  ["Lokalpartiet", 412],
];

export type ResultColumn = ColumnId<typeof RESULTS_TAB>;

/** The Election results tab's rows: seats, threshold and source on the goal's first row. */
export function exampleResultRows(): NewRow<ResultColumn>[] {
  return EXEMPELKOMMUN_2022.map(([party, votes], i) => ({
    goal: GOAL_KOMMUN_SEATS,
    party,
    votes,
    ours: party === "C",
    ...(i === 0 ? { seats: EXEMPELKOMMUN_SEATS, threshold: EXEMPELKOMMUN_THRESHOLD, source: SOURCE } : {}),
  }));
}
