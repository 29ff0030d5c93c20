// Generates the literal top-level function declarations (with JSDoc) that Apps Script needs, from the registry.
import type { EntryPoint } from "../src/entry/entry-point";

/** The global the bundle assigns (`var PlanAddOn = …`), through which every stub calls its handler. */
export const BUNDLE_GLOBAL = "PlanAddOn";

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function jsDocLine(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim();
}

/** Checks the rules Apps Script imposes on names and custom functions; throws on the first violation. */
export function checkEntryPoints(points: readonly EntryPoint[]): void {
  const seen = new Set<string>();
  for (const point of points) {
    if (!IDENTIFIER.test(point.name)) throw new Error(`Entry point name is not an identifier: ${point.name}`);
    if (seen.has(point.name)) throw new Error(`Entry point listed twice: ${point.name}`);
    seen.add(point.name);
    if (point.kind === "custom-function") {
      if (point.name.endsWith("_"))
        throw new Error(`Custom function names may not end in "_": ${point.name}`);
      if (!point.returns) throw new Error(`Custom function ${point.name} needs a documented return value`);
      if (!point.summary.trim()) throw new Error(`Custom function ${point.name} needs a summary`);
    }
    for (const param of point.params) {
      if (!IDENTIFIER.test(param.name)) throw new Error(`Bad parameter name ${param.name} in ${point.name}`);
    }
  }
}

/** One stub: JSDoc block directly above `function NAME(params) { return PlanAddOn.call("NAME", arguments); }`. */
export function stubFor(point: EntryPoint): string {
  const lines = ["/**", ` * ${jsDocLine(point.summary)}`];
  if (point.params.length > 0 || point.returns) lines.push(" *");
  for (const param of point.params) {
    const optional = param.optional ? " (optional)" : "";
    lines.push(` * @param {${param.type}} ${param.name} ${jsDocLine(param.description)}${optional}`);
  }
  if (point.returns) lines.push(` * @return {${point.returns.type}} ${jsDocLine(point.returns.description)}`);
  if (point.kind === "custom-function") lines.push(" * @customfunction");
  lines.push(" */");
  const params = point.params.map((param) => param.name).join(", ");
  lines.push(`function ${point.name}(${params}) {`);
  lines.push(`  return ${BUNDLE_GLOBAL}.call(${JSON.stringify(point.name)}, arguments);`);
  lines.push("}");
  return lines.join("\n");
}

/** All stubs, in registry order. */
export function stubsFor(points: readonly EntryPoint[]): string {
  checkEntryPoints(points);
  return points.map(stubFor).join("\n\n");
}
