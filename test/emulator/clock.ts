// The runtime clock: real time, or one instant pinned as a fake timer would; TODAY() and NOW() in formulas read it.
import { CellValueDetailedType, FunctionPlugin, HyperFormula, type ImplementedFunctions } from "hyperformula";
import { dateToSerial, serialToDate } from "./cell-input";

/** An instant: "YYYY-MM-DD" (noon there), "YYYY-MM-DDTHH:mm[:ss]" (wall clock there), with Z/offset, ms or a Date. */
export type ClockSetting = string | number | Date;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;
const EPOCH_OFFSET = 25_569;

function wallSerial(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS + EPOCH_OFFSET;
}

/** The instant `when` names, a bare day or wall-clock time read in `timeZone`. Throws for anything else. */
export function instantOf(when: ClockSetting, timeZone: string): number {
  if (when instanceof Date || typeof when === "number") {
    const ms = when instanceof Date ? when.getTime() : when;
    if (Number.isFinite(ms)) return ms;
  } else {
    const day = DAY.exec(when);
    const wall = WALL.exec(when);
    const serial = day
      ? wallSerial(Number(day[1]), Number(day[2]), Number(day[3]), 12, 0, 0)
      : wall
        ? wallSerial(
            Number(wall[1]),
            Number(wall[2]),
            Number(wall[3]),
            Number(wall[4]),
            Number(wall[5]),
            Number(wall[6] ?? 0),
          )
        : null;
    if (serial !== null) return serialToDate(serial, timeZone).getTime();
    const parsed = /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(when) ? Date.parse(when) : Number.NaN;
    if (Number.isFinite(parsed)) return parsed;
  }
  throw new Error(`Not a date or time for the emulator's clock: ${String(when)}`);
}

type PluginState = Parameters<FunctionPlugin["evaluateAst"]>[1];
/** A function call's syntax node, as far as runFunction needs it. */
interface PluginAst {
  args: Parameters<FunctionPlugin["runFunction"]>[0];
}
type PluginValue = ReturnType<FunctionPlugin["runFunction"]>;

/** What formulas need of the clock: now as a serial number in the spreadsheet's time zone. */
export interface ClockHost {
  nowSerial?(): number;
}

/** The runtime clock of one emulated document. */
export class Clock {
  /** The pinned instant (ms), or undefined for real time. */
  readonly pinned: number | undefined;

  constructor(setting: ClockSetting | undefined, timeZone: string) {
    this.pinned = setting === undefined ? undefined : instantOf(setting, timeZone);
  }

  now(): number {
    return this.pinned ?? Date.now();
  }

  /** Now as Sheets stores it: a serial number of the wall clock in `timeZone`. */
  serial(timeZone: string): number {
    return dateToSerial(new Date(this.now()), timeZone);
  }
}

/**
 * TODAY() and NOW() as Sheets computes them: from the document's clock, in the spreadsheet's time zone
 * (https://support.google.com/docs/answer/3092984, https://support.google.com/docs/answer/3092981).
 * HyperFormula's own read the process clock in the process's time zone.
 */
export class ClockPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: {
      method: "today",
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATE,
    },
    NOW: {
      method: "now",
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATETIME,
    },
  };

  private serial(): number {
    const host = this.config.context as ClockHost | undefined;
    return host?.nowSerial ? host.nowSerial() : dateToSerial(new Date(), "UTC");
  }

  today(ast: PluginAst, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.metadata("TODAY"), () => Math.floor(this.serial()));
  }

  now(ast: PluginAst, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.metadata("NOW"), () => this.serial());
  }
}

let registered = false;

/** Replaces HyperFormula's TODAY and NOW in every engine built from now on (HF's registry is global). */
export function registerClockFunctions(): void {
  if (registered) return;
  registered = true;
  HyperFormula.registerFunction("TODAY", ClockPlugin);
  HyperFormula.registerFunction("NOW", ClockPlugin);
}
