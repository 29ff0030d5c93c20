// The playground's workbook without a browser: what it opens (--empty, a damaged or unreadable save), that a save is
// never thrown away, and that each alert reaches a page once.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "../../tools/cli-args";
import { parseServerArgs } from "../../tools/playground/args";
import { PlaygroundSession } from "../../tools/playground/session";
import { WorkbookTooLarge } from "../../tools/session/xlsx-limits";

function saveFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "playground-")), "workbook.json");
}

/** The dated copies kept beside the save file. */
function kept(file: string): string[] {
  const dir = path.dirname(file);
  return readdirSync(dir)
    .filter((f) => /^workbook-\d{4}-\d\d-\d\dT[\d-]+\.json$/.test(f))
    .map((f) => path.join(dir, f));
}

describe("the playground's workbook", () => {
  it("--empty opens one empty sheet, as a new Sheet, and saves it", async () => {
    const file = saveFile();
    const session = await PlaygroundSession.open({ empty: true, saveFile: file });
    const state = session.state();
    expect(state.sheets.map((s) => s.name)).toEqual(["Blad1"]);
    expect(session.workbook.ss.getSheets()[0].getLastRow()).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(state.menus.length).toBe(1);
  });

  it("opens a damaged save with everything else, says what it lost once, and keeps the file as it was", async () => {
    const file = saveFile();
    const first = await PlaygroundSession.open({ empty: true, saveFile: file });
    first.edit("Blad1", "A1", "Kongress");
    const saved = JSON.parse(readFileSync(file, "utf8"));
    saved.sheets.push({ ...saved.sheets[0], name: "Trasig", contents: "garbage" });
    const damaged = JSON.stringify(saved);
    writeFileSync(file, damaged);

    const session = await PlaygroundSession.open({ saveFile: file });
    expect(session.notes).toHaveLength(1);
    expect(session.notes[0]).toMatch(
      /^Some of the saved workbook could not be restored: the cells of Trasig \(not a table of cells\)\. Everything else is here\. The file as it was is kept in .*workbook-.*\.json\.$/,
    );
    expect(session.notes[0]).not.toMatch(/--fresh/);
    expect(kept(file).map((f) => readFileSync(f, "utf8"))).toEqual([damaged]);
    expect(session.workbook.ss.getSheetByName("Blad1")?.getRange("A1").getValue()).toBe("Kongress");
    const events = session.state().events;
    expect(events.map((e) => [e.kind, e.message])).toEqual([["alert", session.notes[0]]]);
    expect(session.state().events).toEqual([]);
  });

  it("opens the example when the save is not JSON at all, and keeps the file", async () => {
    const file = saveFile();
    writeFileSync(file, '{"version": 1, "sheets": [');
    const session = await PlaygroundSession.open({ saveFile: file, today: "2025-12-15" });
    expect(session.notes[0]).toMatch(
      /could not be read \(.*JSON.*\)\. It is kept, as it was, in .*; the playground opened the example plan\./,
    );
    expect(kept(file).map((f) => readFileSync(f, "utf8"))).toEqual(['{"version": 1, "sheets": [']);
    expect(session.state().sheets.map((s) => s.name)).toContain("Aktiviteter");
  }, 60_000);

  it("hands each alert to a page once: asking again, as a reloaded page does, shows none", async () => {
    const session = await PlaygroundSession.open({ empty: true, saveFile: saveFile() });
    session.run("setUpPlan");
    const first = session.state().events;
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((e) => e.kind === "alert" || e.kind === "toast")).toBe(true);
    expect(session.state().events).toEqual([]);
  });
});

describe("--time-zone", () => {
  it("is the spreadsheet's zone of a new workbook, canonical, and Europe/Stockholm unless given", async () => {
    expect(parseServerArgs([]).timeZone).toBe("Europe/Stockholm");
    expect(parseServerArgs(["--time-zone", "asia/tokyo"]).timeZone).toBe("Asia/Tokyo");
    expect(parseCliArgs(["--time-zone", "America/New_York"]).timeZone).toBe("America/New_York");
    expect(() => parseCliArgs(["--time-zone", "Mars/Olympus"])).toThrow(UsageError);
    const session = await PlaygroundSession.open({
      empty: true,
      saveFile: saveFile(),
      timeZone: "Asia/Tokyo",
    });
    expect(session.workbook.ss.getSpreadsheetTimeZone()).toBe("Asia/Tokyo");
    session.edit("Blad1", "A1", "2025-03-15");
    expect((session.workbook.ss.getRange("Blad1!A1").getValue() as Date).toISOString()).toBe(
      "2025-03-14T15:00:00.000Z",
    );
  });
});

describe("the playground's formulas", () => {
  it("show as a user of the spreadsheet's locale types them, and are typed so — https://support.google.com/docs/answer/58515", async () => {
    const session = await PlaygroundSession.open({ empty: true, saveFile: saveFile() });
    session.edit("Blad1", "A1", "=SUM(1,5;2)");
    expect(session.workbook.ss.getRange("Blad1!A1").getFormula()).toBe("=SUM(1.5,2)");
    const view = session.state("Blad1").sheets[0];
    expect("formulas" in view && view.formulas[0][0]).toBe("=SUM(1,5;2)");
    expect("values" in view && view.values[0][0]).toBe("3,5");
  });
});

describe("opening a workbook Google Sheets could not hold", () => {
  it("is refused in one line before the grid is built — https://support.google.com/drive/answer/37603", async () => {
    const input = path.join(mkdtempSync(path.join(tmpdir(), "playground-")), "far.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Blad1").getCell("XFD1048576").value = 1;
    await book.xlsx.writeFile(input);
    const opening = PlaygroundSession.open({ input, saveFile: saveFile() });
    await expect(opening).rejects.toBeInstanceOf(WorkbookTooLarge);
    await expect(opening).rejects.toThrow(/sheet Blad1 reaches XFD1048576/);
  });
});

describe("npm start's arguments", () => {
  it("refuse a --today outside 1900–2999 in one line", () => {
    expect(() => parseServerArgs(["--today", "9999-12-31"])).toThrow(
      "--today must be a day from 1900-01-01 to 2999-12-31, not 9999-12-31",
    );
  });

  it("take --empty, and refuse two starting points at once", () => {
    expect(parseServerArgs(["--empty", "--port", "0"])).toMatchObject({ empty: true, port: 0 });
    expect(() => parseServerArgs(["--empty", "--fresh"])).toThrow(UsageError);
    expect(() => parseServerArgs(["--in", "a.xlsx", "--empty"])).toThrow(
      "at most one of --in, --fresh and --empty",
    );
  });
});
