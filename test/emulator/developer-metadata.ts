// Developer metadata on sheets and the spreadsheet: keys and values the add-on keeps out of sight, and their finder.
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
import { RAW } from "./services/raw";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";

type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** One entry as the document stores it. Row and column locations are not emulated (the add-on uses none). */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
  /** The sheet it sits on, or null for the spreadsheet itself. */
  sheet: SheetImpl | null;
}

/** Every entry of one document, in creation order; ids are unique within it, as in Sheets. */
export class MetadataStore {
  entries: MetadataEntry[] = [];
  private nextId = 1;

  add(sheet: SheetImpl | null, key: string, value: string | null, visibility: unknown): MetadataEntry {
    if (typeof key !== "string" || key === "") throw new Error("Developer metadata needs a non-empty key.");
    const entry: MetadataEntry = {
      id: this.nextId++,
      key,
      value: value === undefined ? null : value,
      visibility: String(visibility ?? "DOCUMENT") === "PROJECT" ? "PROJECT" : "DOCUMENT",
      sheet,
    };
    this.entries.push(entry);
    return entry;
  }

  /** Restores an entry with its id (snapshots). */
  restore(entry: MetadataEntry): void {
    this.entries.push(entry);
    this.nextId = Math.max(this.nextId, entry.id + 1);
  }

  /** A sheet's metadata goes with it. */
  dropSheet(sheet: SheetImpl): void {
    this.entries = this.entries.filter((e) => e.sheet !== sheet);
  }
}

export class DeveloperMetadataLocationImpl {
  static readonly gasClass = "DeveloperMetadataLocation";
  constructor(
    private readonly ss: SpreadsheetImpl,
    private readonly entry: MetadataEntry,
  ) {}

  get [RAW](): DeveloperMetadataLocationImpl {
    return this;
  }

  getLocationType(): LocationType {
    return (this.entry.sheet ? "SHEET" : "SPREADSHEET") as unknown as LocationType;
  }

  getSheet(): SheetImpl | null {
    return this.entry.sheet;
  }

  getSpreadsheet(): SpreadsheetImpl | null {
    return this.entry.sheet ? null : this.ss;
  }

  getRow(): null {
    return null;
  }

  getColumn(): null {
    return null;
  }
}

export class DeveloperMetadataImpl {
  static readonly gasClass = "DeveloperMetadata";
  constructor(
    private readonly ss: SpreadsheetImpl,
    readonly entry: MetadataEntry,
  ) {}

  get [RAW](): DeveloperMetadataImpl {
    return this;
  }

  getId(): number {
    return this.entry.id;
  }

  getKey(): string {
    return this.entry.key;
  }

  getValue(): string | null {
    return this.entry.value;
  }

  getVisibility(): Visibility {
    return this.entry.visibility as unknown as Visibility;
  }

  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this.ss, this.entry);
  }

  setKey(key: string): DeveloperMetadataImpl {
    if (typeof key !== "string" || key === "") throw new Error("Developer metadata needs a non-empty key.");
    this.entry.key = key;
    return this;
  }

  setValue(value: string): DeveloperMetadataImpl {
    this.entry.value = value;
    return this;
  }

  setVisibility(visibility: Visibility): DeveloperMetadataImpl {
    this.entry.visibility = String(visibility) === "PROJECT" ? "PROJECT" : "DOCUMENT";
    return this;
  }

  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadataImpl {
    const target = this.ss.sheets.find((s) => s.sheetId === sheet.getSheetId());
    if (!target) throw new Error("The sheet is not in this spreadsheet.");
    this.entry.sheet = target;
    return this;
  }

  moveToSpreadsheet(): DeveloperMetadataImpl {
    this.entry.sheet = null;
    return this;
  }

  moveToRow(): DeveloperMetadataImpl {
    throw new Error("The emulator keeps developer metadata on sheets and the spreadsheet only.");
  }

  moveToColumn(): DeveloperMetadataImpl {
    throw new Error("The emulator keeps developer metadata on sheets and the spreadsheet only.");
  }

  remove(): void {
    this.ss.metadata.entries = this.ss.metadata.entries.filter((e) => e !== this.entry);
  }
}

/** Search, narrowed step by step; `find` returns matches in creation order. */
export class DeveloperMetadataFinderImpl {
  static readonly gasClass = "DeveloperMetadataFinder";
  private readonly tests: Array<(e: MetadataEntry) => boolean> = [];

  constructor(
    private readonly ss: SpreadsheetImpl,
    /** A sheet's finder looks at that sheet's metadata only. */
    private readonly scope: SheetImpl | null,
  ) {}

  get [RAW](): DeveloperMetadataFinderImpl {
    return this;
  }

  private with(test: (e: MetadataEntry) => boolean): DeveloperMetadataFinderImpl {
    this.tests.push(test);
    return this;
  }

  withKey(key: string): DeveloperMetadataFinderImpl {
    return this.with((e) => e.key === key);
  }

  withValue(value: string): DeveloperMetadataFinderImpl {
    return this.with((e) => e.value === value);
  }

  withId(id: number): DeveloperMetadataFinderImpl {
    return this.with((e) => e.id === id);
  }

  withVisibility(visibility: Visibility): DeveloperMetadataFinderImpl {
    return this.with((e) => e.visibility === String(visibility));
  }

  withLocationType(type: LocationType): DeveloperMetadataFinderImpl {
    return this.with((e) => (e.sheet ? "SHEET" : "SPREADSHEET") === String(type));
  }

  onIntersectingLocations(): DeveloperMetadataFinderImpl {
    return this;
  }

  find(): DeveloperMetadataImpl[] {
    return this.ss.metadata.entries
      .filter((e) => (this.scope === null || e.sheet === this.scope) && this.tests.every((t) => t(e)))
      .map((e) => new DeveloperMetadataImpl(this.ss, e));
  }
}
