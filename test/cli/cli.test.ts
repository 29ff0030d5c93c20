// The headless runner as a child process: a plan built from an empty workbook by calls, its dump, and bad arguments.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { STATUS_COLORS } from "../../src/core/timeline/colors";
import { ENTRY_POINTS } from "../../src/entry/registry";
import { EXAMPLE_TABLE } from "../support/example-table";
import { monthLabels } from "../support/timeline-months";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BUNDLE = readFileSync(path.join(ROOT, "build/Code.js"), "utf8");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "tools/cli.ts", ...args],
      { cwd: ROOT, env: { ...process.env, TZ: "Europe/Stockholm" }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface Dump {
  sheets: { name: string; displayValues: string[][]; backgrounds: string[][] }[];
}

describe("npm run cli", () => {
  it.skipIf(!BUNDLE.includes("function importActivityTable("))(
    "builds the 2024 plan on an empty workbook by calls, and dumps what a user would see",
    async () => {
      const out = path.join(mkdtempSync(path.join(tmpdir(), "cli-")), "out.json");
      const run = await cli([
        "--today",
        "2024-10-15",
        "--call",
        "setUpPlan",
        "--call",
        "importActivityTable",
        JSON.stringify([EXAMPLE_TABLE]),
        "--call",
        "generateTermTimeline",
        "--dump",
        out,
      ]);
      expect(run.stderr).not.toMatch(/failed|error:/);
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split("\n")).toHaveLength(3);
      const dump = JSON.parse(readFileSync(out, "utf8")) as Dump;
      const timeline = dump.sheets.find((s) => s.name === "Tidslinje");
      expect(timeline).toBeDefined();
      const values = timeline!.displayValues;
      const colours = timeline!.backgrounds;
      const labels = monthLabels(values);
      const month = (label: string) => labels.get(label) ?? -1;
      const header = Object.fromEntries([...labels].map(([label, column]) => [column, label]));
      const row = (what: string) => values.findIndex((r) => String(r[0]).startsWith(what));
      const statusColours = new Set<string>(Object.values(STATUS_COLORS).map((s) => s.exact));

      const eu = row("Valanalys EU-val");
      const coloured = colours[eu].flatMap((c, i) => (i >= 3 && statusColours.has(c) ? [header[i]] : []));
      expect(coloured).toEqual(["aug 2024"]);
      expect(colours[eu][month("aug 2024")]).toBe(STATUS_COLORS.late.exact);

      const analysis = row("Färdigställd analys");
      expect(values[analysis][month("maj 2024")]).toBe("1");

      const nyIC = row("Ny i C");
      expect(colours[nyIC][month("feb 2024")]).toBe(STATUS_COLORS.late.approximate);
    },
  );

  it("prints each call's result as one JSON line, in order", async () => {
    const run = await cli([
      "--today",
      "2024-10-15",
      "--call",
      "setUpPlan",
      "--call",
      "TERM_OF",
      '"2024-03-15"',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toHaveProperty("done");
  });

  it("--help prints the usage and every function --call can run, with its summary", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^usage: npm run cli -- /);
    for (const flag of ["--in", "--example", "--locale", "--today", "--call", "--out", "--dump"]) {
      expect(run.stdout).toContain(flag);
    }
    const lines = run.stdout.split("\n");
    for (const point of ENTRY_POINTS) {
      expect(
        lines.some((l) => l.trim().startsWith(point.name) && l.includes(point.summary)),
        point.name,
      ).toBe(true);
    }
  });

  it("prints dates as the spreadsheet shows them, in its time zone", async () => {
    const run = await cli(["--call", "TERM_END", '"HT 2025"', "--call", "TERM_START", '["VT 2025"]']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n")).toEqual(['"2025-12-31"', '"2025-01-01"']);
  });

  it('sets a plan up in America/New_York and shows "1 maj" as the first of May, typed or added', async () => {
    const dump = path.join(mkdtempSync(path.join(tmpdir(), "cli-")), "plan.json");
    const run = await cli([
      ...["--time-zone", "America/New_York", "--today", "2025-04-20", "--call", "setUpPlan"],
      ...["--edit", "Aktiviteter!A2", "VT 2025", "--edit", "Aktiviteter!B2", "1 maj"],
      ...[
        "--call",
        "addActivity",
        '[{"term":"VT 2025","when":"1 maj","what":"Första maj","targetGroup":"","owner":""}]',
      ],
      ...["--dump", dump],
    ]);
    expect(run.code).toBe(0);
    const activities = (JSON.parse(readFileSync(dump, "utf8")) as Dump).sheets.find(
      (s) => s.name === "Aktiviteter",
    )!;
    const [header, typed, added] = activities.displayValues;
    const at = (name: string) => header.indexOf(name);
    for (const row of [typed, added]) {
      expect([row[at("När")], row[at("Start")], row[at("Slut")]]).toEqual([
        "1 maj",
        "2025-05-01",
        "2025-05-01",
      ]);
    }
  }, 120_000);

  it("--in alone computes the custom functions of a workbook written by --out", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-"));
    const book = path.join(dir, "plan.xlsx");
    const written = await cli(["--example", "--today", "2025-12-15", "--out", book]);
    expect(written.code).toBe(0);
    const dump = path.join(dir, "plan.json");
    const read = await cli(["--in", book, "--today", "2025-12-15", "--dump", dump]);
    expect(read.code).toBe(0);
    const sheets = (JSON.parse(readFileSync(dump, "utf8")) as Dump).sheets;
    const shown = sheets.flatMap((s) => s.displayValues.flat());
    expect(shown.filter((v) => /^#(NAME\?|REF!|ERROR!|VALUE!)$/.test(v))).toEqual([]);
    const membership = sheets.find((s) => s.name === "Medlemmar")!;
    const target = membership.displayValues[0].indexOf("Mål");
    expect(target).toBeGreaterThan(0);
    expect(membership.displayValues[1][target]).toMatch(/^\d+$/);
  }, 120_000);

  it.each([
    [["--bogus"], /unknown argument --bogus/],
    [["--today", "2024-02-30"], /--today must be a date/],
    [["--locale", "de_DE"], /--locale must be sv_SE or en_US/],
    [["--in", "missing.xlsx"], /no such file: missing.xlsx/],
    [["--in", "a.xlsx", "--example"], /at most one of --in and --example/],
    [["--call", "noSuchFunction"], /no global function noSuchFunction/],
    [["--call", "setUpPlan", "{not json"], /not valid JSON/],
    [["--dump"], /--dump needs a value/],
    [["--today", "9999-12-31"], /--today must be a day from 1900-01-01 to 2999-12-31, not 9999-12-31/],
    [["--call", "onEdit"], /onEdit runs when a user edits a cell: type into one with --edit SHEET!A1 TEXT/],
    [["--time-zone", "Mars/Olympus"], /--time-zone must be a time zone such as Europe\/Stockholm/],
    [["--edit", "B2", "x"], /--edit needs a cell such as Aktiviteter!B5/],
    [["--edit", "Finns!B2", "x"], /no sheet named Finns/],
  ])("rejects %j with one line on stderr and exit code 2", async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").filter((l) => l.trim() !== "" && !/npm warn/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("exits 1 with one line when a menu command fails (it shows an alert and returns nothing)", async () => {
    const run = await cli(["--call", "generateTermTimeline", "--call", "setUpPlan"]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      "generateTermTimeline failed: Fliken Aktiviteter saknas. Välj först ”Skapa eller reparera planen”.",
    ]);
    expect(run.stdout).toBe("");
  });

  it("types into a cell as a user does with --edit: onEdit fills Start and End, a refused entry exits 1", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "cli-")), "out.json");
    const typed = await cli([
      "--today",
      "2025-01-15",
      "--call",
      "setUpPlan",
      "--edit",
      "Aktiviteter!A2",
      "VT 2025",
      "--edit",
      "Aktiviteter!B2",
      "1 mars",
      "--dump",
      out,
    ]);
    expect(typed.code).toBe(0);
    expect(typed.stdout.trim().split("\n").slice(1)).toEqual(['{"accepted":true}', '{"accepted":true}']);
    const activities = (JSON.parse(readFileSync(out, "utf8")) as Dump).sheets.find(
      (s) => s.name === "Aktiviteter",
    )!;
    expect(activities.displayValues[1]).toContain("2025-03-01");
    const refused = await cli(["--call", "setUpPlan", "--edit", "Medlemmar!D3", "12,5"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n").at(-1)).toMatch(
      /^--edit Medlemmar!D3 failed: the cell refused the text: /,
    );
  });

  it("refuses a small .xlsx naming a cell at XFD1048576 at once, with one line and exit code 2", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cli-")), "far.xlsx");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Blad1");
    sheet.getCell("A1").value = "x";
    sheet.getCell("XFD1048576").value = 1;
    await book.xlsx.writeFile(file);
    expect(statSync(file).size).toBeLessThan(10_000);
    const run = await cli(["--in", file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      `error: ${file}: sheet Blad1 reaches XFD1048576, 1,048,576 rows × 16,384 columns; Google Sheets holds at most ` +
        "10,000,000 cells in a spreadsheet (and 18,278 columns, 1,048,576 rows in a sheet).",
    ]);
  });

  it("rejects a file that is not an xlsx workbook with exit code 2", async () => {
    const bad = path.join(mkdtempSync(path.join(tmpdir(), "cli-")), "bad.xlsx");
    await import("node:fs").then((fs) => fs.writeFileSync(bad, "not a zip"));
    expect(existsSync(bad)).toBe(true);
    const run = await cli(["--in", bad]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/Cannot read .* as \.xlsx/);
  });
});
