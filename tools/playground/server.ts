// `npm start`: serves the playground — an emulated workbook with the real bundle, menu and sidebar — over HTTP.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { UsageError } from "../cli-args";
import { parseServerArgs } from "./args";
import { type PageAssets, route } from "./routes";
import { type PlaygroundOptions, PlaygroundSession } from "./session";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");

export interface Playground {
  url: string;
  session: PlaygroundSession;
  close(): Promise<void>;
}

async function pageAssets(): Promise<PageAssets> {
  const script = await build({
    entryPoints: [path.join(HERE, "page/main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    logLevel: "error",
  });
  return {
    html: readFileSync(path.join(HERE, "page/index.html"), "utf8"),
    script: script.outputFiles[0].text,
    style: readFileSync(path.join(HERE, "page/style.css"), "utf8"),
    sidebarFile: path.join(ROOT, "build/Sidebar.html"),
  };
}

/** Starts the playground on `port` (0: any free port). */
export async function startPlayground(options: PlaygroundOptions & { port: number }): Promise<Playground> {
  const [session, assets] = await Promise.all([PlaygroundSession.open(options), pageAssets()]);
  const server: Server = createServer((req, res) => {
    void route(session, assets, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
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
    process.exitCode = error instanceof UsageError || (error instanceof Error && "code" in error) ? 2 : 1;
  });
}
