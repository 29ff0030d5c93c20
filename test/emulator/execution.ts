// What one execution of the script may do: custom functions read only, simple triggers without UI or (in NONE) the
// document, and each kind of execution within its time limit — refused with Google's own messages.

/**
 * How Apps Script started the running code (https://developers.google.com/apps-script/reference/script/auth-mode):
 * FULL for menu items and google.script.run, LIMITED or NONE for simple triggers, CUSTOM_FUNCTION for formulas.
 */
export type AuthMode = "FULL" | "LIMITED" | "NONE" | "CUSTOM_FUNCTION";

/** Google's limits on one execution (https://developers.google.com/apps-script/guides/services/quotas#current_limitations). */
export const TIME_LIMIT_MS: Record<AuthMode, number> = {
  FULL: 6 * 60_000,
  LIMITED: 30_000,
  NONE: 30_000,
  CUSTOM_FUNCTION: 30_000,
};

/** Google's message when an execution runs past its limit. */
export const TIMEOUT_MESSAGE = "Exceeded maximum execution time";

/** Classes of the Spreadsheet service, whose write methods custom functions may not call. */
const SPREADSHEET_CLASSES = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "NamedRange",
  "DeveloperMetadata",
  "DeveloperMetadataFinder",
  "Protection",
  "EmbeddedChart",
]);

/**
 * Methods that change the document or the view. Google: "Read only (can use most get*() methods, but not set*())"
 * (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 */
const WRITES =
  /^(set|insert|delete|clear|append|add|remove|hide|show|unhide|merge|break|sort|activate|protect|copy|move|autoResize|update|apply|check|uncheck|randomize|trim|rename|duplicate|toast|group|ungroup|collapse|expand|shift|createFilter|createPivotTable)/;

/** What a simple trigger may never do: show UI (it needs the script.container.ui scope it is not granted). */
const UI_SHOWS = new Set([
  "alert",
  "prompt",
  "showSidebar",
  "showModalDialog",
  "showModelessDialog",
  "showDialog",
]);

/** AuthMode.NONE: only the menu and the user's locale (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle). */
const NONE_ALLOWED = new Set([
  "SpreadsheetApp.getUi",
  "Ui.createMenu",
  "Ui.createAddonMenu",
  "Session.getActiveUserLocale",
  "Session.getScriptTimeZone",
  "Session.getTemporaryActiveUserKey",
]);
const NONE_ALLOWED_CLASSES = new Set([
  "Menu",
  "Logger",
  "Utilities",
  "HtmlService",
  "HtmlOutput",
  "HtmlTemplate",
]);

const SCOPES: Record<string, string> = {
  ui: "https://www.googleapis.com/auth/script.container.ui",
  sheets:
    "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
  email: "https://www.googleapis.com/auth/userinfo.email",
};

/** The error Apps Script throws for a call the execution may not make. */
export class PermissionDenied extends Error {}

/** Google's "You do not have permission to call …", with the scope it names when it names one. */
function denied(what: string, scope?: string): PermissionDenied {
  return new PermissionDenied(
    `You do not have permission to call ${what}${scope ? `. Required permissions: ${scope}` : ""}`,
  );
}

/** Why `cls.method` is refused in a custom function, or null. */
function customFunctionRefusal(cls: string, method: string): PermissionDenied | null {
  // Observed: "You do not have permission to call setValue" — the method alone for the Spreadsheet service.
  if (SPREADSHEET_CLASSES.has(cls) && WRITES.test(method)) return denied(method);
  if (cls === "SpreadsheetApp" && (method === "getUi" || /^(open|create|set)/.test(method)))
    return denied(`SpreadsheetApp.${method}`);
  if (cls === "Ui" || cls === "Menu" || cls === "PromptResponse") return denied(`${cls}.${method}`);
  if (cls === "Session" && /^get(Active|Effective)?User$/.test(method)) return denied(`Session.${method}`);
  if (cls === "Properties" && /^(set|delete)/.test(method)) return denied(`Properties.${method}`);
  return null;
}

/** Why `cls.method` is refused in a simple trigger in `mode`, or null. */
function triggerRefusal(cls: string, method: string, mode: "LIMITED" | "NONE"): PermissionDenied | null {
  if (cls === "Ui" && UI_SHOWS.has(method)) return denied(`Ui.${method}`, SCOPES.ui);
  if (cls === "SpreadsheetApp" && /^(openById|openByUrl|open|create)$/.test(method))
    return denied(`SpreadsheetApp.${method}`, SCOPES.sheets);
  if (mode === "LIMITED") return null;
  if (NONE_ALLOWED.has(`${cls}.${method}`) || NONE_ALLOWED_CLASSES.has(cls)) return null;
  const scope = cls === "SpreadsheetApp" || SPREADSHEET_CLASSES.has(cls) ? SCOPES.sheets : undefined;
  return denied(`${cls}.${method}`, scope);
}

interface Execution {
  mode: AuthMode;
  started: number;
}

/**
 * The executions running now, innermost last: a menu item that writes a cell makes Sheets compute a custom function
 * inside it, which runs with its own, narrower rights.
 */
export class ExecutionGate {
  private readonly running: Execution[] = [];

  /** `stopwatch`: milliseconds from any origin (tests pass a fake one, so the limits cost no waiting). */
  constructor(private readonly stopwatch: () => number) {}

  /** The innermost execution's mode; FULL when the test itself calls the bundle. */
  get mode(): AuthMode {
    return this.running.at(-1)?.mode ?? "FULL";
  }

  /** Runs `body` as an execution in `mode`; past its time limit it fails as Apps Script ends it. */
  run<T>(mode: AuthMode, body: () => T): T {
    const execution = { mode, started: this.stopwatch() };
    this.running.push(execution);
    try {
      const result = body();
      this.checkTime(execution);
      return result;
    } finally {
      this.running.pop();
    }
  }

  private checkTime(execution: Execution): void {
    if (this.stopwatch() - execution.started > TIME_LIMIT_MS[execution.mode])
      throw new Error(TIMEOUT_MESSAGE);
  }

  /** Before each service call "Class.method" of the code under test: throws what Apps Script would. */
  check(name: string): void {
    const execution = this.running.at(-1);
    if (!execution) return;
    this.checkTime(execution);
    const dot = name.indexOf(".");
    const cls = name.slice(0, dot);
    const method = name.slice(dot + 1);
    const refusal =
      execution.mode === "CUSTOM_FUNCTION"
        ? customFunctionRefusal(cls, method)
        : execution.mode === "LIMITED" || execution.mode === "NONE"
          ? triggerRefusal(cls, method, execution.mode)
          : null;
    if (refusal) throw refusal;
  }
}
