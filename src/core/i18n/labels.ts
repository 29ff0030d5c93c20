// The one bilingual label matcher: headers, tab names, setting rows and words read in either language.
import { foldSwedish } from "./fold";
import type { Language } from "./language";
import { MESSAGES, type MessageKey } from "./messages";

/** A label folded for comparing: trimmed, one space, no case, no trailing "?" or ":", å/ä/ö lost or kept. */
export function foldLabel(text: string): string {
  return foldSwedish(text)
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .replace(/\s*[?:]+$/, "");
}

/** The language whose text of `key` the value reads as (the sheet's language first when both read alike). */
export function labelLanguage(value: unknown, key: MessageKey, prefer: Language = "sv"): Language | null {
  if (typeof value !== "string") return null;
  const folded = foldLabel(value);
  const order: Language[] = prefer === "sv" ? ["sv", "en"] : ["en", "sv"];
  return order.find((language) => foldLabel(MESSAGES[key][language]) === folded) ?? null;
}

/** True when the value reads as the message `key` in either language. */
export function isLabel(value: unknown, key: MessageKey): boolean {
  return labelLanguage(value, key) !== null;
}

/** Which of `keys` the value reads as, in either language; null for none. */
export function labelKeyOf<K extends MessageKey>(value: unknown, keys: readonly K[]): K | null {
  return keys.find((key) => isLabel(value, key)) ?? null;
}

/**
 * The language a set of labels is written in: the first value that reads as one of `keys` in only one
 * language decides (labels spelled alike in both, such as "Start", decide nothing). Null when none does.
 */
export function languageOfLabels(values: readonly unknown[], keys: readonly MessageKey[]): Language | null {
  for (const value of values) {
    for (const key of keys) {
      const sv = labelLanguage(value, key, "sv");
      const en = labelLanguage(value, key, "en");
      if (sv && sv === en) return sv;
    }
  }
  return null;
}
