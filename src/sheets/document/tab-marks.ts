// Finds the plan's tabs one way: by the mark (developer metadata) the add-on puts on each, else by their name.
import type { Language } from "../../core/i18n/language";
import { TAB_IDS, type TabId, tabNames } from "../../core/layout/tabs";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The developer-metadata key of the mark; its value is the tab's id ("goals", "activities", …). */
export const TAB_MARK = "verksamhetsplan.tab";

function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

/** A tab found, and how: by its mark (survives renames) or, for an unmarked tab, by its name. */
export interface FoundTab {
  readonly sheet: Sheet;
  readonly marked: boolean;
}

/**
 * Every marked tab, found with one metadata search: three calls, and three for each mark. A tab marked twice
 * (a user duplicated it) is the first one found; the copy is ignored.
 */
export function markedTabs(ss: Spreadsheet): Map<TabId, Sheet> {
  const found = new Map<TabId, Sheet>();
  for (const mark of ss.createDeveloperMetadataFinder().withKey(TAB_MARK).find()) {
    const id = mark.getValue();
    if (!isTabId(id) || found.has(id)) continue;
    const sheet = mark.getLocation().getSheet();
    if (sheet) found.set(id, sheet);
  }
  return found;
}

/** One marked tab, found with a search for its mark alone: six calls, fewer than finding every tab. */
export function markedTab(ss: Spreadsheet, id: TabId): Sheet | null {
  const [mark] = ss.createDeveloperMetadataFinder().withKey(TAB_MARK).withValue(id).find();
  return mark ? mark.getLocation().getSheet() : null;
}

/**
 * An unmarked plan tab by its name in either language (the user's first), as workbooks set up before the mark
 * existed have them. A sheet that carries a mark of another tab is never taken, nor is a generated tab: a
 * user's own "Tidslinje" is theirs.
 */
export function tabByName(
  ss: Spreadsheet,
  id: TabId,
  language: Language,
  markedIds: () => ReadonlySet<number>,
): Sheet | null {
  if (id === "timeline") return null;
  for (const name of tabNames(id, language)) {
    const sheet = ss.getSheetByName(name);
    if (sheet && !markedIds().has(sheet.getSheetId())) return sheet;
  }
  return null;
}

/** Puts the mark on a sheet. */
export function markTab(sheet: Sheet, id: TabId): void {
  sheet.addDeveloperMetadata(TAB_MARK, id);
}

/** Which plan tab a sheet is by its own mark (one call, and two for each metadata entry on it); else null. */
export function markOf(sheet: Sheet): TabId | null {
  for (const meta of sheet.getDeveloperMetadata()) {
    if (meta.getKey() !== TAB_MARK) continue;
    const value = meta.getValue();
    if (isTabId(value)) return value;
  }
  return null;
}
