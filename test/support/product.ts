// The product's settings for an emulated workbook (the emulator keeps Google's own defaults): its users' files are
// Swedish, named after the add-on, in the script's time zone, and its HTML comes from build/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EmulatorOptions } from "../emulator/index";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The built add-on: Code.js, Sidebar.html, appsscript.json. */
export const BUILD_DIR = path.join(REPO, "build");

const manifest = JSON.parse(readFileSync(path.join(REPO, "appsscript.json"), "utf8")) as { timeZone: string };

export const PRODUCT_OPTIONS = {
  title: "Verksamhetsplan",
  locale: "sv_SE",
  timeZone: manifest.timeZone,
  htmlDir: BUILD_DIR,
} as const satisfies EmulatorOptions;
