// The script's console: Apps Script sends console.* to the execution log, never to the user; the emulator records
// each line (an Error as its message) and prints nothing.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { loadBundle } from "../support/load-bundle";
import { createEmulator } from "./index";

const BUNDLE = path.resolve(__dirname, "../fixtures/mini-bundle");
const LOGGING = "https://developers.google.com/apps-script/guides/logging";

describe(`console in the script — ${LOGGING}`, () => {
  it("is recorded line by line, an Error as its first line, and printed nowhere", () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const logged = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      const emu = createEmulator();
      loadBundle(emu, BUNDLE).logs();
      expect(emu.console).toEqual([
        { level: "log", message: 'start {"step":1}' },
        { level: "error", message: "Oväntat fel" },
      ]);
      expect(printed).not.toHaveBeenCalled();
      expect(logged).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
      logged.mockRestore();
    }
  });
});
