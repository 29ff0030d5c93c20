// A damaged save still opens: everything that can be read comes back, and each part that cannot is named.
import { describe, expect, it } from "vitest";
import { createEmulator, type EmulatorSnapshot } from "./index";

/** Two sheets with contents, a checkbox, a conditional format, a named range and a stored property. */
function saved(): EmulatorSnapshot {
  const emu = createEmulator({ locale: "sv_SE" });
  const ss = emu.spreadsheet;
  const plan = ss.getSheets()[0].setName("Plan");
  plan.getRange("A1:B3").setValues([
    ["Vad", "Klar"],
    ["Kongress", true],
    ["Summa", "=COUNTIF(B2:B2, TRUE)"],
  ]);
  plan.getRange("B2").insertCheckboxes();
  plan.getRange("A1").setBackground("#e8eaed");
  const notes = ss.insertSheet("Anteckningar");
  notes.getRange("A1").setValue("hej");
  ss.setNamedRange("Klara", plan.getRange("B2:B2"));
  const rule = emu.app
    .newConditionalFormatRule()
    .whenFormulaSatisfied("=$B2")
    .setBackground("#b7e1cd")
    .setRanges([plan.getRange("A2:A2")])
    .build();
  plan.setConditionalFormatRules([rule]);
  return JSON.parse(JSON.stringify(emu.toJSON()));
}

describe("a damaged save", () => {
  it("restores whole when nothing is damaged", () => {
    expect(createEmulator({ snapshot: saved() }).restoreProblems).toEqual([]);
  });

  it("opens with every readable part and names each part it could not restore", () => {
    const snap = saved() as unknown as Record<string, unknown> & { sheets: Record<string, unknown>[] };
    const [plan, notes] = snap.sheets;
    notes.contents = "garbage";
    (plan.meta as unknown[]).push([0, "x", 5]);
    const checkbox = (plan.meta as [number, number, Record<string, unknown>][]).find(
      ([r, c]) => r === 2 && c === 2,
    );
    (checkbox![2].validation as Record<string, unknown>).criteria = "NOT_A_RULE";
    const rules = plan.rules as { conditionalFormats: { ranges: string[] }[] };
    rules.conditionalFormats.push({ ...rules.conditionalFormats[0], ranges: ["Borta!A1:A2"] });
    snap.sheets.push(
      { ...notes, name: "Plan", contents: [["kopia"]] },
      "not a sheet" as unknown as Record<string, unknown>,
    );
    (snap.namedRanges as unknown[]).push({ name: "Trasig", expression: 42 });
    snap.properties = "oops";
    snap.timeZone = "Mars/Olympus";

    const emu = createEmulator({ snapshot: snap as unknown as EmulatorSnapshot });
    expect(emu.restoreProblems).toEqual([
      `the time zone Mars/Olympus (unknown; ${Intl.DateTimeFormat().resolvedOptions().timeZone} is used)`,
      "1 sheet that could not be read at all",
      "a second sheet named Plan, restored as Restored 3",
      "the cells of Anteckningar (not a table of cells)",
      "the named range Trasig (no range)",
      "the formats of 1 cell of Plan",
      "the validation rules of 1 cell of Plan",
      "1 conditional format of Plan",
      "the script's stored properties (not a list of keys and values)",
    ]);
    const ss = emu.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Plan", "Anteckningar", "Restored 3"]);
    const back = ss.getSheetByName("Plan")!;
    expect(back.getRange("A1:B3").getValues()).toEqual([
      ["Vad", "Klar"],
      ["Kongress", true],
      ["Summa", 1],
    ]);
    expect(back.getRange("A1").getBackground()).toBe("#e8eaed");
    expect(back.getConditionalFormatRules()).toHaveLength(1);
    expect(emu.visibleBackgrounds("Plan")[1][0]).toBe("#b7e1cd");
    expect(ss.getRangeByName("Klara")?.getA1Notation()).toBe("B2");
    expect(ss.getSheetByName("Restored 3")!.getRange("A1").getValue()).toBe("kopia");
  });

  it("opens empty, and says so, when the file holds no workbook at all", () => {
    for (const snapshot of [null, "text", { sheets: "none" }]) {
      const emu = createEmulator({ snapshot: snapshot as unknown as EmulatorSnapshot });
      expect(emu.restoreProblems.length).toBe(1);
      expect(emu.spreadsheet.getSheets()).toHaveLength(1);
    }
  });
});
