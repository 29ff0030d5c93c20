// Checks what the sidebar sends before the server trusts it: a malformed payload gets a clear message, not a TypeError.

import { parseIsoDate } from "../core/calendar/dates";
import type { CellLink, ImportOptions, NewActivity } from "../core/dashboard/sidebar-contract";
import { PlanError } from "../core/i18n/errors";
import type { PlanImportOptions } from "../core/import/import-contract";
import { TAB_IDS } from "../core/layout/tabs";

const TABS: readonly CellLink["tab"][] = TAB_IDS;
const MAX_TEXT = 1_000_000;

function bad(what: string): PlanError {
  return new PlanError("errorBadRequest", { what });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A text payload of reasonable size; `optional` allows it to be missing. */
export function textOf(value: unknown, what: string): string {
  if (typeof value !== "string" || value.length > MAX_TEXT) throw bad(what);
  return value;
}

function fieldText(record: Record<string, unknown>, key: string, what: string): string {
  const value = record[key];
  if (value === undefined || value === null) return "";
  return textOf(value, `${what}.${key}`);
}

export function cellLinkOf(value: unknown): CellLink {
  if (!isRecord(value)) throw bad("link");
  const { tab, row, column } = value;
  const whole = (n: unknown): n is number =>
    typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 10_000_000;
  if (typeof tab !== "string" || !TABS.includes(tab as CellLink["tab"]) || !whole(row) || !whole(column))
    throw bad("link");
  return { tab: tab as CellLink["tab"], row, column };
}

export function newActivityOf(value: unknown): NewActivity {
  if (!isRecord(value)) throw bad("activity");
  return {
    term: fieldText(value, "term", "activity"),
    when: fieldText(value, "when", "activity"),
    what: fieldText(value, "what", "activity"),
    targetGroup: fieldText(value, "targetGroup", "activity"),
    owner: fieldText(value, "owner", "activity"),
  };
}

export function importOptionsOf(value: unknown): ImportOptions {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw bad("options");
  const { preview } = value;
  if (preview !== undefined && typeof preview !== "boolean") throw bad("options.preview");
  return preview === undefined ? {} : { preview };
}

/** The options of "Importera plan": preview and widenPeriod, each a boolean when given. */
export function planImportOptionsOf(value: unknown): PlanImportOptions {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw bad("options");
  const options: { preview?: boolean; widenPeriod?: boolean } = {};
  for (const key of ["preview", "widenPeriod"] as const) {
    const flag = value[key];
    if (flag === undefined) continue;
    if (typeof flag !== "boolean") throw bad(`options.${key}`);
    options[key] = flag;
  }
  return options;
}

/** A day sent as "YYYY-MM-DD" (google.script.run refuses Dates), from 1900 to 2999 as the plan's days are. */
export function isoDayOf(value: unknown, what: string): string {
  const parts = typeof value === "string" && value.length === 10 ? parseIsoDate(value) : null;
  if (!parts || parts.year < 1900 || parts.year > 2999) throw bad(what);
  return value as string;
}
