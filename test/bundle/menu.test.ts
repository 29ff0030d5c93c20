// onOpen in the emulator builds the add-on menu, in Swedish for Swedish locales and English otherwise.

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_DIR } from "../support/product";
import { workbook } from "../support/workbook";

const ENGLISH = [
  "Set up plan",
  "Generate term timeline",
  "Validate plan",
  "Open sidebar",
  "Insert example plan",
];
const HANDLERS = ["setUpPlan", "generateTermTimeline", "validatePlan", "showSidebar", "insertExamplePlan"];

describe("onOpen", () => {
  it("adds the English menu with every command, each bound to its global handler", () => {
    const wb = workbook({ locale: "en_US" });
    wb.emu.open(wb.ctx);
    expect(wb.emu.ui.menus).toHaveLength(1);
    const menu = wb.emu.ui.menus[0];
    expect(menu.title).toBe("Activity plan");
    const items = menu.items.flatMap((item) => ("label" in item ? [item] : []));
    expect(items.map((i) => i.label)).toEqual(ENGLISH);
    expect(items.map((i) => i.functionName)).toEqual(HANDLERS);
    for (const name of HANDLERS) expect(typeof wb.ctx[name]).toBe("function");
  });

  it.each(["sv", "sv_SE"])("is Swedish in the %s locale", (locale) => {
    const wb = workbook({ locale });
    wb.emu.open(wb.ctx);
    const menu = wb.emu.ui.menus[0];
    expect(menu.title).toBe("Verksamhetsplan");
    const labels = menu.items.flatMap((item) => ("label" in item ? [item.label] : []));
    expect(labels).toContain("Skapa tidslinje för terminerna");
    expect(labels).toHaveLength(5);
    expect(labels.some((l) => ENGLISH.includes(l))).toBe(false);
  });

  it("falls back to the user's locale in AuthMode.NONE, without reading the file, under Extensions as an add-on", () => {
    const wb = workbook({ locale: "sv_SE" });
    wb.emu.calls.reset();
    wb.emu.open(wb.ctx, { authMode: "NONE" }); // Sheets runs it as a simple trigger in NONE: no file access
    expect(wb.emu.calls.count("Spreadsheet.getSpreadsheetLocale")).toBe(0);
    expect(wb.emu.ui.menus).toHaveLength(1);
    expect(wb.emu.ui.menus[0].addon).toBe(true);
  });

  it("is a top-level menu in a bound script, and an Extensions menu when built with --add-on", () => {
    const wb = workbook({ locale: "sv_SE" });
    wb.emu.open(wb.ctx);
    expect(wb.emu.ui.menus[0].addon).toBe(false);
    const code = readFileSync(path.join(BUILD_DIR, "Code.js"), "utf8");
    // The bound build names its deployment in the bundle; `--add-on` defines it as "addOn" instead.
    expect(code).toContain('"bound"');
    expect(code).not.toContain("__PLAN_DEPLOYMENT__");
  });
});
