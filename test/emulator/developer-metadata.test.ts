// Developer metadata on sheets and the spreadsheet: add, find by key and value, follow renames, go with the sheet.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

describe("developer metadata", () => {
  it("is found by key and value, whatever the sheet is called, and leaves with a deleted sheet", () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    const plan = ss.insertSheet("Aktiviteter");
    const other = ss.insertSheet("Annat");
    plan.addDeveloperMetadata("planTab", "activities");
    other.addDeveloperMetadata("planTab", "goals");
    ss.addDeveloperMetadata("planVersion", "1");
    plan.setName("Att göra");
    const found = ss.createDeveloperMetadataFinder().withKey("planTab").withValue("activities").find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getSheet()?.getName()).toBe("Att göra");
    expect(String(found[0].getLocation().getLocationType())).toBe("SHEET");
    expect(plan.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
      ["planTab", "activities"],
    ]);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["planVersion"]);
    expect(plan.createDeveloperMetadataFinder().withKey("planTab").find()).toHaveLength(1);
    ss.deleteSheet(other);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withKey("planTab")
        .find()
        .map((m) => m.getValue()),
    ).toEqual(["activities"]);
  });

  it("counts every call the code under test makes", () => {
    const emu = createEmulator();
    emu.spreadsheet.insertSheet("Mål").addDeveloperMetadata("planTab", "goals");
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const before = emu.calls.total();
    const [entry] = app.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey("planTab").find();
    entry.getLocation().getSheet();
    expect(emu.calls.total() - before).toBe(6);
  });

  it("survives a snapshot", () => {
    const emu = createEmulator();
    emu.spreadsheet.insertSheet("Mål").addDeveloperMetadata("planTab", "goals");
    const again = createEmulator({ snapshot: emu.toJSON() });
    const [entry] = again.spreadsheet.createDeveloperMetadataFinder().withKey("planTab").find();
    expect(entry.getValue()).toBe("goals");
    expect(entry.getLocation().getSheet()?.getName()).toBe("Mål");
  });
});

describe("moving a tab", () => {
  it(`reorders the sheets and keeps their metadata — https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)`, () => {
    const emu = createEmulator();
    const ss = emu.spreadsheet;
    ss.insertSheet("A").addDeveloperMetadata("planTab", "goals");
    ss.insertSheet("B");
    ss.setActiveSheet(ss.getSheetByName("B")!);
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["B", "Sheet1", "A"]);
    expect(
      ss.createDeveloperMetadataFinder().withKey("planTab").find()[0].getLocation().getSheet()?.getName(),
    ).toBe("A");
    expect(() => ss.moveActiveSheet(9)).toThrow();
  });
});
