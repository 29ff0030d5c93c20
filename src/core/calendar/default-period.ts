// The plan period a new plan gets: from the term it is set up in through the term of the next general election.
import type { IsoDate } from "./dates";
import { type ElectionOverride, nextGeneralElection } from "./elections";
import { type Term, termOf } from "./terms";

/**
 * "Up to the next general election" (issue 14) read as whole terms, the unit a plan period is written in:
 * - first: the term the plan is set up in, since a board plans from where it stands;
 * - last: the term that holds the next general election day. The day falls on 8–14 September, so that is the
 *   HT of the election year: it holds the campaign's last weeks and election day itself, and the councils' new
 *   term starts in it too (15 October, DOMAIN.md). A period ending the VT before would stop short of the election.
 * An election on the very day counts as the next one (nextGeneralElection), so a plan set up on election day ends
 * that term; one set up the day after runs to the next election, four years on. Set up on 2026-12-02: HT 2026 –
 * HT 2030 (the 2030 election is on 8 September).
 */
export function defaultPlanPeriod(
  today: IsoDate,
  overrides: readonly ElectionOverride[] = [],
): { first: Term; last: Term } {
  return { first: termOf(today), last: termOf(nextGeneralElection(today, overrides).date) };
}
