// Bundle entry: exposes the registry to the generated top-level stubs as the global `PlanAddOn`.
import { invokeEntry } from "./entry-point";
import { ENTRY_POINTS } from "./registry";

const byName = new Map(ENTRY_POINTS.map((point) => [point.name, point]));

/** Runs the named entry point; the generated stub for NAME calls `PlanAddOn.call("NAME", arguments)`. */
export function call(name: string, args: ArrayLike<unknown>): unknown {
  const point = byName.get(name);
  if (!point) throw new Error(`Unknown entry point: ${name}`);
  return invokeEntry(point, args);
}
