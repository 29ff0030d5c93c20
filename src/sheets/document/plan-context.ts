// The one context an entry point builds when it starts: the plan document, language, today, clock and lock.
import type { IsoDate } from "../../core/calendar/dates";
import { PlanError } from "../../core/i18n/errors";
import { type Language, languageOf } from "../../core/i18n/language";
import type { MessageKey } from "../../core/i18n/messages";
import { PlanDocument } from "./plan-document";
import { SheetZone } from "./sheet-zone";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where "now" comes from: the real clock in Apps Script; tests may hand in their own. */
export interface Clock {
  now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };

/** How long a second volunteer waits for the first one's command before being told to try again. */
export const LOCK_WAIT_MS = 5000;

/** The document lock: commands that write run one at a time across every editor of the sheet. */
export interface PlanLock {
  /** Runs `body` holding the lock; when another editor holds it past the wait, a PlanError `busy`. */
  run<R>(busy: MessageKey, body: () => R): R;
}

export const DOCUMENT_LOCK: PlanLock = {
  run<R>(busy: MessageKey, body: () => R): R {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new PlanError(busy);
    try {
      return body();
    } finally {
      lock.releaseLock();
    }
  },
};

export interface PlanContext {
  readonly document: PlanDocument;
  readonly language: Language;
  /** The plan's today: the date typed in Settings, else the real date in the spreadsheet's zone. */
  readonly today: IsoDate;
  readonly clock: Clock;
  readonly lock: PlanLock;
}

/** The user's own locale: readable even in AuthMode.NONE, where the file is not. */
export function userLanguage(): Language {
  try {
    return languageOf(Session.getActiveUserLocale());
  } catch {
    return "en";
  }
}

/** The language of the spreadsheet's locale (Swedish for sv*, else English); the user's when it can't be read. */
export function spreadsheetLanguage(ss: Spreadsheet | null): Language {
  try {
    if (ss) return languageOf(ss.getSpreadsheetLocale());
  } catch {
    // No access to the file (AuthMode.NONE): the user's own locale is the next best guess.
  }
  return userLanguage();
}

export interface ContextOptions {
  readonly clock?: Clock;
  readonly lock?: PlanLock;
}

/** The context for one call on `ss`. Language costs one call; today and the zone are read when first needed. */
export function openPlan(ss: Spreadsheet, options: ContextOptions = {}): PlanContext {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const language = spreadsheetLanguage(ss);
  const zone = new SheetZone(
    () => ss,
    () => clock.now(),
  );
  const document = new PlanDocument(ss, language, zone);
  let today: IsoDate | null = null;
  return {
    document,
    language,
    clock,
    lock: options.lock ?? DOCUMENT_LOCK,
    get today(): IsoDate {
      today ??= document.settings()?.settings.today ?? zone.today();
      return today;
    },
  };
}
