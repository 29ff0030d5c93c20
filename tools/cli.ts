// Headless runner: opens a workbook, runs bundle functions in order, prints their results, writes .xlsx / JSON.
import { existsSync, writeFileSync } from "node:fs";
import { parseCliArgs, UsageError } from "./cli-args";
import { dumpWorkbook } from "./session/dump";
import { plainValue } from "./session/plain";
import { writeXlsx } from "./session/xlsx-write";
import { UnknownFunctionError, WorkbookSession } from "./workbook-session";

process.env.TZ ??= "Europe/Stockholm";

const oneLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0];

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
    today: options.today,
  });
  for (const note of session.notes) console.error(`note: ${note}`);
  const ui = session.emulator.ui;
  const timeZone = session.ss.getSpreadsheetTimeZone();
  for (const call of options.calls) {
    const seen = { alerts: ui.alerts.length, toasts: ui.toasts.length };
    let result: unknown;
    try {
      result = session.call(call.name, call.args);
    } catch (error) {
      if (error instanceof UnknownFunctionError) throw new UsageError(error.message);
      console.error(`${call.name} failed: ${oneLine(error)}`);
      return 1;
    }
    for (const alert of ui.alerts.slice(seen.alerts)) {
      console.error(`alert: ${[alert.title, alert.prompt].filter(Boolean).join(": ").replace(/\n/g, " / ")}`);
    }
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`error: ${oneLine(error)}`);
    process.exitCode = error instanceof UsageError || isFileError(error) ? 2 : 1;
  },
);

function isFileError(error: unknown): boolean {
  return error instanceof Error && (/^Cannot read /.test(error.message) || "code" in error);
}
