// Checks appsscript.json (source and built copy) and .clasp.json: V8, Stockholm time, and the two narrow scopes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

describe.each(["appsscript.json", "build/appsscript.json"])("%s", (path) => {
  const manifest = read(path);
  it("runs on V8 in Europe/Stockholm with Stackdriver logging", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Europe/Stockholm");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
  });
  it("asks for exactly the current-spreadsheet and container-UI scopes", () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });
});

describe(".clasp.json", () => {
  it("pushes the generated build/ folder", () => {
    expect(read(".clasp.json").rootDir).toBe("build");
  });
});
