// `npm run deploy`: pushes build/ to the Sheet's bound script with clasp, or prints the exact steps when not set up.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const clasp = JSON.parse(readFileSync(join(root, ".clasp.json"), "utf8")) as {
  scriptId?: string;
  rootDir?: string;
};
const loggedIn = existsSync(join(homedir(), ".clasprc.json"));

const steps = [
  "To deploy to a real Google Sheet:",
  "  0. Turn on the Apps Script API for your Google account: https://script.google.com/home/usersettings",
  "       (clasp cannot create or push a script until it is on)",
  "  1. npx clasp login",
  "       (opens a browser; allow clasp to manage your Apps Script projects)",
  '  2. npx clasp create-script --type sheets --title "Verksamhetsplan" --rootDir build',
  "       (creates a new Sheet with a bound script and writes its scriptId into .clasp.json;",
  "        for an existing Sheet, put the script id from Extensions → Apps Script → Project settings",
  "        into .clasp.json as scriptId instead)",
  "  3. npm run deploy   (type-checks, builds and runs the bundle tests before it pushes)",
  "  4. Reload the Sheet: the menu Verksamhetsplan / Activity plan appears; choose Set up plan.",
].join("\n");

if (!clasp.scriptId || !loggedIn) {
  console.error(clasp.scriptId ? "Not logged in to clasp." : "No scriptId in .clasp.json yet.");
  console.error(steps);
  process.exit(1);
}
// The tests ran on the bound build; a published editor add-on (--add-on) is built again for its Extensions menu.
const addOn = process.argv.includes("--add-on");
const built = spawnSync(
  process.execPath,
  ["--import", "tsx", "tools/build.ts", ...(addOn ? ["--add-on"] : [])],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (built.status !== 0) process.exit(built.status ?? 1);
const result = spawnSync("npx", ["clasp", "push", "--force"], { cwd: root, stdio: "inherit" });
if (result.status !== 0) {
  console.error("clasp push failed (see above).");
  console.error(steps);
  process.exit(result.status ?? 1);
}
console.log("Pushed build/ to the bound script. Reload the Sheet to see the menu.");
