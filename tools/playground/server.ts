// `npm start`: serves the playground — an emulated workbook with the real bundle, menu and sidebar — over HTTP.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { SCRIPT_RUN_MODULE } from "../../test/emulator/index";
import { UsageError } from "../cli-args";
import { WorkbookTooLarge } from "../session/xlsx-limits";
import { parseServerArgs } from "./args";
import { type Guard, type PageAssets, route } from "./routes";
import { type PlaygroundOptions, PlaygroundSession } from "./session";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");

export interface Playground {
  url: string;
  /** The session's token, as its pages carry it (for tests that speak HTTP themselves). */
  token: string;
  session: PlaygroundSession;
  close(): Promise<void>;
}

/** One browser script from `entry` (an IIFE; `globalName` makes its exports a global). */
async function browserScript(entry: string, globalName?: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    globalName,
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    logLevel: "error",
  });
  return out.outputFiles[0].text;
}

async function pageAssets(): Promise<PageAssets> {
  const [script, rules, shim] = await Promise.all([
    browserScript(path.join(HERE, "page/main.ts")),
    browserScript(SCRIPT_RUN_MODULE, "ScriptRun"),
    browserScript(path.join(HERE, "page/script-run-shim.ts")),
  ]);
  return {
    html: readFileSync(path.join(HERE, "page/index.html"), "utf8"),
    script,
    style: readFileSync(path.join(HERE, "page/style.css"), "utf8"),
    sidebarFile: path.join(ROOT, "build/Sidebar.html"),
    shim: `${rules}\n${shim}`,
  };
}

/** Starts the playground on `port` (0: any free port). */
export async function startPlayground(options: PlaygroundOptions & { port: number }): Promise<Playground> {
  const [session, assets] = await Promise.all([PlaygroundSession.open(options), pageAssets()]);
  const guard: Guard = { hosts: [], token: randomBytes(24).toString("base64url") };
  const server: Server = createServer((req, res) => {
    void route(session, assets, guard, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  // Only these names: a page on another origin whose name resolves here (DNS rebinding) sends another Host.
  guard.hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    token: guard.token,
    session,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  process.env.TZ ??= "Europe/Stockholm";
  const args = parseServerArgs(process.argv.slice(2));
  const playground = await startPlayground({
    ...args,
    saveFile: path.join(ROOT, ".playground/workbook.json"),
  });
  for (const note of playground.session.notes) console.error(`Note: ${note}`);
  console.log(`Playground: ${playground.url}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    const text = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    console.error(`error: ${text}`);
    const usage = error instanceof UsageError || error instanceof WorkbookTooLarge;
    process.exitCode =
      usage || (error instanceof Error && ("code" in error || /^Cannot read /.test(error.message))) ? 2 : 1;
  });
}
