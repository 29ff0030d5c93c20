// The playground page: keeps the grid, tabs, menus and sidebar in step with the server's emulated workbook.
import type { PlaygroundState, SheetView } from "../../session/view-types";
import { parseA1 } from "./a1";
import { editCell, getState, getVersion, runMenu } from "./api";
import { startEdit } from "./editor";
import { renderGrid } from "./grid";
import { closeMenusOnOutsideClick, renderMenus } from "./menubar";
import { initNotices, showAlert, showEvents } from "./notices";

const POLL_MS = 1000;

const $ = <T extends HTMLElement>(id: string): T => document.querySelector<T>(`[data-testid="${id}"]`)!;

let current: string | null = null;
let shown: SheetView | null = null;
let selected: string | null = null;
let version = 0;
let sidebars = -1;
let serverActive = "";
let serverSelection = "";
let loading: Promise<void> | null = null;
let again = false;

function fail(error: unknown): void {
  showAlert("", error instanceof Error ? error.message : String(error));
}

function isFull(sheet: PlaygroundState["sheets"][number]): sheet is SheetView {
  return "values" in sheet;
}

function select(a1: string | null): void {
  for (const old of document.querySelectorAll(".grid td.selected")) old.classList.remove("selected");
  selected = a1;
  const td = a1 ? document.querySelector<HTMLTableCellElement>(`.grid td[data-cell="${a1}"]`) : null;
  td?.classList.add("selected");
  $("name-box").textContent = a1 ?? "";
  $("formula-text").textContent = a1 ? inputText(a1) : "";
  td?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function edit(a1: string, value: string | boolean): void {
  if (!current) return;
  editCell(current, a1, value)
    .then((result) => {
      if (!result.accepted) showAlert("", result.message ?? "");
    })
    .catch(fail)
    .finally(() => void refresh());
}

/** What the cell holds as typed: its formula, else its display value. */
function inputText(a1: string): string {
  const { row, column } = parseA1(a1);
  return shown?.formulas[row - 1]?.[column - 1] || shown?.values[row - 1]?.[column - 1] || "";
}

function beginEdit(): void {
  if (!selected) return;
  const td = document.querySelector<HTMLTableCellElement>(`.grid td[data-cell="${selected}"]`);
  if (!td || td.classList.contains("control")) return;
  const target = selected;
  startEdit(td, inputText(target), (value) => edit(target, value));
}

function renderTabs(state: PlaygroundState): void {
  $("sheet-tabs").replaceChildren(
    ...state.sheets.map((sheet) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "tab";
      tab.dataset.testid = "sheet-tab";
      tab.dataset.sheet = sheet.name;
      tab.textContent = sheet.name;
      tab.setAttribute("aria-selected", String(sheet.name === current));
      tab.addEventListener("click", () => {
        current = sheet.name;
        selected = null;
        void refresh(true);
      });
      return tab;
    }),
  );
}

function openSidebar(title: string): void {
  const aside = $("sidebar");
  $("sidebar-title").textContent = title;
  const frame = $<HTMLIFrameElement>("sidebar-frame");
  frame.src = `/sidebar?t=${Date.now()}`;
  aside.hidden = false;
}

function apply(state: PlaygroundState): void {
  // The server hands each alert and toast to a page once, so reloading the page shows none of them again.
  showEvents(state.events);
  version = state.version;
  if (state.active !== serverActive) {
    serverActive = state.active;
    if (current !== null) current = state.active;
  }
  current ??= state.active;
  const view = state.sheets.find((s): s is SheetView => s.name === current && isFull(s));
  if (!view) {
    current = state.active;
    void refresh(true);
    return;
  }
  shown = view;
  renderMenus($("menubar"), state.menus, (fn) => {
    runMenu(fn)
      .catch(fail)
      .finally(() => void refresh());
  });
  renderTabs(state);
  const wrap = $("grid-wrap");
  const { scrollTop, scrollLeft } = wrap;
  wrap.replaceChildren(renderGrid(view, { edit, select }));
  wrap.scrollTop = scrollTop;
  wrap.scrollLeft = scrollLeft;
  const selection = state.selection ? `${state.selection.sheet}!${state.selection.a1}` : "";
  if (selection !== serverSelection) {
    serverSelection = selection;
    if (state.selection && state.selection.sheet === current) selected = state.selection.a1.split(":")[0];
  }
  select(selected);
  if (sidebars >= 0 && state.sidebar.count > sidebars) openSidebar(state.sidebar.title);
  sidebars = state.sidebar.count;
  document.body.dataset.version = String(version);
  document.body.dataset.sheet = view.name;
  document.body.dataset.ready = "true";
}

/** Fetches and draws the state; a request while one runs is folded into one more afterwards. */
function refresh(switched = false): Promise<void> {
  if (switched) serverSelection = "";
  if (loading) {
    again = true;
    return loading;
  }
  loading = getState(current ?? "@active")
    .then(apply)
    .catch(fail)
    .finally(() => {
      loading = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
  return loading;
}

function keys(event: KeyboardEvent): void {
  if (!selected || !shown || (event.target as HTMLElement).closest("input, select, textarea, dialog")) return;
  if (event.key === "Enter" || event.key === "F2") {
    event.preventDefault();
    beginEdit();
    return;
  }
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  const td = document.querySelector<HTMLTableCellElement>(`.grid td[data-cell="${selected}"]`);
  const row = td?.parentElement as HTMLTableRowElement | undefined;
  const targetRow =
    move[0] === 0
      ? row
      : ((move[0] < 0 ? row?.previousElementSibling : row?.nextElementSibling) as HTMLTableRowElement | null);
  const index = (td?.cellIndex ?? 0) + move[1];
  const next = targetRow?.cells[Math.max(1, index)] as HTMLTableCellElement | undefined;
  if (next?.dataset.cell) select(next.dataset.cell);
}

function start(): void {
  initNotices();
  closeMenusOnOutsideClick($("menubar"));
  $("grid-wrap").addEventListener("dblclick", (event) => {
    const td = (event.target as HTMLElement).closest("td");
    if (td?.dataset.cell) {
      select(td.dataset.cell);
      beginEdit();
    }
  });
  document.addEventListener("keydown", keys);
  $("sidebar-close").addEventListener("click", () => {
    $("sidebar").hidden = true;
    $<HTMLIFrameElement>("sidebar-frame").src = "about:blank";
  });
  window.addEventListener("message", (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === "playground:changed") void refresh();
    if (event.data?.type === "playground:close-sidebar") $("sidebar").hidden = true;
  });
  setInterval(() => {
    getVersion()
      .then((v) => {
        if (v.version !== version) void refresh();
      })
      .catch(() => undefined);
  }, POLL_MS);
  void refresh();
}

start();
