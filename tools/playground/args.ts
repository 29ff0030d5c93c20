// The playground's command line: --port, --locale, --time-zone, --today, --in, --fresh, --empty (a bad one is one
// line, exit 2).
import { checkTimeZone, checkToday, DEFAULT_TIME_ZONE, UsageError } from "../cli-args";

export interface ServerArgs {
  port: number;
  locale?: string;
  /** The spreadsheet's time zone for a new workbook. */
  timeZone: string;
  today?: string;
  input?: string;
  fresh: boolean;
  empty: boolean;
}

export const SERVER_USAGE =
  "usage: npm start -- [--port N] [--locale sv_SE|en_US] [--time-zone ZONE] [--today YYYY-MM-DD] " +
  "[--in FILE.xlsx | --fresh | --empty]";

export function parseServerArgs(argv: readonly string[]): ServerArgs {
  const args: ServerArgs = { port: 8080, fresh: false, empty: false, timeZone: DEFAULT_TIME_ZONE };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === "--port") {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError("--port takes 0–65535");
      args.port = port;
    } else if (flag === "--locale") {
      const locale = value();
      if (locale !== "sv_SE" && locale !== "en_US") throw new UsageError("--locale must be sv_SE or en_US");
      args.locale = locale;
    } else if (flag === "--time-zone") {
      args.timeZone = checkTimeZone(value());
    } else if (flag === "--today") {
      args.today = checkToday(value());
    } else if (flag === "--in") {
      args.input = value();
    } else if (flag === "--fresh") {
      args.fresh = true;
    } else if (flag === "--empty") {
      args.empty = true;
    } else {
      throw new UsageError(`unknown argument ${flag} (${SERVER_USAGE})`);
    }
  }
  if ([args.input !== undefined, args.fresh, args.empty].filter(Boolean).length > 1) {
    throw new UsageError("give at most one of --in, --fresh and --empty");
  }
  return args;
}
