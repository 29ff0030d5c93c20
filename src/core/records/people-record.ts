// One row of the People tab (columns found by header): a role, a name and how to reach them.
import { cellString } from "../cells/cell-text";
import type { ColumnId } from "../layout/columns";
import type { PEOPLE_TAB } from "../layout/tabs";
import { bodyRows, cellAt, type TabGrid } from "./tab-grid";

export type PeopleGrid = TabGrid<typeof PEOPLE_TAB>;
export type PersonColumn = ColumnId<typeof PEOPLE_TAB>;

export interface Person {
  /** 1-based row on the People tab. */
  readonly row: number;
  readonly role: string;
  readonly name: string;
  readonly contact: string;
}

/** Every row with a role or a name, in row order. */
export function readPeople(grid: PeopleGrid): Person[] {
  return bodyRows(grid).flatMap((row) => {
    const role = cellString(cellAt(grid, row, "role"));
    const name = cellString(cellAt(grid, row, "name"));
    if (role === "" && name === "") return [];
    return [{ row, role, name, contact: cellString(cellAt(grid, row, "contact")) }];
  });
}
