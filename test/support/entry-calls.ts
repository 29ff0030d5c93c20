// Calling custom functions through their registry entries in unit tests, and reading the message they fail with.
import { expect } from "vitest";
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
