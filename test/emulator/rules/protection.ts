// Protection of a range or sheet: records its settings; the emulated user can always edit.
import { enumOf } from "../services/enum-of";
import { type HasRaw, RAW } from "../services/raw";
import type { RuleRange } from "./rule-range";

type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

// https://developers.google.com/apps-script/reference/spreadsheet/protection-type
export const ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(["RANGE", "SHEET"]);

/** Anything with an email, as Protection.addEditor(user) accepts. */
interface UserLike {
  getEmail(): string;
}

function emailOf(user: string | UserLike): string {
  return typeof user === "string" ? user : user.getEmail();
}

export interface ProtectionOptions {
  type: "RANGE" | "SHEET";
  /** The protected range (for a SHEET protection: the whole sheet's range). */
  range: RuleRange;
  /** Called once by remove(), so the grid can drop it from getProtections(). */
  onRemove?: () => void;
}

// https://developers.google.com/apps-script/reference/spreadsheet/protection
export class ProtectionImpl implements HasRaw<ProtectionImpl> {
  private description = "";
  private warningOnly = false;
  private domainEdit = false;
  private rangeName: string | null = null;
  private unprotected: RuleRange[] = [];
  private range: RuleRange;
  /** Editors added and removed, in order; the emulator does not enforce them. */
  readonly editors: string[] = [];
  removed = false;

  constructor(private readonly options: ProtectionOptions) {
    this.range = options.range;
  }

  get [RAW](): ProtectionImpl {
    return this;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditor(String)
  addEditor(user: string | UserLike): this {
    const email = emailOf(user);
    if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: string[]): this {
    for (const email of emailAddresses) this.addEditor(email);
    return this;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
  // The emulated user owns the file, so they can always edit.
  canEdit(): boolean {
    return true;
  }
  getDescription(): string {
    return this.description;
  }
  getEditors(): UserLike[] {
    return this.editors.map((email) => ({ getEmail: () => email }));
  }
  getProtectionType(): ProtectionType {
    return this.options.type as unknown as ProtectionType;
  }
  getRange(): RuleRange {
    return this.range;
  }
  getRangeName(): string | null {
    return this.rangeName;
  }
  getUnprotectedRanges(): RuleRange[] {
    return [...this.unprotected];
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#isWarningOnly()
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#remove()
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.options.onRemove?.();
  }
  removeEditor(user: string | UserLike): this {
    const index = this.editors.indexOf(emailOf(user));
    if (index >= 0) this.editors.splice(index, 1);
    return this;
  }
  removeEditors(users: (string | UserLike)[]): this {
    for (const user of users) this.removeEditor(user);
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setDescription(String)
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }
  setRange(range: RuleRange): this {
    this.range = range;
    return this;
  }
  setRangeName(rangeName: string): this {
    this.rangeName = rangeName;
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)
  setUnprotectedRanges(ranges: RuleRange[]): this {
    if (this.options.type !== "SHEET")
      throw new Error("Unprotected ranges can only be set on a sheet protection.");
    this.unprotected = [...ranges];
    return this;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
  // Google: a warning-only protection has no editors list; the emulator only records the flag.
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
}
