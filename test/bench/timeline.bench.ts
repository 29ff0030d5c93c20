// Benchmark: timeline generation and a pasted onEdit at growing plan sizes — emulator time, service calls, and the
// Apps Script time those calls would cost at Google's ~7 ms per call (DOMAIN.md, performance best practices).
import { performance } from "node:perf_hooks";
import { exampleActivityRows } from "../support/example-table";
import { put, setToday, sheet, workbook } from "../support/workbook";

process.env.TZ = "Europe/Stockholm";
const MS_PER_CALL = 7;
const SIZES = (process.argv[2] ?? "10,100,500,2000").split(",").map(Number);
const DOCUMENT =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|Lock|LockService|NamedRange|Protection)\./;

function documentCalls(snapshot: Record<string, number>): number {
  return Object.entries(snapshot)
    .filter(([name]) => DOCUMENT.test(name) && !name.startsWith("SpreadsheetApp.new"))
    .reduce((sum, [, n]) => sum + n, 0);
}

function plan(n: number) {
  const wb = workbook({ locale: "sv_SE" });
  wb.ctx.setUpPlan();
  sheet(wb, "Inställningar")
    .getRange("B3:B4")
    .setValues([["VT 2024"], ["HT 2024"]]);
  setToday(wb, "Inställningar", new Date(2024, 9, 15));
  const base = exampleActivityRows();
  put(
    wb,
    "Aktiviteter",
    Array.from({ length: n }, (_, i) => base[i % base.length]),
    2,
  );
  return wb;
}

const rows: string[][] = [];
for (const n of SIZES) {
  const wb = plan(n);
  wb.ctx.generateTermTimeline();
  const ctx = wb.load();
  wb.emu.calls.reset();
  const started = performance.now();
  ctx.generateTermTimeline();
  const ms = performance.now() - started;
  const calls = documentCalls(wb.emu.calls.snapshot());
  const timeline = sheet(wb, "Tidslinje");
  const cells = timeline.getLastRow() * timeline.getLastColumn();

  const activities = sheet(wb, "Aktiviteter");
  const app = wb.load().SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const source = app.getActiveSpreadsheet();
  const range = source
    .getSheetByName("Aktiviteter")!
    .getRange(2, 1, Math.min(n, activities.getLastRow() - 1), 2);
  const editCtx = wb.load();
  wb.emu.calls.reset();
  const editStart = performance.now();
  editCtx.onEdit({ range, source, authMode: "LIMITED" });
  const editMs = performance.now() - editStart;
  const editCalls = documentCalls(wb.emu.calls.snapshot());

  rows.push([
    String(n),
    ms.toFixed(0),
    String(calls),
    String(calls * MS_PER_CALL),
    String(cells * 2 * MS_PER_CALL),
    editMs.toFixed(0),
    String(editCalls),
  ]);
}

const header = [
  "activities",
  "generate ms (emulator)",
  "calls",
  "≈ Apps Script ms (calls × 7)",
  "≈ ms cell by cell (2 calls/cell)",
  "paste onEdit ms",
  "onEdit calls",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join("  ");
console.log(line(header));
for (const row of rows) console.log(line(row));
