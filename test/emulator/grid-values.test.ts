// Range values, formulas, display values and shape errors, each against Google's Range reference.
import { describe, expect, it } from "vitest";
import { createEmulator } from "./index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range";

/** A Swedish document in Stockholm: dates and decimal commas as Swedish users see them. */
function setup() {
  const emu = createEmulator({ locale: "sv_SE", timeZone: "Europe/Stockholm" });
  const sheet = emu.spreadsheet.getSheets()[0];
  return { emu, sheet };
}

describe("Range values", () => {
  it(`returns 2-D arrays with "" for empty cells — ${REF}#getValues()`, () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue(5);
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      [5, ""],
      ["", ""],
    ]);
  });

  it(`setValues with the wrong number of rows throws Google's message — ${REF}#setValues(Object)`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it(`keeps numbers, booleans and text; "=…" becomes a formula; "'=…" stays text — ${REF}#setValues(Object)`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:E1").setValues([[2, true, "hej", "=A1*3", "'=inte formel"]]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([[2, true, "hej", 6, "=inte formel"]]);
    expect(sheet.getRange("A1:E1").getFormulas()).toEqual([["", "", "", "=A1*3", ""]]);
  });

  it(`parses typed-looking strings like Sheets: "123" → 123, "10%" → 0.1 — ${REF}#setValue(Object)`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["123", "10%", "TRUE"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[123, 0.1, true]]);
    expect(sheet.getRange("B1").getNumberFormat()).toBe("0%");
    expect(sheet.getRange("B1").getDisplayValue()).toBe("10%");
  });

  it(`stores a Date as a date serial and reads a Date back — ${REF}#getValue()`, () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue(new Date(2025, 2, 15));
    const v = sheet.getRange("A1").getValue();
    expect(Object.prototype.toString.call(v)).toBe("[object Date]");
    expect((v as Date).getTime()).toBe(new Date(2025, 2, 15).getTime());
    expect(sheet.getRange("A1").getNumberFormat()).toBe("yyyy-mm-dd");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("2025-03-15");
    sheet.getRange("B1").setFormula("=A1+1");
    sheet.getRange("B1").setNumberFormat("0");
    expect(sheet.getRange("B1").getValue()).toBe(45732);
  });

  it(`formats display values by number format and sv_SE decimal comma — ${REF}#getDisplayValues()`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:F1").setValues([[1234.5, 0.125, 0.125, 1234567, 45731, 2.5]]);
    sheet.getRange("A1:F1").setNumberFormats([["0", "0%", "0.0%", "#,##0", "d mmm yyyy", "0.00"]]);
    expect(sheet.getRange("A1:F1").getDisplayValues()).toEqual([
      ["1235", "13%", "12,5%", "1\u00a0234\u00a0567", "15 mars 2025", "2,50"],
    ]);
    sheet.getRange("A2").setValue(0.5);
    expect(sheet.getRange("A2").getDisplayValue()).toBe("0,5");
  });

  it(`shows errors like Sheets and getValue returns the error text — ${REF}#getDisplayValue()`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:D1").setFormulas([["=1/0", "=NA()", "=XYZ_UNKNOWN(1)", '="a"+1']]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([["#DIV/0!", "#N/A", "#NAME?", "#VALUE!"]]);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("#DIV/0!");
  });

  it(`evaluates formulas with quoted å/ä/ö sheet names and open ranges — ${REF}#setFormula(String)`, () => {
    const { emu } = setup();
    const ss = emu.spreadsheet;
    const settings = ss.insertSheet("Inställningar");
    const acts = ss.insertSheet("Aktiviteter");
    settings.getRange("B2").setValue(7);
    acts.getRange("A2:A4").setValues([[1], [2], [3]]);
    acts.getRange("H5").setValue(4);
    const out = ss.insertSheet("Översikt");
    out
      .getRange("A1:C1")
      .setFormulas([["='Inställningar'!B2*2", "=SUM(Aktiviteter!A2:A)", "=Aktiviteter!H5"]]);
    expect(out.getRange("A1:C1").getValues()).toEqual([[14, 6, 4]]);
    expect(out.getRange("B1").getFormula()).toBe("=SUM(Aktiviteter!A2:A)");
    acts.getRange("A10").setValue(10);
    expect(out.getRange("B1").getValue()).toBe(16);
  });

  it(`treats TRUE/FALSE literals in formulas as booleans — ${REF}#setFormula(String)`, () => {
    const { sheet } = setup();
    sheet.getRange("A1").setFormula("=IF(TRUE, 1, 2)");
    expect(sheet.getRange("A1").getValue()).toBe(1);
    expect(sheet.getRange("A1").getFormula()).toBe("=IF(TRUE, 1, 2)");
  });

  it(`insertCheckboxes: empty checkbox reads false — ${REF}#insertCheckboxes()`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:A2").insertCheckboxes();
    sheet.getRange("A2").setValue(true);
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[false], [true]]);
    expect(String(sheet.getRange("A1").getDataValidation()?.getCriteriaType())).toBe("CHECKBOX");
  });

  it(`formats, notes and merges round-trip — ${REF}#setBackgrounds(Object)`, () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    r.setBackgrounds([["#FF0000", null]])
      .setFontWeight("bold")
      .setFontColors([["#00ff00", "#0000FF"]]);
    r.setNotes([["a", ""]]);
    expect(r.getBackgrounds()).toEqual([["#ff0000", "#ffffff"]]);
    expect(r.getFontWeights()).toEqual([["bold", "bold"]]);
    expect(r.getFontColors()).toEqual([["#00ff00", "#0000ff"]]);
    expect(r.getNotes()).toEqual([["a", ""]]);
    r.merge();
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    r.breakApart();
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(false);
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([["#ffffff", "#ffffff"]]);
  });

  it(`offset, geometry and A1 notation — ${REF}#offset(Integer,Integer,Integer,Integer)`, () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 2, 2).offset(1, 1);
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([3, 4, 2, 2, 4, 5]);
    expect(r.getA1Notation()).toBe("D3:E4");
    expect(sheet.getRange("A2:I").getA1Notation()).toBe("A2:I1000");
  });
});
