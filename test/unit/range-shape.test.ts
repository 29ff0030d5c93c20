// Single cell or whole range in, same shape out: broadcasting, shape errors, flattening.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  commonShape,
  flatMapCells,
  flattenCells,
  mapCells,
  shapeOf,
  singleCell,
} from "../../src/core/cells/range-shape";
import { PlanError } from "../../src/core/i18n/errors";

const add = (...cells: unknown[]) => cells.reduce<number>((sum, cell) => sum + Number(cell), 0);

function errorOf(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("shapeOf", () => {
  it("is null for single values and rows × columns for ranges", () => {
    expect(shapeOf(5, "x")).toBeNull();
    expect(shapeOf("", "x")).toBeNull();
    expect(shapeOf([[1, 2, 3]], "x")).toEqual({ rows: 1, cols: 3 });
    expect(shapeOf([[1], [2]], "x")).toEqual({ rows: 2, cols: 1 });
  });

  it("rejects empty, ragged, one-dimensional and three-dimensional arrays", () => {
    for (const bad of [[], [[]], [1, 2], [[1], [2, 3]], [[[1]]], [[1], 2]]) {
      const error = errorOf(() => shapeOf(bad, "base"));
      expect(error.key).toBe("errorNotARange");
      expect(error.vars).toEqual({ name: "base" });
    }
  });

  it("accepts arrays from another realm", () => {
    const foreign = runInNewContext("[[1], [2], [3]]");
    // biome-ignore lint/suspicious/useIsArray: the point is that instanceof fails across realms.
    expect(foreign instanceof Array).toBe(false);
    expect(shapeOf(foreign, "x")).toEqual({ rows: 3, cols: 1 });
    expect(mapCells([foreign, 1], add)).toEqual([[2], [3], [4]]);
  });
});

describe("mapCells", () => {
  it("gives a single value for single values", () => {
    expect(mapCells([1, 2], add)).toBe(3);
    expect(mapCells([], () => "none")).toBe("none");
  });

  it("broadcasts single values and 1×1 ranges over a range", () => {
    expect(mapCells([[[1], [2], [3]], 10], add)).toEqual([[11], [12], [13]]);
    expect(mapCells([[[1, 2]], [[10]]], add)).toEqual([[11, 12]]);
    expect(mapCells([[[1]], 10], add)).toEqual([[11]]);
  });

  it("pairs cells of ranges of the same shape", () => {
    expect(
      mapCells(
        [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [10, 20],
            [30, 40],
          ],
        ],
        add,
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it("names both arguments when range sizes differ", () => {
    const error = errorOf(() => mapCells([[[1], [2]], 5, [[1], [2], [3]]], add, ["target", "x", "current"]));
    expect(error.key).toBe("errorRangeSizesDiffer");
    expect(error.vars).toEqual({ first: "target", firstSize: "2×1", second: "current", secondSize: "3×1" });
    expect(errorOf(() => commonShape([[[1, 2]], [[1], [2]]])).key).toBe("errorRangeSizesDiffer");
  });
});

describe("flatMapCells", () => {
  it("lays each cell's values side by side", () => {
    const pair = (cell: unknown) => [cell, Number(cell) * 2];
    expect(flatMapCells([5], pair)).toEqual([[5, 10]]);
    expect(flatMapCells([[[1], [2], [3]]], pair)).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(flatMapCells([[[1, 2]]], pair)).toEqual([[1, 2, 2, 4]]);
  });
});

describe("flattenCells and singleCell", () => {
  it("flattens row by row", () => {
    expect(
      flattenCells(
        [
          [1, 2],
          [3, 4],
        ],
        "x",
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(flattenCells("a", "x")).toEqual(["a"]);
  });

  it("unwraps a 1×1 range and rejects bigger ones", () => {
    expect(singleCell([["Ny i C"]], "pattern")).toBe("Ny i C");
    expect(singleCell("Ny i C", "pattern")).toBe("Ny i C");
    expect(errorOf(() => singleCell([["a"], ["b"]], "pattern")).key).toBe("errorSingleCellExpected");
  });
});
