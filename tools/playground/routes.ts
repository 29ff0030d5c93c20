// The playground's HTTP routes: the page, its state as JSON, menu clicks, edits, sidebar calls and the sidebar page.
// Only its own loopback address is answered, and every change needs a same-origin JSON request with the session's
// token, so a page on another origin (or a DNS-rebound name) can neither read nor change the workbook.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { UnknownFunctionError } from "../workbook-session";
import { HttpError } from "./http-error";
import type { PlaygroundSession } from "./session";
import { sidebarPage } from "./sidebar-page";

export interface PageAssets {
  html: string;
  script: string;
  style: string;
  sidebarFile: string;
  /** The google.script.run shim for the sidebar (checks what crosses as Google does). */
  shim: string;
}

/** Who may talk to the playground: its own origins, and the token its pages carry. */
export interface Guard {
  /** "127.0.0.1:8080" and "localhost:8080". */
  hosts: readonly string[];
  /** A random secret made at start-up, handed out only inside the playground's own pages. */
  token: string;
}

/** The header a page sends the token in. */
export const TOKEN_HEADER = "x-playground-token";

const MAX_BODY = 5_000_000;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "SAMEORIGIN",
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, "application/json", JSON.stringify(value));

/** The page with the session's token where its script reads it. */
function withToken(html: string, token: string): string {
  const meta = `<meta name="playground-token" content="${token}" />`;
  return html.includes("</head>") ? html.replace("</head>", `    ${meta}\n  </head>`) : `${meta}\n${html}`;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses a request from anywhere but the playground's own pages; state-changing ones need the token too. */
function admit(req: IncomingMessage, guard: Guard): void {
  const host = req.headers.host ?? "";
  if (!guard.hosts.includes(host)) {
    throw new HttpError(
      421,
      `This playground answers only http://${guard.hosts[0]}/, not a request for ${host}.`,
    );
  }
  if (req.method === "GET" || req.method === "HEAD") return;
  if (req.method !== "POST") throw new HttpError(405, `${req.method} is not answered here`);
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new HttpError(415, "A change must be sent as application/json");
  const origin = req.headers.origin;
  if (!origin || !guard.hosts.some((h) => origin === `http://${h}`)) {
    throw new HttpError(
      403,
      `A change must come from the playground's own page, not from ${origin ?? "no origin"}`,
    );
  }
  const token = req.headers[TOKEN_HEADER];
  if (typeof token !== "string" || !sameSecret(token, guard.token)) {
    throw new HttpError(403, "A change must carry the playground's token (reload the page)");
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "Request body too large");
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new HttpError(400, "Request body is not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new HttpError(400, "Expected a JSON object");
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value === "") throw new HttpError(400, `Missing "${key}"`);
  return value;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/**
 * Handles one request. A refused request or a user's mistake is a 4xx with its one-line message, logged nowhere;
 * anything else is the playground's own failure: 500, and one line (no stack) on the console.
 */
export async function route(
  session: PlaygroundSession,
  assets: PageAssets,
  guard: Guard,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const key = `${req.method} ${url.pathname}`;
  try {
    admit(req, guard);
    switch (key) {
      case "GET /":
        return send(res, 200, "text/html", withToken(assets.html, guard.token));
      case "GET /page.js":
        return send(res, 200, "text/javascript", assets.script);
      case "GET /style.css":
        return send(res, 200, "text/css", assets.style);
      case "GET /sidebar":
        return send(res, 200, "text/html", sidebarPage(assets.sidebarFile, assets.shim, guard.token));
      case "GET /api/state":
        return json(res, 200, session.state(url.searchParams.get("sheet") ?? undefined));
      case "GET /api/version":
        return json(res, 200, { version: session.getVersion() });
      case "POST /api/menu": {
        const body = await readJson(req);
        return json(res, 200, { result: session.run(text(body, "functionName")) });
      }
      case "POST /api/edit": {
        const body = await readJson(req);
        if (!("value" in body)) throw new HttpError(400, 'Missing "value"');
        return json(res, 200, session.edit(text(body, "sheet"), text(body, "a1"), body.value));
      }
      case "POST /api/run": {
        const body = await readJson(req);
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
        return json(res, 200, { result: session.runFromSidebar(text(body, "name"), args) });
      }
      default:
        return json(res, 404, { message: `Not found: ${key}` });
    }
  } catch (error) {
    if (error instanceof HttpError) return json(res, error.status, { message: error.message });
    if (error instanceof UnknownFunctionError) return json(res, 400, { message: error.message });
    console.error(`playground: ${key} failed: ${message(error)}`);
    return json(res, 500, { message: message(error) });
  }
}
