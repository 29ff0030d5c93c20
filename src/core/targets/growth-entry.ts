// A growth typed without "%": 10 in the Tillväxt % column means 10 %, not 1000 %; above 100 it stays an error.
import type { Language } from "../i18n/language";
import { t } from "../i18n/messages";
import { cleanFloat } from "./targets";

/** The largest number read as a percentage typed without "%"; above it the number is an error. */
export const TYPED_PERCENT_MAX = 100;

/**
 * The growth meant by a number in a percent column: a number over 1 and at most 100 was typed as percent ("10"
 * for 10 %), so it is that many hundredths; null for any other number, which stands as typed.
 */
export function typedPercentGrowth(value: number): number | null {
  if (!Number.isFinite(value) || value <= 1 || value > TYPED_PERCENT_MAX) return null;
  return cleanFloat(value / 100);
}

/** The note on a growth cell read as percent: "Läst som 10 % (du skrev 10)". */
export function typedPercentNote(value: number, language: Language): string {
  const shown = language === "sv" ? String(value).replace(".", ",") : String(value);
  return t(language, "noteGrowthReadAsPercent", { typed: shown, percent: shown });
}

/** True for a note the add-on wrote on a growth cell (in either language), which it may replace or remove. */
export function isGrowthNote(note: unknown): boolean {
  if (typeof note !== "string" || note === "") return false;
  return (["sv", "en"] as const).some((language) => {
    const [prefix] = t(language, "noteGrowthReadAsPercent", { typed: "\u0000", percent: "\u0000" }).split(
      "\u0000",
    );
    const [outside] = t(language, "checkGrowthOutOfRange", { value: "\u0000" }).split("\u0000");
    return note.startsWith(prefix) || note.startsWith(outside);
  });
}
