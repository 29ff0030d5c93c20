// Parses the headless runner's arguments; a bad one is a UsageError (one line, exit code 2).
import { isIsoDay } from "./session/plain";

export class UsageError extends Error {}

export interface CliCall {
  name: string;
  args: unknown[];
}

export interface CliOptions {
  input: { kind: "empty" } | { kind: "example" } | { kind: "xlsx"; file: string };
  locale: "sv_SE" | "en_US";
  today?: string;
  calls: CliCall[];
  out?: string;
  dump?: string;
  /** --help: print the usage and the callable functions, and do nothing else. */
  help?: boolean;
}

export const USAGE =
  "usage: npm run cli -- [--in FILE.xlsx | --example] [--locale sv_SE|en_US] [--today YYYY-MM-DD] " +
  "[--call NAME [JSON_ARGS]]... [--out FILE.xlsx] [--dump FILE.json] [--help]";

const LOCALES = ["sv_SE", "en_US"] as const;

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
  const options: CliOptions = { input: { kind: "empty" }, locale: "sv_SE", calls: [] };
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
      case "--today": {
        const today = value(flag);
        if (!isIsoDay(today)) throw new UsageError(`--today must be a date YYYY-MM-DD, not ${today}`);
        options.today = today;
        break;
      }
      case "--call": {
        const name = value(flag);
        if (!/^[A-Za-z_$][\w$]*$/.test(name))
          throw new UsageError(`--call needs a function name, not ${name}`);
        const next = argv[i + 1];
        const args = next !== undefined && !next.startsWith("--") ? parseJsonArgs(name, argv[++i]) : [];
        options.calls.push({ name, args });
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
