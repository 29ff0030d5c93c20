// A generated tab's fingerprint: the constants the add-on wrote, so a later generation can tell a hand edit.
import type { CellValue } from "./grid";

/** FNV-1a over a string, as 8 hex digits: a short, stable stamp (a collision would only skip one question). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** A written value as Sheets hands it back: text kept as text loses the apostrophe that kept it so. */
function readBack(value: CellValue): string {
  if (typeof value === "string") return value.startsWith("'") ? value.slice(1) : value;
  return String(value);
}

/**
 * The fingerprint of a tab's constant cells (row, column, value), formulas left out: their text may come back
 * spelt otherwise. A user's entry anywhere — over a constant, over a formula (which leaves a constant), or in an
 * empty cell — changes it.
 */
export function fingerprint(
  cells: readonly (readonly CellValue[])[],
  formulas?: readonly (readonly string[])[],
): string {
  const parts: string[] = [];
  cells.forEach((row, r) => {
    row.forEach((value, c) => {
      const isFormula = formulas
        ? (formulas[r]?.[c] ?? "") !== ""
        : typeof value === "string" && value.startsWith("=");
      if (isFormula || value === "" || value === null) return;
      parts.push(`${r + 1}:${c + 1}=${readBack(value)}`);
    });
  });
  return fnv1a(parts.join("\n"));
}
