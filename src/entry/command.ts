// Runs an entry point with its one context; any failure becomes one clear message (no stack trace).
import { describeError, PlanError } from "../core/i18n/errors";
import { openPlan, type PlanContext, spreadsheetLanguage } from "../sheets/document/plan-context";

/** Logs (to Stackdriver) what the user can't fix; a PlanError is the user's to act on and needs no log. */
export function logUnexpected(error: unknown): void {
  if (!(error instanceof PlanError)) console.error(error);
}

/** The context for a call on the active spreadsheet. */
function activeContext(): PlanContext {
  return openPlan(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Runs `body` with the context of the active spreadsheet; a failure is logged when unexpected and handed to
 * `fail` as one clear sentence in the user's language.
 */
function withContext<R>(body: (ctx: PlanContext) => R, fail: (message: string) => R): R {
  let ctx: PlanContext | null = null;
  try {
    ctx = activeContext();
    return body(ctx);
  } catch (error) {
    logUnexpected(error);
    return fail(describeError(error, ctx?.language ?? spreadsheetLanguage(null)));
  }
}

/** Runs a menu command; a failure shows the user one clear sentence in an alert and is logged for the maintainer. */
export function runCommand<R>(body: (ctx: PlanContext) => R): R | undefined {
  return withContext<R | undefined>(body, (message) => {
    SpreadsheetApp.getUi().alert(message);
    return undefined;
  });
}

/** Runs a sidebar call: failures reach the sidebar's failure handler as one clear message. */
export function runSidebarCall<R>(body: (ctx: PlanContext) => R): R {
  return withContext(body, (message) => {
    throw new Error(message);
  });
}
