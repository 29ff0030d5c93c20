// A user typing into cells: the entry parsed in the spreadsheet's locale, checked against the cell's validation, then
// onEdit run as a simple trigger — and, when typing is quicker than the trigger, the events Sheets drops.
import vm from "node:vm";
import type { CallLog } from "./call-log";
import { Exposer } from "./counting";
import type { ExecutionGate } from "./execution";
import { Realm } from "./realm";
import { shiftFormula, validationAccepts } from "./rule-bridge";
import type { SheetImpl } from "./sheet";
import type { SpreadsheetImpl } from "./spreadsheet";

export interface EditResult {
  accepted: boolean;
  message?: string;
}

/** One cell (or block, filled with the same entry) a user types into. */
export interface TypedEdit {
  sheet: string;
  a1: string;
  value: unknown;
}

export interface QuickEditResult extends EditResult {
  /** Whether onEdit saw this edit: Sheets drops the events that queue up behind a running trigger. */
  delivered: boolean;
}

/** Sheets' onEdit value/oldValue: strings (numbers and dates as their stored number, booleans TRUE/FALSE). */
function eventText(value: unknown): string | undefined {
  if (value === "" || value === null || value === undefined) return undefined;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

type Context = Record<string, unknown> | null;

export class UserEdits {
  constructor(
    private readonly ss: SpreadsheetImpl,
    private readonly calls: CallLog,
    private readonly gate: ExecutionGate,
    private readonly userEmail: () => string,
  ) {}

  private sheet(name: string): SheetImpl {
    const sheet = this.ss.sheetNamed(name);
    if (!sheet) throw new Error(`No sheet named ${name}`);
    return sheet;
  }

  /** Types one entry; rejected input is undone. Returns the onEdit event it makes (null when rejected). */
  private apply(
    context: Context,
    edit: TypedEdit,
  ): { result: EditResult; event: Record<string, unknown> | null } {
    const sheet = this.sheet(edit.sheet);
    const range = sheet.getRange(edit.a1);
    const { row, col, numRows, numCols } = range.rect;
    const single = numRows === 1 && numCols === 1;
    // The engine is asked afresh each time: a failure inside it replaces it (see FormulaEngine.mutate).
    const engine = this.ss.engine;
    const address = () => ({ sheet: engine.id(sheet.name), row: row - 1, col: col - 1 });
    const before = engine.hf.getCellSerialized(address());
    const formatBefore = sheet.grid.get(row, col)?.numberFormat;
    const oldValue = sheet.readValue(row, col);
    const block = Array.from({ length: numRows }, () => new Array<unknown>(numCols).fill(edit.value));
    sheet.write(row, col, block, "user");
    const rule = sheet.grid.get(row, col)?.validation;
    if (rule && !rule.getAllowInvalid()) {
      const anchor = sheet.grid.get(row, col)?.validationAnchor ?? [row, col];
      const evaluate = (formula: string): unknown =>
        this.ss.engine.calculate(shiftFormula(formula, row - anchor[0], col - anchor[1]), sheet.name);
      if (!validationAccepts(rule, sheet.readValue(row, col), evaluate)) {
        engine.mutate(() => engine.hf.setCellContents(address(), [[before]]), "retry");
        sheet.grid.set(row, col, "numberFormat", formatBefore);
        const help = rule.getHelpText();
        const message =
          help ||
          `The data you entered in cell ${range.getA1Notation()} violates the data validation rules set on this cell.`;
        return { result: { accepted: false, message }, event: null };
      }
    }
    const exposer = new Exposer(this.calls, new Realm(context && vm.isContext(context) ? context : null));
    const email = this.userEmail();
    // https://developers.google.com/apps-script/guides/triggers/events#edit
    const event: Record<string, unknown> = {
      range: exposer.expose(range),
      source: exposer.expose(this.ss),
      user: { getEmail: () => email, getNickname: () => email.split("@")[0] },
      // https://developers.google.com/apps-script/reference/script/auth-mode: onEdit runs in LIMITED.
      authMode: "LIMITED",
    };
    if (single) {
      const raw = engine.hf.getCellValue(address());
      const newText = eventText(typeof raw === "object" && raw !== null ? String(raw.value) : raw);
      if (newText !== undefined) event.value = newText;
      const oldText = eventText(typeof before === "number" ? before : oldValue);
      if (oldText !== undefined) event.oldValue = oldText;
    }
    return { result: { accepted: true }, event };
  }

  /** Runs the bundle's onEdit with `event`, as a simple trigger. */
  private deliver(context: Context, event: Record<string, unknown>): void {
    const onEdit = context?.onEdit;
    if (typeof onEdit === "function") this.gate.run("LIMITED", () => Reflect.apply(onEdit, context, [event]));
  }

  /** One edit, its onEdit run before the next keystroke. */
  edit(context: Context, edit: TypedEdit): EditResult {
    const { result, event } = this.apply(context, edit);
    if (event) this.deliver(context, event);
    return result;
  }

  /**
   * Edits typed faster than onEdit runs: all of them land first, then the first `delivered` events reach onEdit and
   * the rest are dropped, as Sheets drops triggers that queue up behind a running one.
   */
  typeQuickly(context: Context, edits: readonly TypedEdit[], delivered: number): QuickEditResult[] {
    const applied = edits.map((edit) => this.apply(context, edit));
    let budget = delivered;
    const results = applied.map(({ result, event }) => {
      const reaches = event !== null && budget > 0;
      if (reaches) budget--;
      return { ...result, delivered: reaches };
    });
    applied.forEach(({ event }, i) => {
      if (event && results[i].delivered) this.deliver(context, event);
    });
    return results;
  }
}
