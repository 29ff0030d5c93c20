// The emulator is a test double with a public API: tools and tests outside test/emulator import only its index.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const EMULATOR = path.join(ROOT, "test/emulator");
const INDEX = path.join(EMULATOR, "index.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "node_modules" ? [] : sourceFiles(file);
    return /\.(ts|mts|js)$/.test(name) ? [file] : [];
  });
}

/** Every module `text` (the source of `file`) imports or re-exports, static or dynamic, resolved when relative. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/g),
    ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...text.matchAll(/\bimport\s*["']([^"']+)["']/g),
  ].map((m) => m[1]);
  return specifiers.map((s) => (s.startsWith(".") ? path.resolve(path.dirname(file), s) : s));
}

/** Files outside test/emulator that reach into it past index.ts: "file → import". */
function violations(files: readonly { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    importsOf(file, text)
      .filter((target) => target.startsWith(`${EMULATOR}${path.sep}`))
      .filter((target) => target.replace(/\.ts$/, "") !== INDEX.replace(/\.ts$/, ""))
      .map((target) => `${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`),
  );
}

describe("the emulator's public API", () => {
  const outside = [...sourceFiles(path.join(ROOT, "tools")), ...sourceFiles(path.join(ROOT, "test"))]
    .filter((file) => !file.startsWith(`${EMULATOR}${path.sep}`))
    .map((file) => ({ file, text: readFileSync(file, "utf8") }));

  it("is the only part of test/emulator that tools and other tests import", () => {
    expect(outside.length).toBeGreaterThan(20);
    expect(outside.filter(({ text }) => text.includes("emulator/index")).length).toBeGreaterThan(3);
    expect(violations(outside)).toEqual([]);
  });

  it("reports an import past the index, static, re-exported or dynamic, and lets the index through", () => {
    const file = path.join(ROOT, "tools/probe.ts");
    const text = [
      'import { parseA1 } from "../test/emulator/a1";',
      'export type { RangeImpl } from "../test/emulator/range";',
      'const ui = await import("../test/emulator/services/ui");',
      'import { createEmulator } from "../test/emulator/index";',
    ].join("\n");
    expect(violations([{ file, text }])).toEqual([
      "tools/probe.ts → test/emulator/a1",
      "tools/probe.ts → test/emulator/range",
      "tools/probe.ts → test/emulator/services/ui",
    ]);
  });
});
