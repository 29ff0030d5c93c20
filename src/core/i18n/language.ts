// The UI language: Swedish for Swedish locales, English for every other locale.

export type Language = "sv" | "en";

/** "sv", "sv_SE", "sv-FI" → Swedish; anything else (or nothing) → English. */
export function languageOf(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^sv(?:[_-]|$)/i.test(locale.trim()) ? "sv" : "en";
}
