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
