// The browser checks: the playground with the example plan, the menu, a Klar tick, the sidebar's tabs (a whole
// pasted plan imported through the Plan tab among them), an error cell's message, and a reload that shows nothing twice.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrameLocator, Page } from "playwright-core";
import { STATUS_COLORS } from "../../src/core/timeline/colors";
import type { PlaygroundState, SheetView } from "../../tools/session/view-types";
import { columnLetters } from "../emulator/index";
import { EXAMPLE_TABLE } from "../support/example-table";
import { PLAN_DOCUMENT_EXAMPLE } from "../support/fixtures";
import { type Check, fail, rgb, screenshot } from "./harness";

const ACTIVITIES = "Aktiviteter";
const TIMELINE = "Tidslinje";
const SETTINGS = "Inställningar";
const PEOPLE = "Styrelse";
const NEW_ACTIVITY = "Testaktivitet från sidopanelen";
const XSS_PAYLOAD = '<img src=x onerror="window.__xss=1;parent.__xss=1">';

async function sheetState(url: string, name: string): Promise<SheetView> {
  const res = await fetch(`${url}api/state?sheet=${encodeURIComponent(name)}`);
  const state = (await res.json()) as PlaygroundState;
  const view = state.sheets.find((s): s is SheetView => s.name === name && "values" in s);
  return view ?? fail(`no sheet ${name}`);
}

async function openSheet(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid="sheet-tab"][data-sheet="${name}"]`).click();
  await page.locator(`body[data-sheet="${name}"]`).waitFor();
}

async function clickMenu(page: Page, functionName: string): Promise<void> {
  await page.getByTestId("menu-title").first().click();
  const done = page.waitForResponse((r) => r.url().endsWith("/api/menu"));
  await page.locator(`[data-testid="menu-item"][data-function="${functionName}"]`).click();
  const response = await done;
  if (!response.ok()) fail(`menu call failed: ${await response.text()}`);
}

/** Waits until a cell's visible background is `hex`. */
async function waitForBackground(page: Page, a1: string, hex: string): Promise<void> {
  const cell = page.locator(`.grid td[data-cell="${a1}"]`);
  await cell.waitFor();
  await page.waitForFunction(
    ([selector, colour]) => {
      const td = document.querySelector(selector);
      return td !== null && getComputedStyle(td).backgroundColor === colour;
    },
    [`.grid td[data-cell="${a1}"]`, rgb(hex)] as const,
    { timeout: 10_000 },
  );
}

async function cellWithText(page: Page, text: string): Promise<void> {
  await page.locator(".grid td", { hasText: text }).first().waitFor({ timeout: 10_000 });
}

/** A late bar on the timeline whose activity can be ticked: its cell and its row on Activities. */
async function lateBar(url: string): Promise<{ a1: string; activitiesRow: number }> {
  const timeline = await sheetState(url, TIMELINE);
  const header = timeline.values[6];
  const link = header.findIndex((h) => h.startsWith("Rad i"));
  if (link < 0) fail("no 'Rad i Aktiviteter' column on the timeline");
  for (let r = 7; r < timeline.values.length; r++) {
    const c = timeline.backgrounds[r].findIndex(
      (bg, i) => i >= 3 && i < link && bg === STATUS_COLORS.late.exact,
    );
    const activitiesRow = Number(timeline.values[r][link]);
    if (c >= 0 && activitiesRow > 1) return { a1: `${columnLetters(c + 1)}${r + 1}`, activitiesRow };
  }
  return fail("no late activity on the timeline (pick another --today)");
}

export function scenarios(page: Page, url: string, root: string): Check[] {
  const sidebar: FrameLocator = page.frameLocator("#sidebar-frame");
  return [
    {
      name: "opens the playground and sees the example plan",
      run: async () => {
        await page.goto(url);
        await page.locator("body[data-ready=true]").waitFor();
        for (const tab of [ACTIVITIES, TIMELINE]) {
          await page.locator(`[data-testid="sheet-tab"][data-sheet="${tab}"]`).waitFor();
        }
        await openSheet(page, ACTIVITIES);
        await page.locator('.grid td[data-cell="E1"]', { hasText: "Vad" }).waitFor();
        await cellWithText(page, "Distriktsstämma");
        const checkboxes = await page.locator('.grid [data-testid="cell-checkbox"]').count();
        if (checkboxes < 10) fail(`expected Klar checkboxes, found ${checkboxes}`);
      },
    },
    {
      name: "generates the timeline from the menu",
      run: async () => {
        await page.getByTestId("menu-title").first().click();
        const item = page.getByTestId("menu-item").filter({ hasText: "Skapa tidslinje för terminerna" });
        const done = page.waitForResponse((r) => r.url().endsWith("/api/menu"));
        await item.click();
        if (!(await done).ok()) fail("generateTermTimeline failed");
        await openSheet(page, TIMELINE);
        await page.locator(".grid td", { hasText: "VT 2025" }).first().waitFor();
        const colours = await page
          .locator(".grid td")
          .evaluateAll((tds) => [...new Set(tds.map((td) => getComputedStyle(td).backgroundColor))]);
        for (const status of ["done", "late", "coming"] as const) {
          if (!colours.includes(rgb(STATUS_COLORS[status].exact))) fail(`no ${status} bar on the timeline`);
        }
        await screenshot(page, root, "playground-timeline");
      },
    },
    {
      name: "ticking Klar on Aktiviteter turns a late bar done",
      run: async () => {
        const bar = await lateBar(url);
        await waitForBackground(page, bar.a1, STATUS_COLORS.late.exact);
        const activities = await sheetState(url, ACTIVITIES);
        const klar = activities.values[0].indexOf("Klar") + 1;
        if (klar === 0) fail("no Klar column");
        await openSheet(page, ACTIVITIES);
        const edited = page.waitForResponse((r) => r.url().endsWith("/api/edit"));
        await page
          .locator(`.grid td[data-cell="${columnLetters(klar)}${bar.activitiesRow}"] input[type=checkbox]`)
          .check();
        const response = await edited;
        const body = (await response.json()) as { accepted?: boolean };
        if (!body.accepted) fail("the edit was rejected");
        await openSheet(page, TIMELINE);
        await waitForBackground(page, bar.a1, STATUS_COLORS.done.exact);
      },
    },
    {
      name: "opens the sidebar from the menu and sees the dashboard",
      run: async () => {
        await clickMenu(page, "showSidebar");
        await page.getByTestId("sidebar").waitFor();
        await sidebar.locator("body[data-ready=true]").waitFor();
        await sidebar.getByTestId("tab-overview").waitFor();
        const overview = (await sidebar.locator("#panel-overview").textContent()) ?? "";
        if (overview.trim().length < 20) fail("the overview is empty");
        // Issue 12: an activity goal says how many are done of how many planned, per term for a per-term goal.
        const counts = await sidebar.getByTestId("goal-counts").allTextContents();
        if (!counts.some((text) => /^\d+ klara av \d+ planerade, mål \d+$/.test(text)))
          fail(`no "klara av … planerade" among ${JSON.stringify(counts)}`);
        if (!counts.some((text) => /^[VH]T \d{4}: \d+ klara av \d+ planerade, mål 2/.test(text)))
          fail(`no per-term count among ${JSON.stringify(counts)}`);
        await screenshot(page, root, "sidebar-overview");
      },
    },
    {
      name: "clicking a goal in the sidebar selects its row in the sheet",
      run: async () => {
        const goal = sidebar.getByTestId("goal-item").first();
        const name = ((await goal.textContent()) ?? "").trim();
        await goal.click();
        await page.locator('body[data-sheet="Mål"]').waitFor({ timeout: 10_000 });
        const cell = page.locator(".grid td.selected");
        await cell.waitFor({ timeout: 10_000 });
        const row = (await cell.getAttribute("data-cell")) ?? "";
        const text =
          (await page.locator(`.grid td[data-cell="A${row.replace(/^[A-Z]+/, "")}"]`).textContent()) ?? "";
        if (!name.startsWith(text.trim()) || text.trim() === "")
          fail(`selected ${row} (“${text}”), not “${name}”`);
      },
    },
    {
      name: "imports the 2024 activity table through the Import tab",
      run: async () => {
        await sidebar.getByTestId("tab-import").click();
        await sidebar.getByTestId("import-text").fill(EXAMPLE_TABLE);
        await sidebar.getByTestId("import-preview").click();
        await sidebar.getByTestId("import-row").first().waitFor();
        const rows = await sidebar.getByTestId("import-row").count();
        if (rows < 10) fail(`preview shows ${rows} rows`);
        await screenshot(page, root, "sidebar-import-preview");
        await sidebar.getByTestId("import-confirm").click();
        await sidebar.getByTestId("import-result").waitFor();
        await openSheet(page, ACTIVITIES);
        await cellWithText(page, "Valanalys EU-val");
      },
    },
    {
      name: "adds an activity through the Add tab",
      run: async () => {
        await sidebar.getByTestId("tab-add").click();
        await sidebar.getByTestId("add-when").fill("nov");
        await sidebar.getByTestId("add-what").fill(NEW_ACTIVITY);
        await sidebar.getByTestId("add-owner").fill("Ombudsman");
        await sidebar.getByTestId("add-submit").click();
        await sidebar.getByTestId("add-result").waitFor();
        await openSheet(page, ACTIVITIES);
        const cell = page.locator(".grid td", { hasText: NEW_ACTIVITY }).first();
        await cell.waitFor({ timeout: 10_000 });
        await cell.scrollIntoViewIfNeeded();
        await screenshot(page, root, "activities-tab");
      },
    },
    {
      name: "imports a whole pasted plan through the Plan tab: every section previewed, then confirmed",
      run: async () => {
        await sidebar.getByTestId("tab-plan").click();
        await sidebar.getByTestId("plan-text").fill(PLAN_DOCUMENT_EXAMPLE);
        await sidebar.getByTestId("plan-preview").click();
        const summary = (await sidebar.getByTestId("plan-summary").textContent()) ?? "";
        if (!summary.startsWith("8 mål, 35 aktiviteter, 5 medlemsrader, 9 i styrelsen."))
          fail(`the preview says: ${summary}`);
        const count = (section: string) =>
          sidebar.locator(`[data-testid="plan-item"][data-section="${section}"]`).count();
        const counts = [
          await count("goals"),
          await count("activities"),
          await count("meetings"),
          await count("membership"),
          await count("board"),
        ];
        if (counts.join() !== "8,25,10,5,9") fail(`the preview lists ${counts.join()} items per section`);
        await sidebar.locator(".term-group h3", { hasText: "Utan datum" }).waitFor();
        // The example plan already runs VT 2025–HT 2026: the pasted plan fits in it.
        const period = (await sidebar.getByTestId("plan-period").textContent()) ?? "";
        if (period !== "Planperioden VT 2025–HT 2026 behålls.") fail(`the period line says: ${period}`);
        await screenshot(page, root, "sidebar-plan-preview");
        await sidebar.getByTestId("plan-confirm").click();
        const result = (await sidebar.getByTestId("plan-result").textContent()) ?? "";
        if (!result.startsWith("Lade till 8 mål, 35 aktiviteter, 5 medlemsrader och 9 i styrelsen."))
          fail(`the import says: ${result}`);
        await openSheet(page, PEOPLE);
        await cellWithText(page, "Karin Lindqvist");
        await openSheet(page, ACTIVITIES);
        await cellWithText(page, "Styrelsen träffas");
      },
    },
    {
      // https://support.google.com/docs/answer/3093340 — Sheets shows a formula's error when you point at it.
      name: "shows a custom function's message when pointing at its error cell",
      run: async () => {
        await openSheet(page, SETTINGS);
        await page.locator('.grid td[data-cell="E2"]').dblclick();
        const editor = page.getByTestId("cell-editor");
        await editor.fill('=TERM_START("nonsense")');
        await editor.press("Enter");
        const marked = page.locator('.grid td[data-cell="E2"].has-error');
        await marked.waitFor({ timeout: 10_000 });
        await marked.hover();
        const title = (await marked.getAttribute("title")) ?? "";
        if (!/^Error\n.*term ska vara en termin.*nonsense/s.test(title)) fail(`the tooltip says: ${title}`);
      },
    },
    {
      // https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values
      name: "a Date sent through google.script.run fails in the sidebar's failure handler, quoting Google's rule",
      run: async () => {
        await clickMenu(page, "showSidebar");
        await sidebar.locator("body[data-ready=true]").waitFor();
        const frame = page.frames().find((f) => f.url().includes("/sidebar"));
        if (!frame) fail("no sidebar frame");
        const outcome = await frame.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const run = (window as unknown as { google: { script: { run: Record<string, unknown> } } })
                .google.script.run as {
                withSuccessHandler(f: (v: unknown) => void): {
                  withFailureHandler(g: (e: Error) => void): { getDashboard(d: Date): void };
                };
              };
              run
                .withSuccessHandler(() => resolve("success"))
                .withFailureHandler((e) => resolve(`failure: ${e.message}`))
                .getDashboard(new Date());
            }),
        );
        if (!outcome.startsWith("failure: Failed due to illegal value in property: 0 (a Date)"))
          fail(`the call ended in ${outcome}`);
        if (
          !outcome.includes(
            "Requests fail if you attempt to pass a Date, Function, DOM element besides a form",
          )
        )
          fail(`the failure does not quote Google's rule: ${outcome}`);
      },
    },
    {
      name: "a page on another origin cannot write a cell with a text/plain fetch",
      run: async () => {
        const browser = page.context().browser() ?? fail("no browser");
        const foreign = await browser.newPage();
        // Another origin on this machine: the same address on another port.
        const elsewhere = createServer((_req, res) => {
          res.writeHead(200, { "content-type": "text/html" });
          res.end("<!DOCTYPE html><title>elsewhere</title>");
        });
        await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
        try {
          await foreign.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
          const status = await foreign.evaluate(async (target) => {
            try {
              await fetch(`${target}api/edit`, {
                method: "POST",
                mode: "no-cors",
                headers: { "content-type": "text/plain" },
                body: JSON.stringify({ sheet: "Inställningar", a1: "E3", value: "=1+1" }),
              });
              return "sent";
            } catch (error) {
              return `blocked: ${String(error)}`;
            }
          }, url);
          if (!status) fail("no fetch");
        } finally {
          await foreign.close();
          elsewhere.close();
        }
        const settings = await sheetState(url, SETTINGS);
        if (settings.formulas[2]?.[4]) fail(`the foreign page wrote ${settings.formulas[2][4]} into E3`);
      },
    },
    {
      // Issue 12 item 6, and issue 11's XSS placements grown to the new view: a hostile Vad is listed as text.
      name: "marks everything that ended before a day as done from the Overview, listing a hostile name as text",
      run: async () => {
        await clickMenu(page, "showSidebar");
        await sidebar.locator("body[data-ready=true]").waitFor();
        await sidebar.getByTestId("tab-add").click();
        await sidebar.getByTestId("add-term").selectOption("VT 2025");
        await sidebar.getByTestId("add-when").fill("jan");
        await sidebar.getByTestId("add-what").fill(XSS_PAYLOAD);
        await sidebar.getByTestId("add-submit").click();
        await sidebar.getByTestId("add-result").waitFor();
        await sidebar.getByTestId("tab-overview").click();
        await sidebar.getByTestId("mark-done-date").fill("2025-07-01");
        await sidebar.getByTestId("mark-done-preview").click();
        await sidebar.getByTestId("mark-done-confirm").waitFor();
        const titles = await sidebar
          .locator('[data-testid="mark-done-item"] .item-title')
          .evaluateAll((spans) => spans.map((span) => span.textContent ?? ""));
        if (!titles.includes(XSS_PAYLOAD)) fail(`the preview lists ${titles.join(" | ")}`);
        await sidebar.getByTestId("mark-done-confirm").click();
        const result = (await sidebar.getByTestId("mark-done-result").textContent()) ?? "";
        if (!result.startsWith(`Markerade ${titles.length} som klara:`)) fail(`the result says: ${result}`);
        const activities = await sheetState(url, ACTIVITIES);
        const [what, klar] = ["Vad", "Klar"].map((title) => activities.values[0].indexOf(title));
        const row = activities.values.find((r) => r[what] === XSS_PAYLOAD) ?? fail("the hostile row is gone");
        if (String(row[klar]).toUpperCase() !== "TRUE") fail(`its Klar shows ${row[klar]}`);
        const frame = page.frames().find((f) => f.url().includes("/sidebar")) ?? fail("no sidebar frame");
        const ran = [
          await page.evaluate(() => (window as { __xss?: unknown }).__xss),
          await frame.evaluate(() => (window as { __xss?: unknown }).__xss),
          await frame.evaluate(() => document.querySelectorAll("img").length),
        ];
        if (ran[0] !== undefined || ran[1] !== undefined || ran[2] !== 0)
          fail(`the payload ran: ${ran.join()}`);
      },
    },
    {
      name: "reloading the page shows no alert or toast again",
      run: async () => {
        await clickMenu(page, "setUpPlan");
        const open = page.locator('[data-testid="alert"][open]');
        await open.waitFor();
        while ((await open.count()) > 0) await page.getByTestId("alert-ok").click();
        await page.reload();
        await page.locator("body[data-ready=true]").waitFor();
        // Two polls of the server's version: anything it still had to show would have come by now.
        await page.waitForTimeout(2500);
        if ((await open.count()) > 0) fail("an alert was shown again after the reload");
        if ((await page.getByTestId("toast").count()) > 0) fail("a toast was shown again after the reload");
      },
    },
  ];
}
