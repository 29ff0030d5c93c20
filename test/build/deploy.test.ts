// Deploying: `npm run deploy` prints clasp's steps when not set up, and the real clasp, run without credentials on
// the repository's .clasp.json, stops for credentials, not for an "existing project" (an empty scriptId did that).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("tools/deploy.ts", () => {
  it("explains, starting with the Apps Script API, how to log in and create the bound script, and fails", () => {
    const home = mkdtempSync(join(tmpdir(), "no-clasp-login-"));
    const run = spawnSync(process.execPath, ["--import", "tsx", "tools/deploy.ts"], {
      cwd: root,
      env: { ...process.env, HOME: home },
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr.indexOf("script.google.com/home/usersettings")).toBeGreaterThan(-1);
    expect(run.stderr.indexOf("script.google.com/home/usersettings")).toBeLessThan(
      run.stderr.indexOf("npx clasp login"),
    );
    expect(run.stderr).toContain("npx clasp create-script --type sheets --title");
    expect(run.stderr).toContain("--rootDir build");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("runs the type-check, the build and the bundle tests before clasp push", () => {
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts as Record<
      string,
      string
    >;
    const deploy = scripts.deploy;
    const order = ["npm run typecheck", "tools/build.ts", "vitest run test/bundle", "tools/deploy.ts"].map(
      (step) => deploy.indexOf(step),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("the real clasp on this repository's .clasp.json", () => {
  it("keeps rootDir and no scriptId until one is set", () => {
    const clasp = JSON.parse(readFileSync(join(root, ".clasp.json"), "utf8"));
    expect(clasp).toEqual({ rootDir: "build" });
  });

  it("stops for credentials at create-script, not for an existing project", () => {
    const dir = mkdtempSync(join(tmpdir(), "clasp-create-"));
    copyFileSync(join(root, ".clasp.json"), join(dir, ".clasp.json"));
    const run = spawnSync(
      join(root, "node_modules/.bin/clasp"),
      ["create-script", "--type", "sheets", "--title", "Verksamhetsplan", "--rootDir", "build"],
      {
        cwd: dir,
        env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), "no-clasp-login-")) },
        encoding: "utf8",
      },
    );
    const said = `${run.stdout}${run.stderr}`;
    expect(said).toContain("No credentials found.");
    expect(said).not.toContain("Project file already exists");
    expect(run.status).not.toBe(0);
  });
});
