// UI texts from dashboard.texts (the key itself until the server provides one) and locale formatting.
import type { SidebarTextKey } from "../core/i18n/sidebar-text-keys";

let table: Readonly<Record<string, string>> = {};
let locale = "sv-SE";

export function setTexts(texts: Readonly<Record<string, string>>, language: "sv" | "en"): void {
  table = texts;
  locale = language === "sv" ? "sv-SE" : "en-GB";
}

/** The text for a key with {name} placeholders filled in; the key itself when the server sent none. */
export function tx(key: SidebarTextKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const template = Object.hasOwn(table, key) ? table[key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

export const formatNumber = (value: number): string => value.toLocaleString(locale);

export const formatPercent = (fraction: number): string =>
  new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(fraction);

/** "2024-03-31" → "31 mars" / "31 Mar", with `year` "31 mars 2024" (the ISO text unchanged when it isn't a date). */
export function formatDay(iso: string, year = false): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" };
  return new Intl.DateTimeFormat(locale, year ? { ...options, year: "numeric" } : options).format(date);
}
