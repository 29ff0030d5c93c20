// `npm run deploy` without a scriptId or login prints clasp's exact steps and exits non-zero, without a stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("tools/deploy.ts", () => {
  it("explains how to log in and create the bound script, and fails", () => {
    const home = mkdtempSync(join(tmpdir(), "no-clasp-login-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "tools/deploy.ts"], {
      cwd: root,
      env: { ...process.env, HOME: home },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("npx clasp login");
    expect(run.stderr).toContain("npx clasp create-script --type sheets --title");
    expect(run.stderr).toContain("--rootDir build");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
