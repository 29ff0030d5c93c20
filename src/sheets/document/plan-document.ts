// The plan document: finds each plan tab one way, reads each tab once into typed records, and hands out its sheets.
import { PlanError } from "../../core/i18n/errors";
import type { Language } from "../../core/i18n/language";
import {
  ACTIVITIES_TAB,
  GOALS_TAB,
  MEMBERSHIP_TAB,
  PEOPLE_TAB,
  RESULTS_TAB,
  SETTINGS_TAB,
  type TabId,
  tabName,
} from "../../core/layout/tabs";
import { type ActivitiesGrid, type Activity, readActivities } from "../../core/records/activity-record";
import { type Goal, type GoalsGrid, readGoals } from "../../core/records/goal-record";
import {
  type MembershipGrid,
  type MembershipRow,
  readMembership,
} from "../../core/records/membership-record";
import { type PeopleGrid, type Person, readPeople } from "../../core/records/people-record";
import type { PlanRecords, RecordTabId, TabRecords } from "../../core/records/plan-records";
import {
  readSettings,
  type Settings,
  type SettingsGrid,
  settingsPeriod,
} from "../../core/records/settings-record";
import { type TabGrid, tabGrid } from "../../core/records/tab-grid";
import type { SheetZone } from "./sheet-zone";
import { type FoundTab, markedTab, markedTabs, markOf, markTab, tabByName } from "./tab-marks";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Each plan tab's layout. */
export const TAB_SPECS = {
  goals: GOALS_TAB,
  activities: ACTIVITIES_TAB,
  membership: MEMBERSHIP_TAB,
  settings: SETTINGS_TAB,
  people: PEOPLE_TAB,
  results: RESULTS_TAB,
} as const;
type Specs = typeof TAB_SPECS;

/**
 * A Term cell merged over several rows (as plan documents lay out a term) stands for every row it covers: Sheets
 * hands its value to the top row only, so it is copied down for the reading. One call, and one for each merge.
 */
function withMergedTerms(grid: TabGrid, range: GoogleAppsScript.Spreadsheet.Range): TabGrid {
  const term = (grid.columns.column as Readonly<Record<string, number | null>>).term ?? null;
  const merges = term === null ? [] : range.getMergedRanges();
  if (term === null || merges.length === 0) return grid;
  const values = grid.values.map((row) => [...row]);
  for (const merge of merges) {
    const a1 = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge.getA1Notation());
    if (!a1) continue;
    const [top, bottom] = [Number(a1[2]), Number(a1[4])];
    const [left, right] = [columnNumberOf(a1[1]), columnNumberOf(a1[3])];
    if (term < left || term > right || bottom <= top) continue;
    for (let row = top + 1; row <= bottom && row <= values.length; row++)
      values[row - 1][term - 1] = values[top - 1][term - 1];
  }
  return { ...grid, values };
}

/** "A" → 1, "AA" → 27. */
function columnNumberOf(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

/**
 * One spreadsheet as a plan, for the length of one call. Tabs are found by their mark on first use (one
 * metadata search), unmarked ones by name; each tab is read at most once (values and formulas), until the
 * call writes to it and says so with `changed`.
 */
export class PlanDocument {
  private marks: Map<TabId, Sheet> | null = null;
  /** Tabs found one at a time before (or instead of) the search for every mark. */
  private readonly single = new Map<TabId, Sheet | null>();
  private markedSheetIds: Set<number> | null = null;
  private readonly byName = new Map<TabId, Sheet | null>();
  private readonly grids = new Map<RecordTabId, TabGrid>();

  constructor(
    readonly ss: Spreadsheet,
    readonly language: Language,
    readonly zone: SheetZone,
  ) {}

  private marked(): Map<TabId, Sheet> {
    this.marks ??= markedTabs(this.ss);
    return this.marks;
  }

  private markedOne(id: TabId): Sheet | undefined {
    if (!this.single.has(id)) this.single.set(id, markedTab(this.ss, id));
    return this.single.get(id) ?? undefined;
  }

  private markedIds(): ReadonlySet<number> {
    this.markedSheetIds ??= new Set([...this.marked().values()].map((sheet) => sheet.getSheetId()));
    return this.markedSheetIds;
  }

  /** The tab, and whether it carries the mark; null when it is missing. */
  find(id: TabId): FoundTab | null {
    const sheet = this.marks ? this.marks.get(id) : this.markedOne(id);
    if (sheet) return { sheet, marked: true };
    if (!this.byName.has(id))
      this.byName.set(
        id,
        tabByName(this.ss, id, this.language, () => this.markedIds()),
      );
    const named = this.byName.get(id) ?? null;
    return named ? { sheet: named, marked: false } : null;
  }

  /** Which of the tabs are missing: one metadata search finds every marked tab, unmarked ones go by name. */
  missing(ids: readonly TabId[]): TabId[] {
    this.marked();
    return ids.filter((id) => this.find(id) === null);
  }

  /** The tab's sheet, or null when it is missing. */
  sheet(id: TabId): Sheet | null {
    return this.find(id)?.sheet ?? null;
  }

  /** The tab's sheet; a clear message when it is missing. */
  requireSheet(id: TabId): Sheet {
    const sheet = this.sheet(id);
    if (!sheet) throw new PlanError("checkMissingTab", { tab: tabName(id, this.language) });
    return sheet;
  }

  /** Marks a sheet as the plan tab `id` (set-up does this for new and for unmarked tabs). */
  mark(id: TabId, sheet: Sheet): void {
    markTab(sheet, id);
    this.single.set(id, sheet);
    this.marks?.set(id, sheet);
    this.markedSheetIds = null;
    this.byName.delete(id);
  }

  /** Which plan tab a sheet is, by its mark or else its name (for onEdit, which is handed a sheet). */
  tabOf(sheet: Sheet): TabId | null {
    const marked = markOf(sheet);
    if (marked) return marked;
    const name = sheet.getName();
    for (const id of Object.keys(TAB_SPECS) as RecordTabId[]) {
      if (name === tabName(id, "sv") || name === tabName(id, "en")) return id;
    }
    return null;
  }

  /** The tab's grid (values and formulas), read once; null when the tab is missing. */
  grid<Id extends RecordTabId>(id: Id): TabGrid<Specs[Id]> | null {
    const cached = this.grids.get(id);
    if (cached) return cached as TabGrid<Specs[Id]>;
    const sheet = this.sheet(id);
    if (!sheet) return null;
    const range = sheet.getDataRange();
    const values = this.zone.gridToCore(range.getValues());
    const formulas = range.getFormulas();
    let grid: TabGrid = tabGrid(TAB_SPECS[id], sheet.getName(), values, formulas);
    if (id === "activities") grid = withMergedTerms(grid, range);
    this.grids.set(id, grid);
    return grid as TabGrid<Specs[Id]>;
  }

  /** Forgets what was read of a tab after writing to it, so the next read sees the write. */
  changed(id: RecordTabId): void {
    this.grids.delete(id);
  }

  /** The activities, a När under no term read over the Settings period (so Settings is read too). */
  activities(): TabRecords<ActivitiesGrid, Activity> | null {
    const grid = this.grid("activities");
    if (!grid) return null;
    const settings = this.settings()?.settings;
    return { grid, records: readActivities(grid, settings ? settingsPeriod(settings) : null) };
  }

  goals(): TabRecords<GoalsGrid, Goal> | null {
    const grid = this.grid("goals");
    return grid ? { grid, records: readGoals(grid) } : null;
  }

  membership(): TabRecords<MembershipGrid, MembershipRow> | null {
    const grid = this.grid("membership");
    return grid ? { grid, records: readMembership(grid) } : null;
  }

  people(): TabRecords<PeopleGrid, Person> | null {
    const grid = this.grid("people");
    return grid ? { grid, records: readPeople(grid) } : null;
  }

  settings(): { readonly grid: SettingsGrid; readonly settings: Settings } | null {
    const grid = this.grid("settings");
    return grid ? { grid, settings: readSettings(grid) } : null;
  }

  /** Every plan tab, read once each (their marks found with one search). */
  records(): PlanRecords {
    this.marked();
    return {
      goals: this.goals(),
      activities: this.activities(),
      membership: this.membership(),
      settings: this.settings(),
    };
  }
}
