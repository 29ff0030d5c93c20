// Runs a menu command: finds the spreadsheet and language, and turns any failure into a clear alert.
import { describeError, PlanError } from "../core/i18n/errors";
import type { Language } from "../core/i18n/language";
import { activeLanguage } from "../sheets/locale";

export interface CommandContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The spreadsheet's language, looked up on first use (it costs a service call). */
  readonly language: Language;
}

/** Logs (to Stackdriver) what the user can't fix; a PlanError is the user's to act on and needs no log. */
export function logUnexpected(error: unknown): void {
  if (!(error instanceof PlanError)) console.error(error);
}

function contextFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CommandContext {
  let language: Language | undefined;
  return {
    ss,
    get language() {
      language ??= activeLanguage(ss);
      return language;
    },
  };
}

/** Runs `body`; a failure shows the user one clear sentence (no stack trace) and is logged for the maintainer. */
export function runCommand<R>(body: (ctx: CommandContext) => R): R | undefined {
  const ctx = contextFor(SpreadsheetApp.getActiveSpreadsheet());
  try {
    return body(ctx);
  } catch (error) {
    logUnexpected(error);
    SpreadsheetApp.getUi().alert(describeError(error, ctx.language));
    return undefined;
  }
}

/** Runs a sidebar call: failures reach the sidebar's failure handler as one clear message. */
export function runSidebarCall<R>(body: (ctx: CommandContext) => R): R {
  const ctx = contextFor(SpreadsheetApp.getActiveSpreadsheet());
  try {
    return body(ctx);
  } catch (error) {
    logUnexpected(error);
    throw new Error(describeError(error, ctx.language));
  }
}
