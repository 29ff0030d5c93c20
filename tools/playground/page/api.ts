// The page's calls to the playground server; a failure rejects with the server's one-line message. Changes carry
// the session's token, which the server wrote into the page.
import type { PlaygroundState } from "../../session/view-types";

const token = document.querySelector<HTMLMetaElement>('meta[name="playground-token"]')?.content ?? "";

async function request<T>(method: "GET" | "POST", url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json", "x-playground-token": token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json()) as T & { message?: string };
  if (!res.ok) throw new Error(data.message ?? `HTTP ${res.status}`);
  return data;
}

export const getState = (sheet?: string): Promise<PlaygroundState> =>
  request("GET", sheet === undefined ? "/api/state" : `/api/state?sheet=${encodeURIComponent(sheet)}`);

export const getVersion = (): Promise<{ version: number }> => request("GET", "/api/version");

export const runMenu = (functionName: string): Promise<{ result: unknown }> =>
  request("POST", "/api/menu", { functionName });

export const editCell = (
  sheet: string,
  a1: string,
  value: unknown,
): Promise<{ accepted: boolean; message?: string }> => request("POST", "/api/edit", { sheet, a1, value });
