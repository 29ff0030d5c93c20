// The three layers are enforced, not just claimed: the core type-checks without Apps Script or DOM types, and lint
// refuses a core file that imports the adapter, the entry points or the sidebar, or touches an Apps Script global.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CORE = path.join(ROOT, "src/core");

/** Diagnostics of the core's own tsconfig, with `extra` added as one more core file (never written to disk). */
function coreDiagnostics(extra?: { name: string; text: string }): string[] {
  const configFile = ts.readConfigFile(path.join(ROOT, "tsconfig.core.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const probePath = extra ? path.join(CORE, extra.name) : "";
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (extra && path.resolve(file) === probePath ? extra.text : readFile(file));
  host.fileExists = (file) => (extra && path.resolve(file) === probePath) || fileExists(file);
  const roots = extra ? [...parsed.fileNames, probePath] : parsed.fileNames;
  const program = ts.createProgram(roots, parsed.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** Biome's verdict on a would-be core file: the project's biome.json over a temp folder holding only that file. */
function lintAsCore(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "core-lint-"));
  try {
    copyFileSync(path.join(ROOT, "biome.json"), path.join(dir, "biome.json"));
    const file = path.join(dir, "src/core", name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    const biome = path.join(ROOT, "node_modules/.bin/biome");
    const run = spawnSync(biome, ["lint", "--vcs-enabled=false", "src"], { cwd: dir, encoding: "utf8" });
    return `${run.stdout}\n${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the pure domain core", () => {
  it("type-checks on its own, with neither Apps Script nor DOM types", () => {
    expect(coreDiagnostics()).toEqual([]);
  });

  it("does not compile a core file that calls SpreadsheetApp or the DOM", () => {
    const apps = coreDiagnostics({
      name: "calendar/probe.ts",
      text: "export const s = SpreadsheetApp.getActive();\n",
    });
    expect(apps.join("\n")).toMatch(/Cannot find name 'SpreadsheetApp'/);
    const dom = coreDiagnostics({ name: "calendar/probe.ts", text: "export const d = document.title;\n" });
    expect(dom.join("\n")).toMatch(/Cannot find name 'document'/);
  });

  it("lint refuses a core file that imports the adapter, the entry points or the sidebar", () => {
    for (const layer of ["sheets/locale", "entry/registry", "sidebar/main"]) {
      const out = lintAsCore("plan/probe.ts", `import { x } from "../../${layer}";\nexport const y = x;\n`);
      expect(out, layer).toMatch(/noRestrictedImports/);
    }
    const inside = lintAsCore(
      "plan/probe.ts",
      'import { t } from "../i18n/messages";\nexport const y = t;\n',
    );
    expect(inside).not.toMatch(/noRestrictedImports/);
  });

  it("lint refuses Apps Script globals in the core", () => {
    expect(lintAsCore("plan/probe.ts", "export const s = SpreadsheetApp.getActive();\n")).toMatch(
      /noRestrictedGlobals/,
    );
  });

  it("is grouped by concept: no loose files, no folder of more than a dozen, no name used twice", () => {
    const entries = readdirSync(CORE, { withFileTypes: true });
    expect(entries.filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
    const seen = new Map<string, string>();
    for (const folder of entries.filter((e) => e.isDirectory())) {
      const files = readdirSync(path.join(CORE, folder.name)).filter((f) => f.endsWith(".ts"));
      expect(files.length, folder.name).toBeLessThanOrEqual(12);
      for (const file of files) {
        expect(seen.get(file), `${folder.name}/${file}`).toBeUndefined();
        seen.set(file, folder.name);
      }
    }
  });
});
