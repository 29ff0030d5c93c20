// The playground left running is safe: it answers only its own loopback address, and a change needs a same-origin
// JSON request carrying the token of the page it served. A page on another origin — a text/plain fetch, a
// DNS-rebound Host, no token — changes nothing. User mistakes are a 4xx with one line, and no stack is logged.

import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Playground, startPlayground } from "../../tools/playground/server";

interface Reply {
  status: number;
  body: string;
}

let playground: Playground;
let origin: string;
let host: string;

function send(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  const url = new URL(pathname, playground.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method, headers },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** What the page sends to write `value` into Blad1!A1, with `change` applied to its headers. */
function edit(
  value: string,
  change: (headers: Record<string, string>) => void = () => undefined,
): Promise<Reply> {
  const headers: Record<string, string> = {
    host,
    origin,
    "content-type": "application/json",
    "x-playground-token": playground.token,
  };
  change(headers);
  return send("POST", "/api/edit", headers, JSON.stringify({ sheet: "Blad1", a1: "A1", value }));
}

const a1 = (): unknown => playground.session.workbook.ss.getSheetByName("Blad1")?.getRange("A1").getValue();

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "playground-"));
  playground = await startPlayground({ port: 0, empty: true, saveFile: path.join(dir, "workbook.json") });
  origin = playground.url.replace(/\/$/, "");
  host = new URL(playground.url).host;
}, 60_000);

afterAll(() => playground?.close());

describe("the playground refuses other origins", () => {
  it("hands its token only inside its own page", async () => {
    const page = await send("GET", "/", { host });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="playground-token" content="${playground.token}" />`);
    const sidebar = await send("GET", "/sidebar", { host });
    expect(sidebar.body).toContain(JSON.stringify(playground.token));
  });

  it("answers only its own Host, so a DNS-rebound name reads nothing", async () => {
    for (const other of ["evil.example:80", `attacker.example:${new URL(playground.url).port}`]) {
      const reply = await send("GET", "/api/state", { host: other });
      expect(reply.status).toBe(421);
      expect(reply.body).not.toContain("Blad1");
    }
    expect(
      (await send("GET", "/api/state", { host: `localhost:${new URL(playground.url).port}` })).status,
    ).toBe(200);
  });

  it("refuses a text/plain request (the kind a foreign page may send without asking) and writes nothing", async () => {
    const reply = await edit("=1+1", (h) => {
      h["content-type"] = "text/plain;charset=UTF-8";
    });
    expect(reply.status).toBe(415);
    expect(a1()).toBe("");
  });

  it("refuses another origin, a missing or wrong token, and a wrong Host, even as JSON", async () => {
    const refused = [
      await edit("x", (h) => {
        h.origin = "http://evil.example";
      }),
      await edit("x", (h) => {
        delete h.origin;
      }),
      await edit("x", (h) => {
        delete h["x-playground-token"];
      }),
      await edit("x", (h) => {
        h["x-playground-token"] = "guess";
      }),
      await edit("x", (h) => {
        h.host = "evil.example";
      }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 403, 421]);
    expect(a1()).toBe("");
    const menu = await send(
      "POST",
      "/api/menu",
      { host, origin: "http://evil.example", "content-type": "application/json" },
      JSON.stringify({ functionName: "insertExamplePlan" }),
    );
    expect(menu.status).toBe(403);
    expect(playground.session.workbook.ss.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
  });

  it("takes the same edit from its own page", async () => {
    const reply = await edit("Kongress");
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ accepted: true });
    expect(a1()).toBe("Kongress");
  });
});

describe("the playground's answers to mistakes", () => {
  it("are a 4xx with one line, and log no stack", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const badCell = await send(
        "POST",
        "/api/edit",
        { host, origin, "content-type": "application/json", "x-playground-token": playground.token },
        JSON.stringify({ sheet: "Blad1", a1: "ZZ0", value: "x" }),
      );
      const noSheet = await send(
        "POST",
        "/api/edit",
        { host, origin, "content-type": "application/json", "x-playground-token": playground.token },
        JSON.stringify({ sheet: "Finns inte", a1: "A1", value: "x" }),
      );
      const tooLong = await edit("x".repeat(50_001));
      const unknown = await send(
        "POST",
        "/api/run",
        { host, origin, "content-type": "application/json", "x-playground-token": playground.token },
        JSON.stringify({ name: "noSuchFunction", args: [] }),
      );
      const notJson = await send(
        "POST",
        "/api/menu",
        { host, origin, "content-type": "application/json", "x-playground-token": playground.token },
        "{",
      );
      const replies = [badCell, noSheet, tooLong, unknown, notJson];
      expect(replies.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
      for (const reply of replies) {
        const { message } = JSON.parse(reply.body) as { message: string };
        expect(message).not.toMatch(/\n|at .*\(/);
      }
      expect(JSON.parse(tooLong.body).message).toBe(
        "Your input contains more than the maximum of 50000 characters in a single cell.",
      );
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("fail a sidebar call (422, for its failure handler) when the add-on refuses it, logging nothing", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const reply = await send(
        "POST",
        "/api/run",
        { host, origin, "content-type": "application/json", "x-playground-token": playground.token },
        JSON.stringify({ name: "addActivity", args: [{}] }),
      );
      expect(reply.status).toBe(422);
      const { message } = JSON.parse(reply.body) as { message: string };
      expect(message.length).toBeGreaterThan(10);
      expect(message).not.toMatch(/\n|at .*\(/);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
