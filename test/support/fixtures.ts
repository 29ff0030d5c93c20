// The repository's own copies of real-shaped plan input (test/fixtures/), read as text for tests and tools.
import { readFileSync } from "node:fs";

/** The text of a file in test/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
}

/** A real plan's activity table for 2024, tab-separated as it arrives when pasted from the document. */
export const ACTIVITY_TABLE_2024 = fixture("activity-table-2024.txt");

/** A made-up verksamhetsplan in the shape real ones have: goals, meetings, membership, terms, board. */
export const PLAN_DOCUMENT_EXAMPLE = fixture("plan-document-example.txt");
