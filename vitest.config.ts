// Vitest configuration: unit, emulator and bundle tests (browser tests run separately, see test/browser/run.ts).
import { defineConfig } from "vitest/config";

// Apps Script runs in the script's time zone (appsscript.json: Europe/Stockholm); so do the tests.
process.env.TZ = "Europe/Stockholm";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["test/support/build-once.ts"],
    setupFiles: ["test/support/fast-check.ts"],
    env: { TZ: "Europe/Stockholm" },
    testTimeout: 30_000,
  },
});
