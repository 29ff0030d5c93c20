// The playground's HTTP routes: the page, its state as JSON, menu clicks, edits, sidebar calls and the sidebar page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { UnknownFunctionError } from "../workbook-session";
import type { PlaygroundSession } from "./session";
import { sidebarPage } from "./sidebar-page";

export interface PageAssets {
  html: string;
  script: string;
  style: string;
  sidebarFile: string;
}

/** A client mistake: answered with 400 and its message. */
class BadRequest extends Error {}

const MAX_BODY = 5_000_000;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, "application/json", JSON.stringify(value));

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest("Request body too large");
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new BadRequest("Request body is not JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new BadRequest("Expected a JSON object");
  return body as Record<string, unknown>;
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value === "") throw new BadRequest(`Missing "${key}"`);
  return value;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}

/** Handles one request; any failure becomes JSON {message} (400 for the client's mistakes, else 500). */
export async function route(
  session: PlaygroundSession,
  assets: PageAssets,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const key = `${req.method} ${url.pathname}`;
  try {
    switch (key) {
      case "GET /":
        return send(res, 200, "text/html", assets.html);
      case "GET /page.js":
        return send(res, 200, "text/javascript", assets.script);
      case "GET /style.css":
        return send(res, 200, "text/css", assets.style);
      case "GET /sidebar":
        return send(res, 200, "text/html", sidebarPage(assets.sidebarFile));
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
        if (!("value" in body)) throw new BadRequest('Missing "value"');
        return json(res, 200, session.edit(text(body, "sheet"), text(body, "a1"), body.value));
      }
      case "POST /api/run": {
        const body = await readJson(req);
        const args = body.args ?? [];
        if (!Array.isArray(args)) throw new BadRequest('"args" must be an array');
        return json(res, 200, { result: session.run(text(body, "name"), args) });
      }
      default:
        return json(res, 404, { message: `Not found: ${key}` });
    }
  } catch (error) {
    const client = error instanceof BadRequest || error instanceof UnknownFunctionError;
    if (!client) console.error(error);
    return json(res, client ? 400 : 500, { message: message(error) });
  }
}
