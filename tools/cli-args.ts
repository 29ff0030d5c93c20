// Parses the headless runner's arguments; a bad one is a UsageError (one line, exit code 2).
import { isIsoDay } from "./session/plain";

export class UsageError extends Error {}

/** One step, in the order given: a function of the bundle run, or a cell typed into as a user. */
export type CliStep =
  | { kind: "call"; name: string; args: unknown[] }
  | { kind: "edit"; range: string; text: string };

export interface CliOptions {
  input: { kind: "empty" } | { kind: "example" } | { kind: "xlsx"; file: string };
  locale: "sv_SE" | "en_US";
  /** The spreadsheet's time zone for a new workbook. */
  timeZone: string;
  today?: string;
  steps: CliStep[];
  out?: string;
  dump?: string;
  /** --help: print the usage and the callable functions, and do nothing else. */
  help?: boolean;
}

export const USAGE =
  "usage: npm run cli -- [--in FILE.xlsx | --example] [--locale sv_SE|en_US] [--time-zone ZONE] " +
  "[--today YYYY-MM-DD] [--call NAME [JSON_ARGS] | --edit SHEET!A1 TEXT]... [--out FILE.xlsx] [--dump FILE.json] [--help]";

const LOCALES = ["sv_SE", "en_US"] as const;

/** The playground's and the runner's default: the add-on's own zone (appsscript.json). */
export const DEFAULT_TIME_ZONE = "Europe/Stockholm";

/** The days --today takes: a plan's clock a century or so either side of now; a later day is a typo. */
const TODAY_RANGE = { from: "1900-01-01", to: "2999-12-31" };

/** A --today value, or a UsageError saying what is wrong with it. */
export function checkToday(text: string): string {
  if (!isIsoDay(text)) throw new UsageError(`--today must be a date YYYY-MM-DD, not ${text}`);
  if (text < TODAY_RANGE.from || text > TODAY_RANGE.to) {
    throw new UsageError(`--today must be a day from ${TODAY_RANGE.from} to ${TODAY_RANGE.to}, not ${text}`);
  }
  return text;
}

/** A --time-zone value (an IANA zone such as Europe/Stockholm), in its canonical spelling, or a UsageError. */
export function checkTimeZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--time-zone must be a time zone such as Europe/Stockholm, not ${zone}`);
  }
}

/** Triggers Sheets runs itself: the runner runs onOpen as Sheets does, and onEdit only for a typed edit. */
function triggerStep(name: string): void {
  if (name === "onEdit") {
    throw new UsageError("onEdit runs when a user edits a cell: type into one with --edit SHEET!A1 TEXT");
  }
}

/** A JSON array is the argument list; any other JSON value is the one argument. */
function parseJsonArgs(name: string, text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--call ${name}: arguments are not valid JSON: ${text.slice(0, 60)}`);
  }
  return Array.isArray(value) ? value : [value];
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    input: { kind: "empty" },
    locale: "sv_SE",
    timeZone: DEFAULT_TIME_ZONE,
    steps: [],
  };
  let i = 0;
  const value = (flag: string): string => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    i++;
    return next;
  };
  for (; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case "--in": {
        if (options.input.kind !== "empty") throw new UsageError("give at most one of --in and --example");
        const file = value(flag);
        if (!file.toLowerCase().endsWith(".xlsx"))
          throw new UsageError(`--in takes an .xlsx file, not ${file}`);
        options.input = { kind: "xlsx", file };
        break;
      }
      case "--example":
        if (options.input.kind !== "empty") throw new UsageError("give at most one of --in and --example");
        options.input = { kind: "example" };
        break;
      case "--locale": {
        const locale = value(flag);
        const known = LOCALES.find((l) => l === locale);
        if (!known) throw new UsageError(`--locale must be sv_SE or en_US, not ${locale}`);
        options.locale = known;
        break;
      }
      case "--time-zone":
        options.timeZone = checkTimeZone(value(flag));
        break;
      case "--today":
        options.today = checkToday(value(flag));
        break;
      case "--call": {
        const name = value(flag);
        if (!/^[A-Za-z_$][\w$]*$/.test(name))
          throw new UsageError(`--call needs a function name, not ${name}`);
        triggerStep(name);
        const next = argv[i + 1];
        const args = next !== undefined && !next.startsWith("--") ? parseJsonArgs(name, argv[++i]) : [];
        options.steps.push({ kind: "call", name, args });
        break;
      }
      case "--edit": {
        const range = value(flag);
        if (!/^.+!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(range))
          throw new UsageError(`--edit needs a cell such as Aktiviteter!B5, not ${range}`);
        const text = argv[i + 1];
        if (text === undefined) throw new UsageError(`--edit ${range} needs the text to type`);
        i++;
        options.steps.push({ kind: "edit", range, text });
        break;
      }
      case "--out":
        options.out = value(flag);
        if (!options.out.toLowerCase().endsWith(".xlsx"))
          throw new UsageError("--out takes an .xlsx file name");
        break;
      case "--dump":
        options.dump = value(flag);
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown argument ${flag} (${USAGE})`);
    }
  }
  return options;
}
