// Logger: records what the script logs, like the execution log in the Apps Script editor.

/** Shared list of logged lines. */
export type LogLines = string[];

function show(value: unknown): string {
  if (value === null || value === undefined || typeof value !== "object") return String(value);
  if (Object.prototype.toString.call(value) === "[object Date]") return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Java String.format-style: %s and %d take the next value, %% is a percent sign. */
function format(template: string, values: readonly unknown[]): string {
  let next = 0;
  return template.replace(/%([sd%])/g, (match, kind: string) => {
    if (kind === "%") return "%";
    if (next >= values.length) return match;
    return show(values[next++]);
  });
}

// https://developers.google.com/apps-script/reference/base/logger
// Objects are written as JSON (Google's own rendering of objects differs in detail).
export class LoggerImpl implements GoogleAppsScript.Base.Logger {
  constructor(private readonly lines: LogLines) {}

  clear(): void {
    this.lines.length = 0;
  }

  getLog(): string {
    return this.lines.join("\n");
  }

  // https://developers.google.com/apps-script/reference/base/logger#log(Object)
  // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.lines.push(values.length > 0 && typeof data === "string" ? format(data, values) : show(data));
    return this;
  }
}

/** One line the script wrote with console.* (Apps Script sends them to the execution log, never to the user). */
export interface ConsoleRecord {
  level: "log" | "info" | "warn" | "error" | "debug";
  /** The values written, an Error as its message alone (first line). */
  message: string;
}

/** An Error of any realm as its first line; anything else as Logger shows it. */
function consoleText(value: unknown): string {
  const tag = Object.prototype.toString.call(value);
  if (tag === "[object Error]" && typeof value === "object" && value !== null && "message" in value) {
    return String(value.message).split("\n")[0];
  }
  return typeof value === "string" ? value : show(value);
}

// https://developers.google.com/apps-script/guides/logging#use_cloud_logging
/** The script's console: records each line into `records` and prints nothing. */
export function recordingConsole(records: ConsoleRecord[]): Pick<Console, ConsoleRecord["level"]> {
  const writer =
    (level: ConsoleRecord["level"]) =>
    (...values: unknown[]): void => {
      records.push({ level, message: values.map(consoleText).join(" ") });
    };
  return {
    log: writer("log"),
    info: writer("info"),
    warn: writer("warn"),
    error: writer("error"),
    debug: writer("debug"),
  };
}
