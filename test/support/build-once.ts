// Vitest global setup: builds build/ once before the bundle tests load it, so `vitest` alone also works.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  execFileSync(process.execPath, ["--import", "tsx", "tools/build.ts", "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
}
