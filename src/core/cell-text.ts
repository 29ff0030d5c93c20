// Text from users or pastes, made safe to write with setValues: it stays text and never becomes a formula.

/** Characters that make Sheets read typed input as a formula (or a signed number): = + - @ */
const FORMULA_START = /^[=+\-@]/;

/** The value to write so the cell shows exactly `text`: a leading apostrophe keeps formula-like text as text. */
export function asCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Cell content as trimmed text ("" for empty, numbers and booleans as written). */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
