// The page's only channel to the server: a minimal type for google.script.run and a Promise wrapper.

/** The chainable runner Apps Script injects into sidebar pages (only the parts this page uses). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** After the handlers are set, every server function is a property taking its arguments. */
type ServerFunction = (...args: readonly unknown[]) => void;

interface GasGlobal {
  readonly script?: { readonly run?: ScriptRunner };
}

/** The message of whatever the server threw (Apps Script passes an Error, sometimes a string). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

/** Calls a server function by name; resolves with its return value or rejects with an Error. */
export function call<T>(name: string, ...args: readonly unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const gas = (globalThis as { google?: GasGlobal }).google;
    const run = gas?.script?.run;
    if (!run) {
      reject(new Error("google.script.run is not available"));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(new Error(errorMessage(error))));
    const fn = (runner as unknown as Record<string, ServerFunction | undefined>)[name];
    if (typeof fn !== "function") {
      reject(new Error(`Unknown server function: ${name}`));
      return;
    }
    fn.apply(runner, [...args]);
  });
}
