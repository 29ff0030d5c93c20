// Custom-function arguments must be deterministic: NOW(), RAND(), RANDBETWEEN() and RANDARRAY() in an argument, or in
// a cell it references (however indirectly), make the cell an error with Google's message.
import type { HyperFormula } from "hyperformula";

/**
 * The functions Google names. TODAY() is not among them: whether Sheets refuses it too is not confirmed (see
 * FIDELITY.md), and the emulator lets it through.
 */
export const VOLATILE_FUNCTIONS = ["NOW", "RAND", "RANDBETWEEN", "RANDARRAY"] as const;

/** What Sheets shows (https://developers.google.com/apps-script/guides/sheets/functions#arguments). */
export const VOLATILE_ARGUMENT_MESSAGE =
  "This function is not allowed to reference a cell with NOW(), RAND(), RANDARRAY(), or RANDBETWEEN()";

const CALLS = new RegExp(`\\b(${VOLATILE_FUNCTIONS.join("|")})\\s*\\(`, "i");

/** A block of cells, 0-based and inclusive, on one engine sheet. */
export interface CellBlock {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Address = { sheet: number; row: number; col: number };

interface AstLike {
  type?: string;
  procedureName?: string;
  reference?: { toSimpleCellAddress(base: Address): Address };
  start?: AddressLike;
  end?: AddressLike;
}

interface AddressLike {
  toSimpleCellAddress?(base: Address): Address;
  toSimpleColumnAddress?(base: Address): { sheet: number; col: number };
  toSimpleRowAddress?(base: Address): { sheet: number; row: number };
}

const WHOLE = Number.MAX_SAFE_INTEGER;

/** The cells one reference node points at, or null when the node is no reference. */
function blockOf(node: AstLike, base: Address): CellBlock | null {
  if (node.type === "CELL_REFERENCE" && node.reference) {
    const a = node.reference.toSimpleCellAddress(base);
    return { sheet: a.sheet, top: a.row, left: a.col, bottom: a.row, right: a.col };
  }
  const { start, end } = node;
  if (!start || !end) return null;
  if (node.type === "CELL_RANGE" && start.toSimpleCellAddress && end.toSimpleCellAddress) {
    const a = start.toSimpleCellAddress(base);
    const b = end.toSimpleCellAddress(base);
    return { sheet: a.sheet, top: a.row, left: a.col, bottom: b.row, right: b.col };
  }
  if (node.type === "COLUMN_RANGE" && start.toSimpleColumnAddress && end.toSimpleColumnAddress) {
    const a = start.toSimpleColumnAddress(base);
    const b = end.toSimpleColumnAddress(base);
    return { sheet: a.sheet, top: 0, left: a.col, bottom: WHOLE, right: b.col };
  }
  if (node.type === "ROW_RANGE" && start.toSimpleRowAddress && end.toSimpleRowAddress) {
    const a = start.toSimpleRowAddress(base);
    const b = end.toSimpleRowAddress(base);
    return { sheet: a.sheet, top: a.row, left: 0, bottom: b.row, right: WHOLE };
  }
  return null;
}

/** What the argument syntax trees call directly, and the cells they reference. */
export function argumentReach(
  args: readonly unknown[],
  base: Address,
): { calls: boolean; blocks: CellBlock[] } {
  const blocks: CellBlock[] = [];
  let calls = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const ast = node as AstLike & Record<string, unknown>;
    if (
      typeof ast.procedureName === "string" &&
      (VOLATILE_FUNCTIONS as readonly string[]).includes(ast.procedureName)
    )
      calls = true;
    const block = blockOf(ast, base);
    if (block) {
      blocks.push(block);
      return;
    }
    for (const [key, child] of Object.entries(ast)) {
      if (key !== "reference" && key !== "start" && key !== "end") visit(child);
    }
  };
  visit(args);
  return { calls, blocks };
}

const keyOf = (a: Address): string => `${a.sheet}:${a.row}:${a.col}`;

/**
 * The formula cells of one engine state that are volatile: they call one of the functions, or depend on a cell that
 * does. Worked out once per state (most workbooks have none), on the first custom function that asks.
 */
export class VolatileCells {
  private cells: Address[] | null = null;

  constructor(private readonly hf: () => HyperFormula) {}

  /** After any change to the cells. */
  forget(): void {
    this.cells = null;
  }

  private all(): Address[] {
    if (this.cells) return this.cells;
    const hf = this.hf();
    const found = new Map<string, Address>();
    const ranges = new Set<string>();
    type Node = Address | { start: Address; end: Address };
    const queue: Node[] = [];
    for (const name of hf.getSheetNames()) {
      const sheet = hf.getSheetId(name);
      if (sheet === undefined) continue;
      hf.getSheetFormulas(sheet).forEach((row, r) => {
        row.forEach((formula, c) => {
          if (formula && CALLS.test(formula)) queue.push({ sheet, row: r, col: c });
        });
      });
    }
    // A cell's dependents are formula cells and the ranges holding it; a range's are the formulas reading it.
    while (queue.length > 0) {
      const node = queue.pop() as Node;
      if ("row" in node) {
        if (found.has(keyOf(node))) continue;
        found.set(keyOf(node), node);
      } else {
        const key = `${keyOf(node.start)}-${keyOf(node.end)}`;
        if (ranges.has(key)) continue;
        ranges.add(key);
      }
      queue.push(...hf.getCellDependents(node));
    }
    this.cells = [...found.values()];
    return this.cells;
  }

  /** True when any block holds a volatile cell. */
  touches(blocks: readonly CellBlock[]): boolean {
    if (blocks.length === 0) return false;
    return this.all().some((a) =>
      blocks.some(
        (b) =>
          a.sheet === b.sheet && a.row >= b.top && a.row <= b.bottom && a.col >= b.left && a.col <= b.right,
      ),
    );
  }
}
