// Calling custom functions through their registry entries in unit tests, and reading the message they fail with.
import { expect } from "vitest";
import { ELECTION_FUNCTION_DOCS } from "../../src/core/functions/election-docs";
import { CUSTOM_FUNCTION_ENTRIES } from "../../src/entry/custom-functions";
import { type EntryPoint, invokeEntry } from "../../src/entry/entry-point";

/** call(name, ...args): runs the named entry of `points` as Apps Script would, with those arguments. */
export function callerOf(points: readonly EntryPoint[]): (name: string, ...args: unknown[]) => unknown {
  return (name, ...args) => {
    const point = points.find((p) => p.name === name);
    if (!point) throw new Error(`No custom function ${name}`);
    return invokeEntry(point, args);
  };
}

/** The message `run` fails with, checking it is an Error and never a TypeError; fails the test if it returns. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

/** The election functions' entries, as the registry lists them (the catalogue's election part). */
export function electionEntries(): readonly EntryPoint[] {
  return CUSTOM_FUNCTION_ENTRIES.filter((point) => Object.hasOwn(ELECTION_FUNCTION_DOCS, point.name));
}

/** A Date a custom function returned, as the calendar date it shows in the (test's) spreadsheet zone. */
export function isoOfDate(value: unknown): string {
  const date = value as Date;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
