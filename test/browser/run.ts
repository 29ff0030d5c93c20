// Browser tests: the playground in headless Chromium (playwright-core), one line per check and a closing count.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startPlayground } from "../../tools/playground/server";
import { runChecks } from "./harness";
import { reportMissingBrowser } from "./missing-browser";
import { scenarios } from "./scenarios";

process.env.TZ = "Europe/Stockholm";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const CHROMIUM = "/usr/bin/chromium";
/** How many checks scenarios() runs; a mismatch fails the run, so the skip count can't drift. */
const CHECKS = 13;
/** The example plan runs VT 2025–HT 2026: on this day it has done, late, under-way and coming activities. */
const TODAY = "2025-12-15";

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) return reportMissingBrowser(CHROMIUM, CHECKS);
  execFileSync(process.execPath, ["--import", "tsx", "tools/build.ts", "--quiet"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  const dir = mkdtempSync(path.join(tmpdir(), "playground-"));
  const playground = await startPlayground({
    port: 0,
    today: TODAY,
    fresh: true,
    saveFile: path.join(dir, "workbook.json"),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    page.setDefaultTimeout(15_000);
    const checks = scenarios(page, playground.url, ROOT);
    if (checks.length !== CHECKS)
      throw new Error(`CHECKS says ${CHECKS} but there are ${checks.length} checks`);
    const outcome = await runChecks(checks);
    console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
    return outcome.failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await playground.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `Browser tests could not run: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`,
    );
    console.log(`0 passed, 1 failed`);
    process.exitCode = 1;
  },
);
