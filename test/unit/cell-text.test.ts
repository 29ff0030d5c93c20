// asCellText: what a script writes so the cell shows the text exactly, as Sheets reads typed input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asCellText } from "../../src/core/cells/cell-text";

/** Sheets' reading of a written string that is meant as text: one leading apostrophe is dropped. */
const shown = (written: string) => written.replace(/^'/, "");

describe("asCellText", () => {
  it("keeps formula-like text as text", () => {
    expect(asCellText("=1+1")).toBe("'=1+1");
    expect(asCellText("+46 70")).toBe("'+46 70");
    expect(asCellText("-")).toBe("'-");
    expect(asCellText("@kansliet")).toBe("'@kansliet");
  });

  it("keeps a leading apostrophe, which Sheets would otherwise drop", () => {
    expect(asCellText("'+")).toBe("''+");
    expect(shown(asCellText("'Ca. feb"))).toBe("'Ca. feb");
  });

  it("leaves ordinary text alone and always shows what was given", () => {
    expect(asCellText("Ny i C")).toBe("Ny i C");
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = asCellText(text);
        return /^[=+\-@']/.test(written)
          ? written.startsWith("'") && shown(written) === text
          : written === text;
      }),
    );
  });
});

describe("formula-looking text in every form", () => {
  it("keeps full-width and minus-sign starts as text too", () => {
    for (const text of [
      '＝IMPORTXML("x")',
      "＋46",
      "－5",
      "＠DS",
      "−5",
      "=1+1",
      "+46",
      "-",
      "@x",
      "'quoted",
    ]) {
      expect(asCellText(text), text).toBe(`'${text}`);
    }
    expect(asCellText("Möte")).toBe("Möte");
  });
});
