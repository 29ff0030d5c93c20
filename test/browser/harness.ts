// Browser-test plumbing: named checks with timeouts, one result line each, screenshots, the colour helpers.
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

export interface Check {
  name: string;
  run(): Promise<void>;
}

export interface Outcome {
  passed: number;
  failed: number;
}

const CHECK_TIMEOUT_MS = 30_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs checks in order; a failure is reported on one line and the next check still runs. */
export async function runChecks(checks: readonly Check[]): Promise<Outcome> {
  const outcome = { passed: 0, failed: 0 };
  for (const check of checks) {
    try {
      await withTimeout(check.run(), CHECK_TIMEOUT_MS);
      outcome.passed++;
      console.log(`✓ ${check.name}`);
    } catch (error) {
      outcome.failed++;
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      console.log(`✗ ${check.name}: ${reason}`);
    }
  }
  return outcome;
}

export function fail(message: string): never {
  throw new Error(message);
}

/** "#e06666" → "rgb(224, 102, 102)", as getComputedStyle reports colours. */
export function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Where each run's screenshots go: outside build/, which clasp pushes to Apps Script. */
export const SCREENSHOT_DIR = ".screenshots";

/** Saves .screenshots/NAME.png, and the README's test/browser/screenshots/NAME.png when UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, root: string, name: string): Promise<void> {
  const dir = path.join(root, SCREENSHOT_DIR);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    const committed = path.join(root, "test/browser/screenshots");
    mkdirSync(committed, { recursive: true });
    copyFileSync(file, path.join(committed, `${name}.png`));
  }
}
