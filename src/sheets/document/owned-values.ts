// The add-on's record of values it wrote into cells a user may later type over: kept as developer metadata.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The metadata key; its value is JSON: { "<what>": "<the value the add-on wrote>" }. */
export const OWNED_KEY = "verksamhetsplan.owned";

function entryOf(sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  return sheet.getDeveloperMetadata().find((meta) => meta.getKey() === OWNED_KEY) ?? null;
}

function parse(text: string | null): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text ?? "{}");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
  } catch {
    return {};
  }
}

/** What the add-on wrote on this sheet and still remembers, by name. */
export function ownedValues(sheet: Sheet): Record<string, string> {
  return parse(entryOf(sheet)?.getValue() ?? null);
}

/** Remembers values the add-on just wrote, so it knows them as its own until a user types something else. */
export function rememberOwned(sheet: Sheet, values: Readonly<Record<string, string>>): void {
  const entry = entryOf(sheet);
  const next = JSON.stringify({ ...parse(entry?.getValue() ?? null), ...values });
  if (entry) entry.setValue(next);
  else sheet.addDeveloperMetadata(OWNED_KEY, next);
}

/** True when a cell still shows what the add-on wrote there (or is empty): the add-on may write it again. */
export function stillOwned(current: unknown, owned: string | undefined): boolean {
  const text =
    typeof current === "string"
      ? current.trim()
      : current === null || current === undefined
        ? ""
        : String(current);
  return text === "" || (owned !== undefined && text === owned);
}
