// The real 2024 plan table (test/fixtures), as activity rows ready to write into the Activities tab.

import { formatTerm } from "../../src/core/calendar/terms";
import { parseActivityTable } from "../../src/core/import/activity-table";

import { ACTIVITY_TABLE_2024 } from "./fixtures";

export const EXAMPLE_TABLE = ACTIVITY_TABLE_2024;

/** Term, När, Start, End, Vad, Målgrupp, Ansvarig, Klar, Mål — Start/End left for the add-on to fill. */
export function exampleActivityRows(): unknown[][] {
  return parseActivityTable(EXAMPLE_TABLE).rows.map((row) => [
    row.term ? formatTerm(row.term) : "",
    row.when,
    "",
    "",
    row.what,
    row.targetGroup,
    row.owner,
    row.done,
    "",
  ]);
}
