// Google's limits on what one execution may do: custom functions read only, simple triggers without UI (and in NONE
// without the document), and 30 seconds for both — each refused with Google's own message.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator, type EmulatorOptions } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const SERVICES =
  "https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services";
const RESTRICTIONS = "https://developers.google.com/apps-script/guides/triggers#restrictions";
const AUTH_MODE = "https://developers.google.com/apps-script/reference/script/auth-mode";
const LIFECYCLE = "https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle";
const QUOTAS = "https://developers.google.com/apps-script/guides/services/quotas#current_limitations";

function setup(options: EmulatorOptions = {}) {
  const emu = createEmulator(options);
  const ctx = loadBundle(emu, BUNDLE);
  const sheet = emu.spreadsheet.getSheets()[0];
  return { emu, ctx, sheet, name: sheet.getName() };
}

/** A stopwatch that moves one second each time it is read. */
function fastClock(): () => number {
  let ms = 0;
  return () => {
    ms += 1000;
    return ms;
  };
}

describe("custom functions", () => {
  it(`may read the document — ${SERVICES}`, () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("läst");
    sheet.getRange("B1").setFormulas([['=TRY("read")']]);
    expect(sheet.getRange("B1").getValue()).toBe("läst");
  });

  it.each([
    ["write", "You do not have permission to call setValue"],
    ["toast", "You do not have permission to call toast"],
    ["ui", "You do not have permission to call SpreadsheetApp.getUi"],
    ["sidebar", "You do not have permission to call SpreadsheetApp.getUi"],
    ["email", "You do not have permission to call Session.getActiveUser"],
    ["setProperty", "You do not have permission to call Properties.setProperty"],
  ])(`may not %s: "%s" in the cell — ${SERVICES}`, (action, message) => {
    const { emu, sheet, name } = setup();
    sheet.getRange("B1").setFormula(`=TRY("${action}")`);
    expect(sheet.getRange("B1").getValue()).toBe("#ERROR!");
    expect(emu.cellError(name, "B1")).toBe(message);
    expect(sheet.getRange("Z1").getValue()).toBe("");
  });

  it(`may read properties and use the cache — ${SERVICES}`, () => {
    const { sheet } = setup();
    sheet.getRange("B1:B2").setFormulas([['=TRY("getProperty")'], ['=TRY("cache")']]);
    expect(sheet.getRange("B1:B2").getValues()).toEqual([["null"], ["ok"]]);
  });

  it(`run in CUSTOM_FUNCTION mode, and the script's own calls are FULL again afterwards — ${AUTH_MODE}`, () => {
    const { emu, ctx, sheet } = setup();
    sheet.getRange("B1").setFormula('=TRY("read")');
    expect(emu.authMode).toBe("FULL");
    ctx.writeWithScript();
    expect(sheet.getRange("A1").getValue()).toBe("script");
  });

  it(`stop after 30 seconds with Google's message — ${QUOTAS}`, () => {
    const { emu, sheet, name } = setup({ stopwatch: fastClock() });
    sheet.getRange("B1:B2").setFormulas([['=TRY("slow")'], ['=TRY("")']]);
    expect(emu.cellError(name, "B1")).toBe("Exceeded maximum execution time");
    expect(sheet.getRange("B2").getValue()).toBe("ok");
  });
});

describe("simple triggers", () => {
  it.each([
    ["sidebar", "showSidebar"],
    ["dialog", "showModalDialog"],
    ["alert", "alert"],
    ["prompt", "prompt"],
  ])(`onEdit may not open a %s — ${RESTRICTIONS}`, (action, method) => {
    const { emu, ctx, name } = setup();
    ctx.setTriggerAction(action);
    expect(() => emu.userEdit(ctx, name, "A1", "x")).toThrow(
      `You do not have permission to call Ui.${method}. Required permissions: https://www.googleapis.com/auth/script.container.ui`,
    );
    expect(emu.ui.sidebars.length + emu.ui.modalDialogs.length + emu.ui.alerts.length).toBe(0);
    expect(emu.spreadsheet.getSheets()[0].getRange("A1").getValue()).toBe("x");
  });

  it(`onEdit runs in LIMITED and may change the document and show a toast — ${AUTH_MODE}`, () => {
    const { emu, ctx, sheet, name } = setup();
    ctx.setTriggerAction("write");
    emu.userEdit(ctx, name, "A1", "x");
    ctx.setTriggerAction("toast");
    emu.userEdit(ctx, name, "A2", "y");
    expect(sheet.getRange("Z1").getValue()).toBe("trigger");
    expect(emu.ui.toasts.map((t) => t.message)).toEqual(["x"]);
  });

  it(`onOpen in LIMITED builds the menu and may read the document — ${AUTH_MODE}`, () => {
    const { emu, ctx } = setup({ locale: "sv_SE" });
    ctx.setTriggerAction("write");
    expect(emu.open(ctx)).toBe("LIMITED");
    expect(emu.ui.menus.map((m) => m.title)).toEqual(["Plan sv"]);
  });

  it(`onOpen in NONE may build the menu from the user's locale, and nothing more — ${LIFECYCLE}`, () => {
    const { emu, ctx } = setup({ locale: "sv_SE" });
    expect(emu.open(ctx, { authMode: "NONE" })).toBe("NONE");
    expect(emu.ui.menus.map((m) => m.title)).toEqual(["Plan sv"]);
    ctx.setTriggerAction("write");
    expect(() => emu.open(ctx, { authMode: "NONE" })).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: " +
        "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    );
  });

  it(`stop after 30 seconds with Google's message — ${RESTRICTIONS}`, () => {
    const { emu, ctx, name } = setup({ stopwatch: fastClock() });
    ctx.setTriggerAction("slow");
    expect(() => emu.userEdit(ctx, name, "A1", "x")).toThrow("Exceeded maximum execution time");
  });
});
