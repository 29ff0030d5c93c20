// Draws one sheet as an HTML table: letters, row numbers, frozen panes, colours, dropdowns, checkboxes, edits.
import type { SheetView } from "../../session/view-types";
import { a1Of, columnLetters } from "./a1";

export const ROW_HEIGHT = 22;
const ROW_NUMBER_WIDTH = 46;

export interface GridHandlers {
  /** A user's new value for a cell (text as typed, or a boolean from a checkbox). */
  edit(a1: string, value: string | boolean): void;
  select(a1: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** Pixels from the left edge to a frozen column (after the row numbers). */
function leftOf(view: SheetView, visibleColumns: number[], index: number): number {
  let x = ROW_NUMBER_WIDTH;
  for (let i = 0; i < index; i++) x += view.columnWidths[visibleColumns[i] - 1];
  return x;
}

/** The text can run over empty cells to its right, as in Sheets: the width it may use. */
function spillWidth(view: SheetView, r: number, visibleColumns: number[], index: number): number {
  const row = view.values[r - 1];
  let width = view.columnWidths[visibleColumns[index] - 1];
  if (view.alignments[r - 1][visibleColumns[index] - 1] !== "left") return width;
  for (let i = index + 1; i < visibleColumns.length; i++) {
    const c = visibleColumns[i];
    if (row[c - 1] !== "" || view.validations[a1Of(r, c)]) break;
    width += view.columnWidths[c - 1];
  }
  return width;
}

function control(view: SheetView, r: number, c: number, handlers: GridHandlers): HTMLElement | null {
  const a1 = a1Of(r, c);
  const rule = view.validations[a1];
  const value = view.values[r - 1][c - 1];
  if (rule?.type === "checkbox") {
    const box = el("input");
    box.type = "checkbox";
    box.checked = value === "TRUE";
    box.dataset.testid = "cell-checkbox";
    box.addEventListener("change", () => handlers.edit(a1, box.checked));
    return box;
  }
  if (rule?.type === "list") {
    const select = el("select");
    select.dataset.testid = "cell-select";
    const options = ["", ...rule.values];
    if (!options.includes(value)) options.push(value);
    for (const option of options) {
      const node = el("option");
      node.value = option;
      node.textContent = option;
      select.append(node);
    }
    select.value = value;
    select.addEventListener("change", () => handlers.edit(a1, select.value));
    return select;
  }
  return null;
}

/** Pixels from the top to a frozen row: the letters row plus the visible rows above it. */
function topOf(view: SheetView, r: number): number {
  let y = ROW_HEIGHT;
  for (let above = 1; above < r; above++) if (!view.hiddenRows.includes(above)) y += ROW_HEIGHT;
  return y;
}

function cell(view: SheetView, r: number, visibleColumns: number[], index: number, handlers: GridHandlers) {
  const c = visibleColumns[index];
  const td = el("td");
  const a1 = a1Of(r, c);
  td.dataset.cell = a1;
  td.style.background = view.backgrounds[r - 1][c - 1];
  td.style.color = view.fontColors[r - 1][c - 1];
  td.style.fontWeight = view.fontWeights[r - 1][c - 1];
  td.style.textAlign = view.alignments[r - 1][c - 1];
  const text = view.values[r - 1][c - 1];
  const note = view.notes[r - 1][c - 1];
  const error = view.errors[a1];
  if (error) {
    // As Sheets does when you point at an error cell: "Error" and the function's message.
    td.title = `Error\n${error}`;
    td.dataset.error = error;
    td.classList.add("has-error");
  } else if (text || note) td.title = [text, note].filter(Boolean).join("\n\n");
  if (note) td.classList.add("has-note");
  const inner = control(view, r, c, handlers);
  if (inner) {
    td.classList.add("control");
    td.append(inner);
  } else if (text) {
    const span = el("div", "text");
    span.textContent = text;
    const width = spillWidth(view, r, visibleColumns, index);
    span.style.width = `${width - 8}px`;
    // Text running over its neighbours must be drawn above them (they are later in the same layer).
    if (width > view.columnWidths[c - 1]) td.classList.add("spill");
    td.append(span);
  }
  if (r <= view.frozenRows) {
    td.classList.add("frozen-row");
    td.style.top = `${topOf(view, r)}px`;
  }
  if (c <= view.frozenColumns) {
    td.classList.add("frozen-col");
    td.style.left = `${leftOf(view, visibleColumns, index)}px`;
  }
  if (c === view.frozenColumns) td.classList.add("frozen-col-edge");
  return td;
}

/** Builds the table for `view`. */
export function renderGrid(view: SheetView, handlers: GridHandlers): HTMLTableElement {
  const hiddenRows = new Set(view.hiddenRows);
  const hiddenColumns = new Set(view.hiddenColumns);
  const visibleColumns = Array.from({ length: view.columns }, (_, i) => i + 1).filter(
    (c) => !hiddenColumns.has(c),
  );
  const table = el("table", "grid");
  table.dataset.sheet = view.name;
  const colgroup = el("colgroup");
  const numberCol = el("col");
  numberCol.style.width = `${ROW_NUMBER_WIDTH}px`;
  colgroup.append(numberCol);
  for (const c of visibleColumns) {
    const col = el("col");
    col.style.width = `${view.columnWidths[c - 1]}px`;
    colgroup.append(col);
  }
  const head = el("tr", "letters");
  head.append(el("th", "corner"));
  visibleColumns.forEach((c, index) => {
    const th = el("th");
    th.textContent = columnLetters(c);
    if (c <= view.frozenColumns) {
      th.classList.add("frozen-col");
      th.style.left = `${leftOf(view, visibleColumns, index)}px`;
    }
    if (c === view.frozenColumns) th.classList.add("frozen-col-edge");
    head.append(th);
  });
  const body = el("tbody");
  for (let r = 1; r <= view.rows; r++) {
    if (hiddenRows.has(r)) continue;
    const tr = el("tr");
    const number = el("th", "row-number");
    number.textContent = String(r);
    if (r <= view.frozenRows) {
      number.classList.add("frozen-row");
      number.style.top = `${topOf(view, r)}px`;
    }
    if (r === view.frozenRows) tr.classList.add("frozen-edge");
    tr.append(number);
    visibleColumns.forEach((_, index) => {
      tr.append(cell(view, r, visibleColumns, index, handlers));
    });
    body.append(tr);
  }
  const thead = el("thead");
  thead.append(head);
  table.width = String(visibleColumns.reduce((sum, c) => sum + view.columnWidths[c - 1], ROW_NUMBER_WIDTH));
  table.append(colgroup, thead, body);
  table.addEventListener("click", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td?.dataset.cell) handlers.select(td.dataset.cell);
  });
  return table;
}
