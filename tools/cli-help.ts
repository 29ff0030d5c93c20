// `npm run cli -- --help`: the usage, each option, and every function --call can run with its summary (from the registry).
import { ENTRY_POINTS } from "../src/entry/registry";
import { USAGE } from "./cli-args";

const OPTIONS: [string, string][] = [
  ["--in FILE.xlsx", "open a workbook; its custom functions compute as in Sheets"],
  ["--example", "start from the example plan (as the menu makes it)"],
  ["--locale sv_SE|en_US", "the spreadsheet's locale for a new workbook (default sv_SE)"],
  ["--time-zone ZONE", "the spreadsheet's time zone for a new workbook (default Europe/Stockholm)"],
  ["--today YYYY-MM-DD", "pin the clock to that day (1900–2999): the add-on and TODAY() read it"],
  ["--call NAME [JSON_ARGS]", "run a function of the add-on (repeatable); a JSON array is its argument list"],
  ["--edit SHEET!A1 TEXT", "type TEXT into a cell as a user does (repeatable): onEdit runs as in Sheets"],
  ["--out FILE.xlsx", "save the workbook; --in reads it back as it was"],
  ["--dump FILE.json", "every sheet as a user sees it: values, display values, formulas, colours"],
  ["--help", "this text"],
];

const KINDS = [
  ["menu", "Menu items"],
  ["sidebar", "Sidebar calls"],
  ["custom-function", "Custom functions (also in formulas)"],
  ["trigger", "Triggers"],
] as const;

export function helpText(): string {
  const width = Math.max(...OPTIONS.map(([flag]) => flag.length));
  const lines = [USAGE, "", "Options:", ...OPTIONS.map(([flag, what]) => `  ${flag.padEnd(width)}  ${what}`)];
  lines.push("", "Functions --call can run:");
  for (const [kind, title] of KINDS) {
    const points = ENTRY_POINTS.filter((p) => p.kind === kind);
    if (points.length === 0) continue;
    const signature = (p: (typeof points)[number]) =>
      kind === "custom-function"
        ? `${p.name}(${p.params.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`
        : p.name;
    const nameWidth = Math.max(...points.map((p) => signature(p).length));
    lines.push(`  ${title}:`, ...points.map((p) => `    ${signature(p).padEnd(nameWidth)}  ${p.summary}`));
  }
  return `${lines.join("\n")}\n`;
}
