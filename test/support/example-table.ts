// The real plan table from shared/examples, as activity rows ready to write into the Activities tab.
import { readFileSync } from "node:fs";
import { parseActivityTable } from "../../src/core/activity-table";
import { formatTerm } from "../../src/core/terms";

export const EXAMPLE_TABLE = readFileSync(
  new URL("../../../shared/examples/activity-table-2024.txt", import.meta.url),
  "utf8",
);

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
