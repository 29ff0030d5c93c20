// Builds the counted Apps Script service globals for one execution; the ServiceState is shared by all executions.
import { type CallLog, counted as countedIn } from "../call-log";
import { NODE_REALM, type Realm } from "../realm";
import { ChartType } from "../rules/chart";
import { CacheServiceImpl, CacheState } from "./cache";
import { HtmlServiceImpl } from "./html";
import { type ExecutionId, LockServiceImpl, LockState } from "./lock";
import { type ConsoleRecord, LoggerImpl, type LogLines } from "./logger";
import { PropertiesServiceImpl, PropertiesState } from "./properties";
import { SessionImpl } from "./session";
import { UiImpl, UiLog } from "./ui";
import { UtilitiesImpl } from "./utilities";

/** Everything that outlives one execution of the script on the emulated document. */
export interface ServiceState {
  /** The user's language as Session.getActiveUserLocale() reports it, e.g. "sv". */
  locale: string;
  /** The script's time zone (appsscript.json), e.g. "Europe/Stockholm". */
  timeZone: string;
  /** Active user's email ("" when Google withholds it). */
  userEmail: string;
  /** Effective user's email; defaults to userEmail. */
  effectiveUserEmail?: string;
  /** Folder with the project's `.html` files; none: HtmlService finds no file. */
  htmlDir?: string;
  /** Name Sheets shows for createAddonMenu(). */
  addonName: string;
  lockState: LockState;
  properties: PropertiesState;
  cache: CacheState;
  uiLog: UiLog;
  /** Lines written with Logger.log, by all executions. */
  logLines: LogLines;
  /** Lines written with console.*, by all executions. */
  consoleRecords: ConsoleRecord[];
}

export function createServiceState(options: Partial<ServiceState> = {}): ServiceState {
  return {
    locale: "sv",
    timeZone: "Europe/Stockholm",
    userEmail: "user@example.com",
    addonName: "Add-on",
    lockState: new LockState(),
    properties: new PropertiesState(),
    cache: new CacheState(),
    uiLog: new UiLog(),
    logLines: [],
    consoleRecords: [],
    ...options,
  };
}

/** Runtime stand-in for the Charts service: only its enums. */
export interface ChartsGlobal {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

export interface Services {
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: UtilitiesImpl;
  Logger: GoogleAppsScript.Base.Logger;
  Charts: ChartsGlobal;
  /** For SpreadsheetApp.getUi(): the counted Ui. */
  ui: GoogleAppsScript.Base.Ui;
  /** This execution's identity for the lock state. */
  execution: ExecutionId;
  /** The script terminates: its locks are released, as Apps Script does. */
  endExecution(): void;
}

/**
 * Counted service globals for one execution (one globals() object); call again for a second execution. Results are
 * handed over as `realm`'s own arrays and Dates.
 */
export function createServices(state: ServiceState, log: CallLog, realm: Realm = NODE_REALM): Services {
  const execution: ExecutionId = {};
  const counted = <T extends object>(obj: T, className: string, calls: CallLog): T =>
    countedIn(obj, className, calls, (v) => realm.adopt(v));
  const wrap =
    <T extends object>(className: string) =>
    (obj: T): T =>
      counted(obj, className, log);
  const session = {
    userEmail: state.userEmail,
    effectiveUserEmail: state.effectiveUserEmail,
    locale: state.locale,
    timeZone: state.timeZone,
  };
  return {
    HtmlService: counted(new HtmlServiceImpl(state.htmlDir, log), "HtmlService", log),
    LockService: counted(
      new LockServiceImpl(state.lockState, execution, state.userEmail, wrap("Lock")),
      "LockService",
      log,
    ),
    PropertiesService: counted(
      new PropertiesServiceImpl(state.properties, state.userEmail, wrap("Properties")),
      "PropertiesService",
      log,
    ),
    CacheService: counted(
      new CacheServiceImpl(state.cache, state.userEmail, wrap("Cache")),
      "CacheService",
      log,
    ),
    Session: counted(new SessionImpl(session, wrap("User")), "Session", log),
    Utilities: counted(new UtilitiesImpl(), "Utilities", log),
    Logger: counted(new LoggerImpl(state.logLines), "Logger", log),
    Charts: { ChartType },
    ui: counted(new UiImpl(state.uiLog, log, state.addonName), "Ui", log),
    execution,
    endExecution: () => state.lockState.releaseAll(execution),
  };
}

export { RAW, unwrap } from "./raw";
