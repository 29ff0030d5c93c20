// Saving and opening again keeps what a user sees: the example plan through a snapshot (the playground's save) and
// through .xlsx (--out, then --in) shows the same values, colours and layout, and no cell shows an error.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dumpWorkbook, type SheetDump } from "../../tools/session/dump";
import { writeXlsx } from "../../tools/session/xlsx-write";
import { WorkbookSession } from "../../tools/workbook-session";

const TODAY = "2025-12-15";

/** "Tab!A1: #REF! (message)" for every cell that displays an error. */
function errorsIn(sheets: readonly SheetDump[]): string[] {
  return sheets.flatMap((sheet) =>
    sheet.displayValues.flatMap((line, r) =>
      line.flatMap((text, c) =>
        /^#[A-Z0-9/]+[!?]?$/.test(text) ? [`${sheet.name}!R${r + 1}C${c + 1}: ${text}`] : [],
      ),
    ),
  );
}

describe("the example plan saved and opened again", () => {
  let original: WorkbookSession;
  let dump: SheetDump[];
  beforeAll(async () => {
    original = await WorkbookSession.open({ source: { kind: "example" }, today: TODAY });
    dump = dumpWorkbook(original.emulator).sheets;
  }, 60_000);

  it("shows no error on any tab to begin with", () => {
    expect(dump.map((s) => s.name)).toEqual([
      "Mål",
      "Aktiviteter",
      "Medlemmar",
      "Inställningar",
      "Styrelse",
      "Valresultat",
      "Tidslinje",
    ]);
    expect(errorsIn(dump)).toEqual([]);
  });

  it("as a snapshot: every tab shows the same, and no error", async () => {
    const snapshot = JSON.parse(JSON.stringify(original.emulator.toJSON()));
    const back = await WorkbookSession.open({ source: { kind: "snapshot", snapshot }, today: TODAY });
    const again = dumpWorkbook(back.emulator).sheets;
    expect(errorsIn(again)).toEqual([]);
    expect(again).toEqual(dump);
  });

  it("as .xlsx: every tab shows the same values, colours, fonts, rules and layout, and no error", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "round-trip-")), "plan.xlsx");
    const left = await writeXlsx(original.emulator, file);
    // Excel files hold no Sheets charts; everything else the example uses goes in.
    expect(left).toEqual(["Medlemmar: 1 chart(s)"]);
    const back = await WorkbookSession.open({ source: { kind: "xlsx", file }, today: TODAY });
    expect(back.notes).toEqual([]);
    const again = dumpWorkbook(back.emulator).sheets;
    expect(errorsIn(again)).toEqual([]);
    for (const [i, sheet] of again.entries()) {
      expect({ name: sheet.name, displayValues: sheet.displayValues }).toEqual({
        name: dump[i].name,
        displayValues: dump[i].displayValues,
      });
      expect(sheet, sheet.name).toEqual(dump[i]);
    }
  }, 120_000);

  it("compares a timeline coloured by conditional formats, so equal colours mean the rules came back", () => {
    const timeline = dump.find((s) => s.name === "Tidslinje");
    const coloured = timeline?.backgrounds.flat().filter((c) => c !== "#ffffff") ?? [];
    expect(new Set(coloured).size).toBeGreaterThan(4);
  });
});
