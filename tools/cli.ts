// Headless runner: opens a workbook, runs bundle functions and typed edits in order, prints their results, writes
// .xlsx / JSON. A step that fails prints one line and the runner exits 1; a bad argument or file, one line and 2.
import { existsSync, writeFileSync } from "node:fs";
import { type CliStep, parseCliArgs, UsageError } from "./cli-args";
import { dumpWorkbook } from "./session/dump";
import { plainValue } from "./session/plain";
import { WorkbookTooLarge } from "./session/xlsx-limits";
import { writeXlsx } from "./session/xlsx-write";
import { UnknownFunctionError, WorkbookSession } from "./workbook-session";

process.env.TZ ??= "Europe/Stockholm";

/** The first line of an error's message, whatever realm the error comes from. */
const oneLine = (error: unknown): string =>
  (typeof error === "object" && error !== null && "message" in error
    ? String(error.message)
    : String(error)
  ).split("\n")[0];

const label = (step: CliStep): string => (step.kind === "call" ? step.name : `--edit ${step.range}`);

/** Runs one step; what it returned. */
function run(session: WorkbookSession, step: CliStep): unknown {
  if (step.kind === "edit") {
    const bang = step.range.lastIndexOf("!");
    const sheet = step.range
      .slice(0, bang)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'");
    if (!session.ss.getSheetByName(sheet)) throw new UsageError(`--edit: there is no sheet named ${sheet}`);
    return session.edit(sheet, step.range.slice(bang + 1), step.text);
  }
  // Sheets runs onOpen (and onInstall) as a simple trigger, with an event.
  if (step.name === "onOpen" || step.name === "onInstall") return session.runOnOpen();
  return session.call(step.name, step.args);
}

/**
 * Why a step that returned failed, or null. A menu command reports a failure to the user with an alert and
 * returns nothing (the bundle's runCommand); an unexpected error it also logs with console.error. A rejected edit
 * fails too: the cell did not take the text.
 */
function failureOf(
  step: CliStep,
  result: unknown,
  alerts: readonly string[],
  errors: readonly string[],
): string | null {
  if (step.kind === "edit") {
    const edit = result as { accepted: boolean; message?: string };
    return edit.accepted ? null : `the cell refused the text: ${edit.message ?? ""}`.trim();
  }
  if (errors.length > 0) return alerts[0] ?? errors[0];
  if ((result === undefined || result === null) && alerts.length > 0) return alerts[0];
  return null;
}

async function main(): Promise<number> {
  const options = parseCliArgs(process.argv.slice(2));
  if (options.help) {
    // Loaded only here: the registry brings in the whole add-on's source.
    const { helpText } = await import("./cli-help");
    process.stdout.write(helpText());
    return 0;
  }
  if (options.input.kind === "xlsx" && !existsSync(options.input.file)) {
    throw new UsageError(`no such file: ${options.input.file}`);
  }
  const session = await WorkbookSession.open({
    source: options.input,
    locale: options.locale,
    timeZone: options.timeZone,
    today: options.today,
  });
  for (const note of session.notes) console.error(`note: ${note}`);
  const { ui } = session.emulator;
  const timeZone = session.ss.getSpreadsheetTimeZone();
  for (const step of options.steps) {
    const seen = {
      alerts: ui.alerts.length,
      toasts: ui.toasts.length,
      console: session.emulator.console.length,
    };
    let result: unknown;
    try {
      result = run(session, step);
    } catch (error) {
      if (error instanceof UnknownFunctionError) throw new UsageError(error.message);
      if (error instanceof UsageError) throw error;
      console.error(`${label(step)} failed: ${oneLine(error)}`);
      return 1;
    }
    const alerts = ui.alerts
      .slice(seen.alerts)
      .map((alert) => [alert.title, alert.prompt].filter(Boolean).join(": ").replace(/\n/g, " / "));
    const errors = session.emulator.console
      .slice(seen.console)
      .filter((line) => line.level === "error")
      .map((line) => line.message);
    const failure = failureOf(step, result, alerts, errors);
    if (failure !== null) {
      console.error(`${label(step)} failed: ${failure}`);
      return 1;
    }
    for (const alert of alerts) console.error(`alert: ${alert}`);
    for (const toast of ui.toasts.slice(seen.toasts)) console.error(`toast: ${toast.message}`);
    console.log(JSON.stringify(plainValue(result, timeZone)));
  }
  if (options.dump) writeFileSync(options.dump, `${JSON.stringify(dumpWorkbook(session.emulator))}\n`);
  if (options.out) {
    for (const left of await writeXlsx(session.emulator, options.out))
      console.error(`note: ${options.out} leaves out ${left}`);
  }
  return 0;
}

function isFileError(error: unknown): boolean {
  return (
    error instanceof WorkbookTooLarge ||
    (error instanceof Error && (/^Cannot read /.test(error.message) || "code" in error))
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${oneLine(error)}`);
    process.exitCode = error instanceof UsageError || isFileError(error) ? 2 : 1;
  },
);
