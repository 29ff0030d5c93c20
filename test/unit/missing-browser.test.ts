// Without Chromium the browser run fails on CI and, elsewhere, says loudly that it skipped (never silently).
import { afterEach, describe, expect, it, vi } from "vitest";
import { reportMissingBrowser } from "../browser/missing-browser";

function capture(ci: string | undefined) {
  const out: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  const before = process.env.CI;
  if (ci === undefined) delete process.env.CI;
  else process.env.CI = ci;
  try {
    const code = reportMissingBrowser("/usr/bin/chromium", 6);
    return { code, text: out.join("\n") };
  } finally {
    if (before === undefined) delete process.env.CI;
    else process.env.CI = before;
  }
}

describe("a missing Chromium", () => {
  afterEach(() => vi.restoreAllMocks());

  it("fails the run on CI", () => {
    const { code, text } = capture("true");
    expect(code).toBe(1);
    expect(text).toMatch(/0 passed, 6 failed$/m);
  });

  it("is announced loudly elsewhere, with every check counted as skipped", () => {
    const { code, text } = capture(undefined);
    expect(code).toBe(0);
    expect(text).toMatch(/BROWSER TESTS SKIPPED/);
    expect(text).toMatch(/apt-get install chromium/);
    expect(text).toMatch(/^0 passed, 0 failed, 6 skipped$/m);
  });
});
