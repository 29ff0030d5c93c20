// The data-safety test's user steps: what volunteers do to a plan by hand, as fast-check commands.
import fc from "fast-check";
import { PLAN_TABS, type PlanTab, type World } from "./safety-world";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A step: both fast-check's model and its real system are the run's World, which holds the model inside. */
export type Step = fc.Command<World, World>;

/** Entries volunteers type or paste: plain text, numbers, dates, formulas, formula-looking text, hostile text. */
const ENTRIES = [
  "Möte",
  "Årsmöte 😀",
  "Ставка",
  "مؤتمر",
  "'=Räknar",
  "=Räknar",
  "'2025",
  "'10%",
  "10",
  "10%",
  "12,5",
  "2025-03-01",
  "=C2+2",
  '=IF(E4="";"";"Kansliet")',
  "+46 70",
  "- punkt",
  "@hemligt",
  "＝1+1",
  "",
  "HT 2025",
  "VT 2026",
  "HT 2205",
  "sep",
  "Ca. feb",
  "1 okt",
  "v. 12",
  "enligt överenskommelse",
  "sep–nov",
  "den första måndagen varje månad",
  "Totalt",
  "aktiviteter",
  "Ny i C",
  "a*a*a*a*a*a*b",
  "SANT",
];

const entry = fc.constantFrom(...ENTRIES);
export const tab = fc.constantFrom<PlanTab>(...PLAN_TABS);
/** Rows and columns a step aims at, taken modulo the sheet's size when it runs (the sheet changes under the run). */
const row = fc.integer({ min: 1, max: 14 });
const column = fc.integer({ min: 1, max: 16 });

const within = (n: number, size: number) => ((n - 1) % size) + 1;

/** True when a user can type into the cell: not hidden under another cell of a merge. */
function typeable(sheet: Sheet, r: number, c: number): boolean {
  const [merge] = sheet.getRange(r, c).getMergedRanges();
  return !merge || (merge.getRow() === r && merge.getColumn() === c);
}

/** A step with no precondition, described by `label` and done by `run`. */
export function step(label: string, run: (w: World) => void): Step {
  return {
    check: () => true,
    run: (_model, w) => w.step(label, () => run(w)),
    toString: () => label,
  };
}

/** Types one entry: it lands (checked against validation), the model remembers it, then onEdit sees it. */
function typeInto(w: World, sheet: Sheet, r: number, c: number, value: string): void {
  if (!typeable(sheet, r, c)) return;
  const a1 = sheet.getRange(r, c).getA1Notation();
  const edit = { sheet: sheet.getName(), a1, value };
  if (!w.emu.userEdit(null, edit.sheet, a1, value).accepted) return;
  w.cells.wrote(sheet, r, c, value);
  // The same entry again, this time with its onEdit delivered as Sheets delivers it: the cell ends as typed.
  w.emu.typeQuickly(w.load(), [edit], { delivered: 1 });
  w.cells.readAsPercent();
}

export function type(t: PlanTab, r: number, c: number, value: string): Step {
  return step(`type ${JSON.stringify(value)} into ${t} R${r}C${c}`, (w) => {
    const sheet = w.sheet(t);
    typeInto(w, sheet, within(r, sheet.getMaxRows()), within(c, sheet.getMaxColumns()), value);
  });
}

const typeStep = fc.tuple(tab, row, column, entry).map(([t, r, c, value]) => type(t, r, c, value));

/** A paste: every cell of the block lands as typed, then one onEdit for the block, as Sheets fires it. */
export function paste(t: PlanTab, r: number, c: number, block: readonly (readonly string[])[]): Step {
  return step(`paste ${JSON.stringify(block)} at ${t} R${r}C${c}`, (w) => {
    const sheet = w.sheet(t);
    const top = within(r, sheet.getMaxRows());
    const left = within(c, sheet.getMaxColumns());
    const rows = Math.min(block.length, sheet.getMaxRows() - top + 1);
    const columns = Math.min(Math.max(...block.map((b) => b.length)), sheet.getMaxColumns() - left + 1);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const at = [top + i, left + j] as const;
        if (!typeable(sheet, ...at)) continue;
        const value = block[i][j] ?? "";
        const a1 = sheet.getRange(...at).getA1Notation();
        if (w.emu.userEdit(null, sheet.getName(), a1, value).accepted) w.cells.wrote(sheet, ...at, value);
      }
    }
    const ctx = w.load();
    const app = ctx.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const source = app.getActiveSpreadsheet();
    const range = source.getSheetByName(sheet.getName())!.getRange(top, left, rows, columns);
    ctx.onEdit({ range, source, authMode: "LIMITED" });
    w.cells.readAsPercent();
  });
}

const pasteStep = fc
  .tuple(
    tab,
    row,
    column,
    fc.array(fc.array(entry, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  )
  .map(([t, r, c, block]) => paste(t, r, c, block));

/** A note typed on a cell (or removed): Sheets fires no onEdit for notes. */
const noteStep = fc
  .tuple(tab, row, column, fc.constantFrom("Ring Anna först", "Min anteckning", ""))
  .map(([t, r, c, note]) =>
    step(`note ${JSON.stringify(note)} on ${t} R${r}C${c}`, (w) => {
      const sheet = w.sheet(t);
      const [at, bt] = [within(r, sheet.getMaxRows()), within(c, sheet.getMaxColumns())];
      if (!typeable(sheet, at, bt)) return;
      sheet.getRange(at, bt).setNote(note);
      w.cells.noted(sheet, at, bt);
    }),
  );

/**
 * A user's change of the grid's shape. The emulator's formula engine (HyperFormula) sometimes fails on a shift
 * across spilled formulas: it throws, or is left unable to compute the sheet ("Unknown array" on every read). Such
 * a run tells nothing of the add-on, and is skipped (see FIDELITY.md).
 */
function reshape(sheet: Sheet, change: () => void): void {
  const engineFailed = (error: unknown) =>
    error instanceof Error &&
    (error.message.startsWith("The spreadsheet's formula engine failed") ||
      error.message === "Unknown array");
  try {
    change();
    sheet.getDataRange().getValues();
  } catch (error) {
    fc.pre(!engineFailed(error));
    throw error;
  }
}

/** Rows and columns deleted or inserted by a user: the model follows through the emulator's shifts. */
export function deleteRow(t: PlanTab, r: number): Step {
  return step(`delete row ${r} of ${t}`, (w) => {
    const sheet = w.sheet(t);
    if (sheet.getMaxRows() > 3) reshape(sheet, () => sheet.deleteRow(within(r, sheet.getMaxRows())));
  });
}

export function deleteColumn(t: PlanTab, c: number): Step {
  return step(`delete column ${c} of ${t}`, (w) => {
    const sheet = w.sheet(t);
    if (sheet.getMaxColumns() > 3)
      reshape(sheet, () => sheet.deleteColumns(within(c, sheet.getMaxColumns()), 1));
  });
}

const deleteRowStep = fc.tuple(tab, row).map(([t, r]) => deleteRow(t, r));
const deleteColumnStep = fc.tuple(tab, column).map(([t, c]) => deleteColumn(t, c));

const insertColumnStep = fc.tuple(tab, column).map(([t, c]) =>
  step(`insert a column before column ${c} of ${t}`, (w) => {
    const sheet = w.sheet(t);
    if (sheet.getMaxColumns() < 24)
      reshape(sheet, () => sheet.insertColumnBefore(within(c, sheet.getMaxColumns())));
  }),
);

/**
 * Termin cells merged over a few rows, as plan documents lay out a term: merging keeps only the top cell's value
 * (Sheets asks, then clears the others), so the user's merge empties them, and the model forgets them.
 */
const mergeStep = fc.tuple(row, fc.integer({ min: 2, max: 3 })).map(([r, n]) =>
  step(`merge ${n} Termin cells from row ${r}`, (w) => {
    const sheet = w.sheet("activities");
    const header = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0];
    const c = header.indexOf("Termin") + 1;
    const top = Math.max(2, within(r, sheet.getMaxRows()));
    if (c === 0 || top + n - 1 > sheet.getMaxRows()) return;
    const block = sheet.getRange(top, c, n, 1);
    if (block.isPartOfMerge()) return;
    sheet.getRange(top + 1, c, n - 1, 1).setValue("");
    for (let r = top + 1; r < top + n; r++) w.cells.wrote(sheet, r, c, "");
    block.merge();
  }),
);

const NAMES = ["Våra mål", "Att göra", "Folk", "Konfig", "Gantt", "Tidslinje", "Aktiviteter", "Plan 😀"];

const renameStep = fc
  .tuple(fc.constantFrom<PlanTab | "timeline">(...PLAN_TABS, "timeline"), fc.constantFrom(...NAMES))
  .map(([t, name]) =>
    step(`rename ${t} to ${name}`, (w) => {
      const sheet = t === "timeline" ? w.marked(t) : w.sheet(t);
      if (sheet && !w.ss.getSheetByName(name)) sheet.setName(name);
    }),
  );

/**
 * The user's steps, typing weighted up: it is most of what happens to a plan (and the cheapest step, which keeps
 * 300 runs within the suite's time).
 */
export const USER_STEPS = [
  ...Array.from({ length: 6 }, () => typeStep),
  pasteStep,
  pasteStep,
  noteStep,
  deleteRowStep,
  deleteColumnStep,
  insertColumnStep,
  mergeStep,
  renameStep,
];
