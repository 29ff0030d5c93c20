// Restores a snapshot part by part: whatever of a damaged save can be read comes back, and each part that cannot is
// named in one line, so a workbook always opens.
import type { RawCellContent } from "hyperformula";
import type { CellMeta } from "./grid";
import type { DataValidationSpec } from "./rules/data-validation";
import { DataValidationCriteria } from "./rules/data-validation";
import type { ServiceState } from "./services/index";
import type { SheetImpl } from "./sheet";
import {
  type CellMetaSnapshot,
  type EmulatorSnapshot,
  fromSnapshotValue,
  type SheetSnapshot,
} from "./snapshot";
import { restoreSheetRules } from "./snapshot-rules";
import type { SpreadsheetImpl } from "./spreadsheet";

type FromSpec = (spec: DataValidationSpec) => GoogleAppsScript.Spreadsheet.DataValidation;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? "" : "s"}`;
const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split("\n")[0];
const isContent = (c: unknown): c is RawCellContent =>
  c === null || typeof c === "string" || typeof c === "number" || typeof c === "boolean";
const whole = (v: unknown, fallback: number, min = 0): number =>
  typeof v === "number" && Number.isInteger(v) && v >= min ? v : fallback;

class Restorer {
  readonly problems: string[] = [];

  constructor(
    private readonly ss: SpreadsheetImpl,
    private readonly fromSpec: FromSpec,
  ) {}

  /** Runs one part; a failure becomes a line naming the part. */
  attempt(what: string, part: () => void): void {
    try {
      part();
    } catch (error) {
      this.problems.push(`${what} (${oneLine(error)})`);
    }
  }

  /** A sheet for each readable entry, in order, with its size, panes and layout. */
  sheets(entries: Record<string, unknown>[]): [SheetImpl, Partial<SheetSnapshot>][] {
    const made: [SheetImpl, Partial<SheetSnapshot>][] = [];
    for (const s of entries) {
      let name = typeof s.name === "string" && s.name.trim() !== "" ? s.name : "";
      // Only sheets restored so far count: the fresh spreadsheet's own first sheet is renamed to the first entry.
      const used = (candidate: string) => made.some(([m]) => m.name === candidate);
      if (!name || used(name)) {
        const taken = name;
        let n = made.length + 1;
        while (used(`Restored ${n}`)) n++;
        name = `Restored ${n}`;
        this.problems.push(
          taken
            ? `a second sheet named ${taken}, restored as ${name}`
            : `a sheet without a name, restored as ${name}`,
        );
      }
      const id = whole(s.sheetId, -1);
      const free = id >= 0 && !this.ss.sheets.some((x) => x.sheetId === id);
      const sheet =
        made.length === 0 ? this.ss.sheets[0] : this.ss.addSheet(name, made.length, free ? id : undefined);
      if (made.length === 0) this.ss.renameSheet(sheet, name);
      this.attempt(`the size, panes and column widths of ${name}`, () => this.layout(sheet, s));
      made.push([sheet, s as Partial<SheetSnapshot>]);
    }
    return made;
  }

  private layout(sheet: SheetImpl, s: Record<string, unknown>): void {
    Object.assign(sheet, {
      maxRows: whole(s.maxRows, sheet.maxRows, 1),
      maxCols: whole(s.maxCols, sheet.maxCols, 1),
      frozenRows: whole(s.frozenRows, 0),
      frozenCols: whole(s.frozenCols, 0),
      tabColor: typeof s.tabColor === "string" ? s.tabColor : null,
    });
    const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const rects = list(s.merges).filter(isRecord);
    sheet.grid.merges = rects.map((g) => ({
      row: whole(g.row, 1, 1),
      col: whole(g.col, 1, 1),
      numRows: whole(g.numRows, 1, 1),
      numCols: whole(g.numCols, 1, 1),
    }));
    const widths = list(s.columnWidths).filter(
      (w): w is [number, number] =>
        Array.isArray(w) && w.length === 2 && w.every((x) => typeof x === "number"),
    );
    sheet.grid.columnWidths = new Map(widths);
    sheet.grid.hiddenColumns = new Set(
      list(s.hiddenColumns).filter((c): c is number => typeof c === "number"),
    );
    sheet.grid.hiddenRows = new Set(list(s.hiddenRows).filter((r): r is number => typeof r === "number"));
    const bad = [s.merges, s.columnWidths, s.hiddenColumns, s.hiddenRows].some(
      (v) => v !== undefined && !Array.isArray(v),
    );
    if (bad) throw new Error("some of it was not in the expected form");
  }

  /** A sheet's contents in one write; if the engine refuses it, cell by cell, leaving out the cells it refuses. */
  contents(sheet: SheetImpl, contents: unknown): void {
    if (!Array.isArray(contents)) throw new Error("not a table of cells");
    const table = contents.map((row) =>
      Array.isArray(row) ? row.map((c) => (isContent(c) ? c : null)) : [],
    );
    const odd = contents.reduce(
      (n: number, row) => n + (Array.isArray(row) ? row.filter((c) => !isContent(c)).length : 1),
      0,
    );
    const engine = this.ss.engine;
    try {
      engine.mutate(() => engine.hf.setSheetContent(engine.id(sheet.name), table));
    } catch {
      let refused = 0;
      table.forEach((row, r) => {
        row.forEach((content, c) => {
          if (content === null) return;
          try {
            engine.mutate(() =>
              engine.hf.setCellContents({ sheet: engine.id(sheet.name), row: r, col: c }, [[content]]),
            );
          } catch {
            refused++;
          }
        });
      });
      if (refused > 0) this.problems.push(`${count(refused, "cell")} of ${sheet.name}`);
    }
    if (odd > 0) this.problems.push(`${count(odd, "cell")} of ${sheet.name} that held no value`);
  }

  /** Formats, notes and validations of each cell; the cells whose entry cannot be read are counted. */
  meta(sheet: SheetImpl, entries: unknown): void {
    if (!Array.isArray(entries)) throw new Error("not a list of cells");
    const criteria = new Set(Object.keys(DataValidationCriteria));
    let lost = 0;
    let rules = 0;
    for (const entry of entries) {
      if (!Array.isArray(entry) || !whole(entry[0], 0, 1) || !whole(entry[1], 0, 1) || !isRecord(entry[2])) {
        lost++;
        continue;
      }
      const [r, c, m] = entry as [number, number, CellMetaSnapshot];
      const { validation, ...rest } = m;
      const meta: CellMeta = { ...rest };
      if (validation) {
        try {
          if (!criteria.has(String(validation.criteria))) throw new Error("unknown rule");
          meta.validation = this.fromSpec({
            criteria: validation.criteria,
            values: validation.values.map((v) => fromSnapshotValue(this.ss, v)),
            allowInvalid: validation.allowInvalid !== false,
            helpText: typeof validation.helpText === "string" ? validation.helpText : null,
          });
        } catch {
          rules++;
          delete meta.validationAnchor;
        }
      }
      sheet.grid.cells.set(`${r},${c}`, meta);
    }
    if (lost > 0) this.problems.push(`the formats of ${count(lost, "cell")} of ${sheet.name}`);
    if (rules > 0) this.problems.push(`the validation rules of ${count(rules, "cell")} of ${sheet.name}`);
  }
}

/**
 * Restores what can be read of `snap` into `ss` (a fresh spreadsheet) and `state`. Returns one line for each part
 * that could not be restored; an empty list means all of it came back.
 */
export function restoreSnapshot(
  ss: SpreadsheetImpl,
  state: ServiceState,
  snap: EmulatorSnapshot | unknown,
  fromSpec: FromSpec,
): string[] {
  const restorer = new Restorer(ss, fromSpec);
  if (!isRecord(snap)) return ["the whole workbook (the saved file holds no workbook)"];
  const entries = Array.isArray(snap.sheets) ? snap.sheets.filter(isRecord) : [];
  if (entries.length === 0)
    restorer.problems.push("every sheet (the saved file lists none that can be read)");
  else if (Array.isArray(snap.sheets) && entries.length < snap.sheets.length) {
    restorer.problems.push(
      `${count(snap.sheets.length - entries.length, "sheet")} that could not be read at all`,
    );
  }
  const sheets = restorer.sheets(entries);
  // Contents after all sheets exist, so cross-sheet formulas resolve; names before rules that may use them.
  for (const [sheet, s] of sheets)
    restorer.attempt(`the cells of ${sheet.name}`, () => restorer.contents(sheet, s.contents));
  const names = Array.isArray(snap.namedRanges) ? snap.namedRanges : [];
  for (const n of names) {
    const name = isRecord(n) ? String(n.name) : "?";
    restorer.attempt(`the named range ${name}`, () => {
      if (!isRecord(n) || typeof n.expression !== "string") throw new Error("no range");
      const expression = n.expression;
      ss.engine.mutate(() => ss.engine.hf.addNamedExpression(name, expression));
    });
  }
  for (const [sheet, s] of sheets) {
    restorer.attempt(`the formats of ${sheet.name}`, () => restorer.meta(sheet, s.meta ?? []));
    // Rules after every sheet exists: their ranges may name other sheets.
    if (s.rules !== undefined) {
      restorer.attempt(`the rules of ${sheet.name}`, () => {
        for (const problem of restoreSheetRules(ss, sheet, s.rules as NonNullable<SheetSnapshot["rules"]>)) {
          restorer.problems.push(problem);
        }
      });
    }
  }
  restorer.attempt("the add-on's developer metadata", () => {
    if (snap.developerMetadata === undefined) return;
    if (!Array.isArray(snap.developerMetadata)) throw new Error("not a list");
    for (const m of snap.developerMetadata) {
      if (!isRecord(m) || typeof m.id !== "number" || typeof m.key !== "string")
        throw new Error("unreadable entry");
      const sheetId = typeof m.sheetId === "number" ? m.sheetId : null;
      // By name: the first sheet is the emulator's placeholder renamed, which keeps its own id.
      const name = entries.find((s) => s.sheetId === sheetId)?.name;
      const sheet = sheetId === null ? null : typeof name === "string" ? ss.sheetNamed(name) : undefined;
      if (sheet === undefined) continue;
      ss.metadata.restore({
        id: m.id,
        key: m.key,
        value: typeof m.value === "string" ? m.value : null,
        visibility: m.visibility === "PROJECT" ? "PROJECT" : "DOCUMENT",
        sheet,
      });
    }
  });
  Object.assign(ss, { activeSheet: ss.sheetNamed(String(snap.activeSheet)) ?? ss.sheets[0] });
  restorer.attempt("the script's stored properties", () => {
    if (snap.properties !== undefined && !isRecord(snap.properties))
      throw new Error("not a list of keys and values");
    const properties = isRecord(snap.properties) ? snap.properties : {};
    const stores = [
      [properties.document, state.properties.document],
      [properties.script, state.properties.script],
      [properties.user, state.properties.user(state.userEmail)],
    ] as const;
    for (const [saved, store] of stores) {
      if (saved === undefined) continue;
      if (!isRecord(saved)) throw new Error("not a list of keys and values");
      for (const [k, v] of Object.entries(saved)) store.set(k, String(v));
    }
  });
  return restorer.problems;
}
