// Text from users or pastes, made safe to write with setValues: it stays text and never becomes a formula.

/**
 * Characters Sheets reads specially at the start of typed input: = + - @ start a formula (or a signed number),
 * as may their full-width forms (＝ ＋ － ＠) and the minus sign (−) that input methods produce; an apostrophe
 * marks text and is itself dropped, so text that begins with one needs one more.
 */
const SPECIAL_START = /^[=+\-@'\uff1d\uff0b\uff0d\uff20\u2212]/;

/** The value to write so the cell shows exactly `text`: a leading apostrophe keeps it text, as typed. */
export function asCellText(text: string): string {
  return SPECIAL_START.test(text) ? `'${text}` : text;
}

/** Cell content as trimmed text ("" for empty, numbers and booleans as written). */
export function cellString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
