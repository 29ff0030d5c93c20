// google.script.run in the playground's sidebar: checks what crosses with the emulator's own rules (a Date or a
// function fails through the failure handler, as in Apps Script), then calls POST /api/run with the page's token.
import type { FormReader, scriptRunArguments } from "../../../test/emulator/index";

/** The emulator's script-run.ts, bundled before this script under this global name. */
declare const ScriptRun: { scriptRunArguments: typeof scriptRunArguments };
/** The session's token, written before this script by the server. */
declare const PLAYGROUND_TOKEN: string;

type Handler = (value: unknown, userObject?: unknown) => void;

function tell(type: string): void {
  try {
    parent.postMessage({ type }, "*");
  } catch {
    // No parent page: nothing to tell.
  }
}

/** A form element, the one DOM element google.script.run carries: its fields by name (files left out). */
const forms: FormReader = {
  isForm: (value) => value instanceof HTMLFormElement,
  read: (form) => {
    const fields: Record<string, unknown> = {};
    new FormData(form as HTMLFormElement).forEach((value, name) => {
      if (typeof value === "string") fields[name] = value;
    });
    return fields;
  },
};

function call(
  name: string,
  raw: unknown[],
  success: Handler | null,
  failure: Handler | null,
  user: unknown,
): void {
  const fail = (error: Error): void => {
    if (failure) failure(error, user);
  };
  let args: unknown[];
  try {
    args = ScriptRun.scriptRunArguments(raw, forms);
  } catch (error) {
    // Apps Script answers asynchronously; so does the refusal.
    setTimeout(() => fail(error instanceof Error ? error : new Error(String(error))), 0);
    return;
  }
  fetch("/api/run", {
    method: "POST",
    headers: { "content-type": "application/json", "x-playground-token": PLAYGROUND_TOKEN },
    body: JSON.stringify({ name, args }),
  })
    .then((r) => r.json().then((body: { result?: unknown; message?: string }) => ({ ok: r.ok, body })))
    .then((res) => {
      tell("playground:changed");
      if (res.ok) success?.(res.body.result, user);
      else fail(new Error(res.body.message));
    })
    .catch((e: unknown) => fail(new Error(String(e instanceof Error ? e.message : e))));
}

function runner(success: Handler | null, failure: Handler | null, user: unknown): unknown {
  return new Proxy(
    {},
    {
      get: (_, prop) => {
        if (typeof prop !== "string" || prop === "then") return undefined;
        if (prop === "withSuccessHandler") return (f: Handler) => runner(f, failure, user);
        if (prop === "withFailureHandler") return (f: Handler) => runner(success, f, user);
        if (prop === "withUserObject") return (u: unknown) => runner(success, failure, u);
        return (...args: unknown[]) => call(prop, args, success, failure, user);
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(null, null, undefined),
    host: {
      close: () => tell("playground:close-sidebar"),
      setHeight: () => undefined,
      setWidth: () => undefined,
    },
  },
};
