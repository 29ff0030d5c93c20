// Tests of the Ui recorder and HtmlService against Google's reference.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CallLog } from "./call-log";
import { createServiceState, createServices } from "./services";
import {
  type HtmlOutputImpl,
  HtmlServiceImpl,
  htmlOutputData,
  SandboxMode,
  XFrameOptionsMode,
} from "./services/html";
import type { InventedMethods } from "./services/raw";
import { Button, ButtonSet, type MenuImpl, UiImpl, UiLog } from "./services/ui";

function setup() {
  const htmlDir = mkdtempSync(join(tmpdir(), "emu-html-"));
  writeFileSync(join(htmlDir, "Sidebar.html"), "<p>Hej</p>");
  const state = createServiceState({ htmlDir, addonName: "Verksamhetsplan" });
  const log = new CallLog();
  return { state, log, services: createServices(state, log) };
}

describe("Ui", () => {
  it("implements only Google's methods", () => {
    expectTypeOf<InventedMethods<UiImpl, GoogleAppsScript.Base.Ui>>().toEqualTypeOf<never>();
    expectTypeOf<InventedMethods<MenuImpl, GoogleAppsScript.Base.Menu, "record">>().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/base/menu#addToUi()
  it("records menus with items, separators and submenus when added to the UI", () => {
    const { state, log, services } = setup();
    const ui = services.ui;
    const sub = ui.createMenu("Mer").addItem("Om", "showAbout");
    ui.createMenu("Plan").addItem("Ställ in", "setUp").addSeparator().addSubMenu(sub).addToUi();
    expect(state.uiLog.menus).toEqual([
      {
        title: "Plan",
        addon: false,
        items: [
          { label: "Ställ in", functionName: "setUp" },
          { separator: true },
          { submenu: { title: "Mer", addon: false, items: [{ label: "Om", functionName: "showAbout" }] } },
        ],
      },
    ]);
    expect(state.uiLog.menuItem("Om")).toEqual({ label: "Om", functionName: "showAbout" });
    expect(state.uiLog.menuItem("Saknas")).toBeUndefined();
    expect(log.count("Ui.createMenu")).toBe(2);
    expect(log.count("Menu.addItem")).toBe(2);
    expect(log.count("Menu.addToUi")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  it("names the add-on menu after the add-on", () => {
    const { state, services } = setup();
    services.ui.createAddonMenu().addItem("Öppna", "openSidebar").addToUi();
    expect(state.uiLog.menus[0]).toMatchObject({ title: "Verksamhetsplan", addon: true });
  });

  it("snapshots a menu at addToUi", () => {
    const uiLog = new UiLog();
    const menu = new UiImpl(uiLog).createMenu("M");
    menu.addToUi();
    menu.addItem("Later", "later");
    expect(uiLog.menus[0].items).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  it("records alerts and answers with a queued button or the set's first button", () => {
    const { state, services } = setup();
    const ui = services.ui;
    expect(ui.alert("Klart")).toBe(ui.Button.OK);
    expect(ui.alert("Rubrik", "Fortsätt?", ui.ButtonSet.YES_NO)).toBe(Button.YES);
    state.uiLog.queueAlertAnswer(Button.NO);
    expect(ui.alert("Fortsätt?", ButtonSet.YES_NO)).toBe(Button.NO);
    expect(state.uiLog.alerts).toEqual([
      { title: null, prompt: "Klart", buttons: "OK", answer: "OK" },
      { title: "Rubrik", prompt: "Fortsätt?", buttons: "YES_NO", answer: "YES" },
      { title: null, prompt: "Fortsätt?", buttons: "YES_NO", answer: "NO" },
    ]);
    expect(String(Button.OK)).toBe("OK");
  });

  // https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet)
  it("answers prompts from the queue", () => {
    const { state, log, services } = setup();
    state.uiLog.queuePromptAnswer("2025", Button.OK);
    const response = services.ui.prompt("År", "Vilket år?", ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe("2025");
    expect(response.getSelectedButton()).toBe(Button.OK);
    expect(services.ui.prompt("Tomt?").getResponseText()).toBe("");
    expect(state.uiLog.prompts[0]).toMatchObject({ title: "År", prompt: "Vilket år?", responseText: "2025" });
    expect(log.count("PromptResponse.getResponseText")).toBe(2);
  });

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  it("records a sidebar's title, html and width", () => {
    const { state, services } = setup();
    const html = services.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Plan").setWidth(300);
    services.ui.showSidebar(html);
    services.ui.showModalDialog(services.HtmlService.createHtmlOutput("<b>x</b>"), "Dialog");
    expect(state.uiLog.sidebars).toEqual([{ title: "Plan", html: "<p>Hej</p>", width: 300, height: 0 }]);
    expect(state.uiLog.modalDialogs[0]).toMatchObject({ title: "Dialog", html: "<b>x</b>" });
  });
});

describe("HtmlService", () => {
  it("implements only Google's methods", () => {
    expectTypeOf<
      InventedMethods<HtmlOutputImpl, GoogleAppsScript.HTML.HtmlOutput, "data">
    >().toEqualTypeOf<never>();
  });

  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  it("reads <name>.html and fails like Apps Script when it is missing", () => {
    const { log, services } = setup();
    expect(services.HtmlService.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<p>Hej</p>");
    expect(() => services.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
    expect(log.count("HtmlService.createHtmlOutputFromFile")).toBe(2);
    expect(log.count("HtmlOutput.getContent")).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/html/html-output
  it("keeps title, size, content and modes", () => {
    const html = new HtmlServiceImpl("/nonexistent").createHtmlOutput("<p>a</p>");
    html
      .append("<p>b</p>")
      .appendUntrusted("<i>")
      .setTitle("T")
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(SandboxMode.IFRAME)
      .setXFrameOptionsMode(XFrameOptionsMode.ALLOWALL);
    expect(html.getContent()).toBe("<p>a</p><p>b</p>&lt;i&gt;");
    expect([html.getTitle(), html.getWidth(), html.getHeight()]).toEqual(["T", 300, 200]);
    expect(htmlOutputData(html)).toMatchObject({ sandboxMode: "IFRAME", xFrameOptionsMode: "ALLOWALL" });
  });

  // https://developers.google.com/apps-script/reference/html/html-template#evaluate()
  it("evaluates templates without scriptlets and refuses scriptlets clearly", () => {
    const { services } = setup();
    expect(services.HtmlService.createTemplateFromFile("Sidebar").evaluate().getContent()).toBe("<p>Hej</p>");
    expect(() => services.HtmlService.createTemplate("<?= x ?>").evaluate()).toThrow(/not supported/);
  });
});
