// Sheet names in formulas and new tabs: quoted for A1 references, and made unique when a name is taken.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet name quoted for use in A1 notation and formulas: 'Mål'!A2. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `name`, or "name (2)", "name (3)" … when a sheet of that name exists already (a user's own tab keeps its name). */
export function freeSheetName(ss: Spreadsheet, name: string): string {
  let candidate = name;
  for (let n = 2; ss.getSheetByName(candidate) !== null; n++) candidate = `${name} (${n})`;
  return candidate;
}
