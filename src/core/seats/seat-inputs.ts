// Reads the seat functions' arguments from cells: a column of votes, seat counts, threshold and first divisor.
import { isBlankCell, parseNumberText, readNumber, readPercent, showValue } from "../cells/cell-values";
import { type Grid, shapeOf, singleCell } from "../cells/range-shape";
import { PlanError } from "../i18n/errors";
import type { AllocationRules } from "./allocation";
import { commonScale, fractionOf } from "./exact";

/** Far above any Swedish assembly (riksdag 349, EU Parliament 720) and cheap enough to allocate in a cell. */
const MAX_SEATS = 1000;
/** The first divisor of jämkade uddatalsmetoden since the 2018 elections (1.4 before). */
const DEFAULT_FIRST_DIVISOR = 1.2;

/** How a result lies in the sheet: as the votes came, one cell, down a column or along a row. */
export type Layout = "single" | "column" | "row";

export interface VoteColumn {
  /** Each row's votes, exactly, in whole units of 10^-decimals votes; a blank row has 0. */
  readonly units: readonly bigint[];
  readonly decimals: number;
  /** Rows left blank: no party there, and an empty result. */
  readonly blank: readonly boolean[];
  readonly layout: Layout;
}

/** One cell of votes: a number or numeric text, 0 or more; null when blank. */
function voteCount(cell: unknown, row: number): number | null {
  if (isBlankCell(cell)) return null;
  const votes = typeof cell === "number" ? cell : typeof cell === "string" ? parseNumberText(cell) : null;
  if (votes === null || !Number.isFinite(votes) || votes < 0) {
    throw new PlanError("errorVoteNotCount", { row, value: showValue(cell) });
  }
  return votes;
}

/** The votes argument: one cell, or one column (or row) of votes per party. */
export function readVotes(value: unknown): VoteColumn {
  const shape = shapeOf(value, "votes");
  if (shape && shape.rows > 1 && shape.cols > 1) throw new PlanError("errorVotesNotColumn");
  const cells: unknown[] = shape ? (value as unknown[][]).flat() : [value];
  const counts = cells.map((cell, i) => voteCount(cell, i + 1));
  const { scaled, decimals } = commonScale(counts.map((c) => c ?? 0));
  const layout: Layout = !shape ? "single" : shape.cols > 1 ? "row" : "column";
  return { units: scaled, decimals, blank: counts.map((c) => c === null), layout };
}

/** Results laid out as the votes came in. */
export function layOut<T>(cells: readonly T[], layout: Layout): T | Grid<T> {
  if (layout === "single") return cells[0];
  return layout === "row" ? [[...cells]] : cells.map((cell) => [cell]);
}

/** A whole number of seats from 0 to `max` in one cell; required. */
export function readSeatCount(value: unknown, name: string, max = MAX_SEATS): number {
  const cell = readNumber(singleCell(value, name), name);
  if (cell.kind === "blank") throw new PlanError("errorCellRequired", { name });
  if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value > max) {
    throw new PlanError("errorSeatsNotCount", { name, max, value: showValue(cell.value) });
  }
  return cell.value;
}

/** The threshold (a share from 0 up to, not including, 100 %; blank = none) and first divisor (blank = 1.2). */
export function readRules(threshold: unknown, firstDivisor: unknown): AllocationRules {
  const share = readPercent(singleCell(threshold, "threshold"), "threshold");
  const t = share.kind === "blank" ? 0 : share.value;
  if (t < 0 || t >= 1) {
    throw new PlanError("errorThresholdOutOfRange", { value: `${Number((t * 100).toPrecision(12))} %` });
  }
  const divisor = readNumber(singleCell(firstDivisor, "first_divisor"), "first_divisor");
  const f = divisor.kind === "blank" ? DEFAULT_FIRST_DIVISOR : divisor.value;
  if (f < 1 || f >= 3) throw new PlanError("errorFirstDivisorOutOfRange", { value: showValue(f) });
  return { threshold: fractionOf(t), firstDivisor: fractionOf(f) };
}
