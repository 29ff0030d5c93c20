// The fidelity ledger (FIDELITY.md) keeps up with the bundle: every Apps Script method build/Code.js calls, and every
// call its menu items, sidebar calls, triggers and custom functions make in the emulator, has a line there, and every
// test the ledger names exists.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABLE } from "../support/example-table";
import { workbook } from "../support/workbook";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LEDGER = readFileSync(path.join(ROOT, "test/emulator/FIDELITY.md"), "utf8");
const BUNDLE = readFileSync(path.join(ROOT, "build/Code.js"), "utf8");
/** The services the emulator provides, as @types/google-apps-script declares them. */
const SERVICES = [
  "base",
  "cache",
  "charts",
  "html",
  "lock",
  "properties",
  "spreadsheet",
  "utilities",
  "script",
];

/** `Class.method` names the ledger writes in code spans. */
const ledgerCalls = new Set([...LEDGER.matchAll(/`([A-Z]\w*)\.(\w+)`/g)].map((m) => `${m[1]}.${m[2]}`));
const ledgerMethods = new Set([...ledgerCalls].map((call) => call.slice(call.indexOf(".") + 1)));

/** Method names of the provided services' interfaces. */
function appsScriptMethods(): Set<string> {
  const dir = path.join(ROOT, "node_modules/@types/google-apps-script");
  const names = new Set<string>();
  for (const service of SERVICES) {
    const text = readFileSync(path.join(dir, `google-apps-script.${service}.d.ts`), "utf8");
    for (const m of text.matchAll(/^\s+(\w+)\(/gm)) names.add(m[1]);
  }
  return names;
}

/** Names JavaScript itself has on its built-in objects: a call of one may be the language's, not Apps Script's. */
function languageMethods(): Set<string> {
  const owners: object[] = [Array, Array.prototype, Map.prototype, Set.prototype, WeakMap.prototype, String];
  owners.push(
    String.prototype,
    Date,
    Date.prototype,
    Object,
    Object.prototype,
    Number,
    Number.prototype,
    JSON,
  );
  owners.push(Math, Promise.prototype, RegExp.prototype, Function.prototype, Reflect, console);
  owners.push(Intl.DateTimeFormat.prototype, Intl.NumberFormat.prototype);
  return new Set(owners.flatMap((owner) => Object.getOwnPropertyNames(owner)));
}

/** Apps Script methods the bundle's text calls, leaving out names the language also has (the run below finds those). */
function bundleMethods(): string[] {
  const apps = appsScriptMethods();
  const language = languageMethods();
  const called = new Set([...BUNDLE.matchAll(/\.(\w+)\(/g)].map((m) => m[1]));
  return [...called].filter((name) => apps.has(name) && !language.has(name)).sort();
}

/** Every "Class.method" the bundle calls while a user sets up, fills, checks and edits a plan. */
function callsInUse(): string[] {
  const wb = workbook({ now: "2025-12-15" });
  const fresh = () => wb.load();
  wb.emu.open(fresh(), { authMode: "NONE" });
  wb.emu.open(fresh());
  for (const command of [
    "setUpPlan",
    "insertExamplePlan",
    "generateTermTimeline",
    "validatePlan",
    "showSidebar",
  ])
    fresh()[command]();
  const sidebar: [string, unknown[]][] = [
    ["getDashboard", []],
    ["getPlanProblems", []],
    ["takeSidebarView", []],
    ["selectCell", [{ tab: "goals", row: 2, column: 1 }]],
    ["addActivity", [{ term: "VT 2026", when: "nov", what: "Ledarträff", targetGroup: "", owner: "DS" }]],
    ["importActivityTable", [EXAMPLE_TABLE, { preview: true }]],
    ["importActivityTable", [EXAMPLE_TABLE]],
    ["markDoneBefore", ["2025-12-01", { preview: true }]],
    ["markDoneBefore", ["2025-12-01"]],
  ];
  for (const [name, args] of sidebar)
    expect(wb.emu.runFromSidebar(fresh(), name, args)).toMatchObject({ ok: true });
  wb.emu.userEdit(fresh(), "Aktiviteter", "B2", "Ca. feb");
  wb.emu.userEdit(fresh(), "Aktiviteter", "A2", "HT 2026");
  wb.emu.userEdit(fresh(), "Mål", "B2", "aktiviteter");
  wb.emu.userEdit(fresh(), "Medlemmar", "E3", "15%");
  return Object.keys(wb.emu.calls.snapshot()).filter((call) => !call.startsWith("CustomFunction."));
}

describe("FIDELITY.md", () => {
  it("has a line for every Apps Script method build/Code.js calls", () => {
    const methods = bundleMethods();
    expect(methods.length).toBeGreaterThan(60);
    expect(methods.filter((name) => !ledgerMethods.has(name))).toEqual([]);
  });

  it("has a line for every call the bundle makes in use: menus, sidebar calls, triggers, custom functions", () => {
    const calls = callsInUse();
    expect(calls.length).toBeGreaterThan(60);
    expect(calls).toContain("Ui.showSidebar");
    expect(calls.filter((call) => !ledgerCalls.has(call))).toEqual([]);
  }, 60_000);

  it("names only tests that exist, and each behaviour its reference page", () => {
    const tests = [...LEDGER.matchAll(/\b((?:test\/)?[\w/-]+\.test\.ts)\b/g)].map((m) => m[1]);
    expect(tests.length).toBeGreaterThan(20);
    const missing = tests.filter(
      (file) => !existsSync(path.join(ROOT, file)) && !existsSync(path.join(ROOT, "test/emulator", file)),
    );
    expect(missing).toEqual([]);
    const behaviours = LEDGER.split("\n").filter(
      (line) => line.startsWith("| ") && line.includes(".test.ts"),
    );
    expect(behaviours.filter((line) => !/https:\/\/(developers|support)\.google\.com\//.test(line))).toEqual(
      [],
    );
  });

  it("finds a method it does not list, and one the language also has is left to the run", () => {
    expect(ledgerMethods.has("setValues")).toBe(true);
    expect(ledgerMethods.has("getSheetByNameSoon")).toBe(false);
    expect(languageMethods().has("sort")).toBe(true);
    expect(appsScriptMethods().has("sort")).toBe(true);
  });
});
