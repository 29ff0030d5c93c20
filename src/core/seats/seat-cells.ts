// The cells of SEATS, VOTES_FOR_SEATS and SHARE_FOR_SEATS: a column of votes in, seats or what a seat goal needs out.
import { isBlankCell, readNumber, showValue } from "../cells/cell-values";
import { type Grid, mapCells } from "../cells/range-shape";
import { PlanError } from "../i18n/errors";
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { EMPTY } from "../targets/formula-cells";
import { type Allocation, type AllocationRules, allocate } from "./allocation";
import { powerOfTen, ZERO } from "./exact";
import { layOut, readRules, readSeatCount, readVotes, type VoteColumn } from "./seat-inputs";
import { extraVotesFor } from "./votes-needed";

/** A SEATS cell: the seats won, text such as "3–4 (lott)" for a party in a tie the lot decides, or empty. */
export type SeatCell = number | string;

/** The allocation, or the reason none can be made. */
function allocated(column: VoteColumn, seats: number, rules: AllocationRules): Allocation {
  const result = allocate(column.units, seats, rules);
  if (result) return result;
  throw new PlanError(column.units.some((v) => v > ZERO) ? "errorNoPartyPassesThreshold" : "errorNoVotes");
}

/** SEATS: each row's seats by jämkade uddatalsmetoden, laid out as the votes came in. */
export function seatsCells(
  language: () => Language,
  votes: unknown,
  seats: unknown,
  threshold: unknown,
  firstDivisor: unknown,
): SeatCell | Grid<SeatCell> {
  const column = readVotes(votes);
  const result = allocated(column, readSeatCount(seats, "seats"), readRules(threshold, firstDivisor));
  const cells = column.units.map((_, i): SeatCell => {
    if (column.blank[i]) return EMPTY;
    const won = result.seats[i];
    return result.tied[i] ? t(language(), "seatsByLot", { seats: won, more: won + 1 }) : won;
  });
  return layOut(cells, column.layout);
}

/** Vote units fine enough for a least amount: whole votes stay whole; decimals and shares get a billionth of the total. */
function finer(column: VoteColumn): VoteColumn {
  if (column.decimals === 0) return column;
  const total = column.units.reduce((sum, v) => sum + v, ZERO);
  let extra = 0;
  while (total > ZERO && total * powerOfTen(extra) < powerOfTen(9)) extra++;
  const scale = powerOfTen(extra);
  return { ...column, units: column.units.map((v) => v * scale), decimals: column.decimals + extra };
}

/** units / 10^decimals as a number Sheets can show, read from its decimal text (exact up to float precision). */
function toNumber(units: bigint, decimals: number): number {
  const value = Number(`${units}e-${decimals}`);
  if (!Number.isFinite(value)) throw new PlanError("errorNotComputable");
  return value;
}

/** a / b as a number, for b > 0, without first turning huge BigInts into Infinity. */
function ratio(a: bigint, b: bigint): number {
  const digits = 15;
  return Number((a * powerOfTen(digits)) / b) / 10 ** digits;
}

type GoalResult = "votes" | "share";

/**
 * VOTES_FOR_SEATS and SHARE_FOR_SEATS: per party row and seats wanted (single cells or ranges of the same
 * shape), the extra votes the party needs, or the vote share it then has of all votes.
 */
export function seatGoalCells(
  result: GoalResult,
  votes: unknown,
  partyRow: unknown,
  seatsWanted: unknown,
  seats: unknown,
  threshold: unknown,
  firstDivisor: unknown,
): number | typeof EMPTY | Grid<number | typeof EMPTY> {
  const column = finer(readVotes(votes));
  const total = readSeatCount(seats, "seats");
  const rules = readRules(threshold, firstDivisor);
  const count = column.units.length;
  return mapCells(
    [partyRow, seatsWanted],
    (rowCell, wantedCell) => {
      const row = readNumber(rowCell, "party_row");
      if (row.kind === "blank") return EMPTY;
      if (!Number.isInteger(row.value) || row.value < 1 || row.value > count) {
        throw new PlanError("errorPartyRowOutOfRange", { count, value: showValue(row.value) });
      }
      if (isBlankCell(wantedCell)) return EMPTY;
      const w = readSeatCount(wantedCell, "seats_wanted");
      if (w > total) throw new PlanError("errorSeatsWantedTooMany", { wanted: w, seats: total });
      const party = row.value - 1;
      const extra = extraVotesFor(column.units, party, w, total, rules);
      if (result === "votes") return toNumber(extra, column.decimals);
      const all = column.units.reduce((sum, v) => sum + v, ZERO) + extra;
      return all === ZERO ? 0 : ratio(column.units[party] + extra, all);
    },
    ["party_row", "seats_wanted"],
  );
}
