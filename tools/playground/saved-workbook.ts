// Which workbook the playground opens: --in, --empty, --fresh, the saved one, or the example. A saved workbook is
// never thrown away: one that is replaced or cannot be fully read is kept beside it under a dated name.
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { EmulatorSnapshot } from "../../test/emulator/index";
import type { WorkbookSource } from "../workbook-session";

export interface OpeningChoice {
  /** .xlsx to open instead of the saved workbook or the example. */
  input?: string;
  /** Start on an empty workbook. */
  empty?: boolean;
  /** Start over from the example. */
  fresh?: boolean;
  saveFile: string;
}

export interface Opening {
  source: WorkbookSource;
  /** How the workbook was opened, for the start-up line. */
  origin: string;
  /** What the user should be told, one line each. */
  notes: string[];
}

/** Copies the saved workbook to "<name>-<date and time>.json" beside it; returns that path. */
export function keepAside(saveFile: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, "-");
  const kept = path.join(path.dirname(saveFile), `${path.basename(saveFile, ".json")}-${stamp}.json`);
  copyFileSync(saveFile, kept);
  return kept;
}

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];

export function chooseOpening(choice: OpeningChoice): Opening {
  const hasSave = existsSync(choice.saveFile);
  if (choice.input) return { source: { kind: "xlsx", file: choice.input }, origin: choice.input, notes: [] };
  if (choice.empty || choice.fresh || !hasSave) {
    const notes = hasSave ? [`The workbook you had is kept as ${keepAside(choice.saveFile)}.`] : [];
    return choice.empty
      ? { source: { kind: "empty" }, origin: "an empty workbook", notes }
      : { source: { kind: "example" }, origin: "the example plan", notes };
  }
  try {
    const snapshot = JSON.parse(readFileSync(choice.saveFile, "utf8")) as EmulatorSnapshot;
    return { source: { kind: "snapshot", snapshot }, origin: choice.saveFile, notes: [] };
  } catch (error) {
    const kept = keepAside(choice.saveFile);
    return {
      source: { kind: "example" },
      origin: "the example plan",
      notes: [
        `The saved workbook ${choice.saveFile} could not be read (${oneLine(error)}). It is kept, as it was, in ` +
          `${kept}; the playground opened the example plan.`,
      ],
    };
  }
}

/** The note for a saved workbook that opened with parts missing. */
export function partlyRestored(problems: readonly string[], kept: string): string {
  return (
    `Some of the saved workbook could not be restored: ${problems.join("; ")}. Everything else is here. The file ` +
    `as it was is kept in ${kept}.`
  );
}
