// .xlsx written by --out and read by --in: each kind of content, format and rule a sheet can hold comes back.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dumpWorkbook } from "../../tools/session/dump";
import { readXlsx } from "../../tools/session/xlsx-read";
import { writeXlsx } from "../../tools/session/xlsx-write";
import { createEmulator, type Emulator } from "../emulator/index";

const OPTIONS = { locale: "sv_SE", timeZone: "Europe/Stockholm" } as const;

/** A workbook using every kind of validation, conditional format and layout the writer knows. */
function sample(): Emulator {
  const emu = createEmulator(OPTIONS);
  const ss = emu.spreadsheet;
  const app = emu.app;
  const plan = ss.getSheets()[0].setName("Plan");
  const lists = ss.insertSheet("Listor");
  lists.getRange("A1:A3").setValues([["Röd"], ["Grön"], [""]]);
  plan.getRange("A1:F4").setValues([
    ["Vad", "Klar", "När", "Antal", "Andel", "Text"],
    ["Kongress", true, new Date(2025, 2, 15), 12, "10%", "'0123"],
    ["Valstuga", false, new Date(2025, 8, 1, 14, 30), 3.5, 0.25, "'=inte en formel"],
    ["Summa", "", "=C2+1", "=SUM(D2:D3)", "=E2*2", "x"],
  ]);
  plan.getRange("E3").setNumberFormat("0.0%");
  plan.getRange("A1:F1").setFontWeight("bold").setBackground("#e8eaed").setFontColor("#1155cc");
  plan.getRange("A4").setFontStyle("italic").setHorizontalAlignment("right").setNote("Summa av raderna");
  plan.getRange("B2:B3").insertCheckboxes();
  const rules = [
    app
      .newDataValidation()
      .requireValueInList(["Kongress", "Valstuga", "Summa"], true)
      .setAllowInvalid(false),
    app.newDataValidation().requireValueInRange(lists.getRange("A1:A3"), true).setHelpText("Välj en färg"),
    app.newDataValidation().requireDate().setAllowInvalid(false),
    app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).setHelpText("0–100"),
    app.newDataValidation().requireFormulaSatisfied("=LEN(F2)<10").setAllowInvalid(false),
  ];
  plan.getRange("A2:A3").setDataValidation(rules[0].build());
  plan.getRange("G2:G3").setDataValidation(rules[1].build());
  plan.getRange("C2:C3").setDataValidation(rules[2].build());
  plan.getRange("D2:D3").setDataValidation(rules[3].build());
  plan.getRange("F2:F4").setDataValidation(rules[4].build());
  const when = (b: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, a1: string, fill: string) =>
    b
      .setBackground(fill)
      .setRanges([plan.getRange(a1)])
      .build();
  plan.setConditionalFormatRules([
    when(app.newConditionalFormatRule().whenFormulaSatisfied("=$B2").setBold(true), "A2:A3", "#b7e1cd"),
    when(app.newConditionalFormatRule().whenNumberGreaterThan(10), "D2:D4", "#f4cccc"),
    when(
      app.newConditionalFormatRule().whenTextContains("stuga").setFontColor("#ff0000"),
      "A2:A4",
      "#fff2cc",
    ),
    when(app.newConditionalFormatRule().whenCellEmpty(), "B4:B4", "#d9d9d9"),
    when(app.newConditionalFormatRule().whenDateBefore(new Date(2025, 5, 1)), "C2:C3", "#cfe2f3"),
  ]);
  plan.setFrozenRows(1);
  plan.setFrozenColumns(1);
  plan.setColumnWidth(1, 180);
  plan.hideColumns(7);
  plan.hideRows(3);
  plan.getRange("H1:I2").merge();
  plan.setTabColor("#34a853");
  ss.setNamedRange("Antal", plan.getRange("D2:D3"));
  plan.getRange("J1").setFormula("=SUM(Antal)");
  plan.getRange("K1").setFormula("={1;2;3}");
  return emu;
}

async function roundTrip(emu: Emulator): Promise<{ back: Emulator; written: string[]; read: string[] }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "xlsx-")), "book.xlsx");
  const written = await writeXlsx(emu, file);
  const back = createEmulator(OPTIONS);
  const read = await readXlsx(back, file);
  return { back, written, read };
}

describe("an .xlsx round trip", () => {
  it("shows every sheet as before: values, display values, formulas, colours, fonts, notes and layout", async () => {
    const emu = sample();
    const { back, written, read } = await roundTrip(emu);
    expect(written).toEqual([]);
    expect(read).toEqual([]);
    expect(dumpWorkbook(back).sheets).toEqual(dumpWorkbook(emu).sheets);
  });

  it("keeps each validation rule's kind, arguments, strictness and help text", async () => {
    const emu = sample();
    const { back } = await roundTrip(emu);
    // A custom formula is compared as it applies to the cell: Excel stores it for each cell.
    const describe = (e: Emulator) =>
      ["A2", "B3", "C2", "D3", "F3", "G2"].map((a1) => {
        const rule = e.spreadsheet.getSheetByName("Plan")!.getRange(a1).getDataValidation()!;
        const values = rule
          .getCriteriaValues()
          .map((v) =>
            v && typeof v === "object" && "getA1Notation" in v
              ? (v as GoogleAppsScript.Spreadsheet.Range).getA1Notation()
              : v,
          );
        const formula = e.validationFormula("Plan", a1);
        return [
          a1,
          String(rule.getCriteriaType()),
          formula ?? values,
          rule.getAllowInvalid(),
          rule.getHelpText(),
        ];
      });
    expect(describe(back)).toEqual(describe(emu));
    expect(back.validationFormula("Plan", "F3")).toBe("=LEN(F3)<10");
    expect(back.userEdit(null, "Plan", "D2", "500").accepted).toBe(false);
    expect(back.userEdit(null, "Plan", "F2", "alldeles för lång text").accepted).toBe(false);
  });

  it("keeps conditional formats in order, with their ranges and formats", async () => {
    const emu = sample();
    const { back } = await roundTrip(emu);
    const rules = back.spreadsheet.getSheetByName("Plan")!.getConditionalFormatRules();
    expect(rules.map((r) => r.getRanges().map((g) => g.getA1Notation()))).toEqual([
      ["A2:A3"],
      ["D2:D4"],
      ["A2:A4"],
      ["B4"],
      ["C2:C3"],
    ]);
    expect(rules[0].getBooleanCondition()?.getBold()).toBe(true);
    expect(rules[2].getBooleanCondition()?.getFontColor()).toBe("#ff0000");
    expect(String(rules[1].getBooleanCondition()?.getCriteriaType())).toBe("NUMBER_GREATER_THAN");
  });

  it("keeps frozen panes, widths, hidden rows and columns, merges, tab colour and named ranges", async () => {
    const { back } = await roundTrip(sample());
    const plan = back.spreadsheet.getSheetByName("Plan")!;
    expect([plan.getFrozenRows(), plan.getFrozenColumns(), plan.getColumnWidth(1)]).toEqual([1, 1, 180]);
    expect([plan.isColumnHiddenByUser(7), plan.isRowHiddenByUser(3), plan.isRowHiddenByUser(2)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(plan.getRange("H1").isPartOfMerge()).toBe(true);
    expect(plan.getTabColor()).toBe("#34a853");
    expect(back.spreadsheet.getRangeByName("Antal")?.getA1Notation()).toBe("D2:D3");
    expect(plan.getRange("J1").getValue()).toBe(15.5);
    expect(plan.getRange("K1:K3").getFormulas()).toEqual([["={1;2;3}"], [""], [""]]);
    expect(plan.getRange("K1:K3").getValues()).toEqual([[1], [2], [3]]);
  });
});

describe("a workbook Google Sheets could not hold", () => {
  const LIMITS = "https://support.google.com/drive/answer/37603";

  async function written(fill: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "xlsx-")), "big.xlsx");
    const book = new ExcelJS.Workbook();
    fill(book.addWorksheet("Plan"));
    await book.xlsx.writeFile(file);
    return file;
  }

  it(`is refused before any grid is built: a cell of 50,001 characters — ${LIMITS}`, async () => {
    const file = await written((sheet) => {
      sheet.getCell("B7").value = "x".repeat(50_001);
    });
    const emu = createEmulator(OPTIONS);
    await expect(readXlsx(emu, file)).rejects.toThrow(
      `${file}: cell Plan!B7 holds 50,001 characters; a Google Sheets cell holds at most 50,000.`,
    );
    expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(["Blad1"]);
  });

  it(`is refused past 10 million cells, and one just within opens — ${LIMITS}`, async () => {
    const far = await written((sheet) => {
      sheet.getCell(4_000, 2_501).value = 1;
    });
    await expect(readXlsx(createEmulator(OPTIONS), far)).rejects.toThrow(
      /sheet Plan reaches CRE4000, 4,000 rows × 2,501 columns; Google Sheets holds at most 10,000,000 cells/,
    );
    const within = await written((sheet) => {
      sheet.getCell(2_000, 40).value = 1;
    });
    const emu = createEmulator(OPTIONS);
    await readXlsx(emu, within);
    expect(emu.spreadsheet.getSheetByName("Plan")?.getRange("AN2000").getValue()).toBe(1);
  });
});
