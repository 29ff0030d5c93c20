// The shapes the playground page and the headless runner read: one sheet as a user sees it, and the whole state.

export type CellValidation = { type: "list"; values: string[] } | { type: "checkbox" };

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  /** Display values, as Sheets shows them. */
  values: string[][];
  formulas: string[][];
  /** #rrggbb a user sees: the cell's fill, or the conditional format's. */
  backgrounds: string[][];
  /** "bold" or "normal", conditional bold included. */
  fontWeights: string[][];
  fontColors: string[][];
  alignments: ("left" | "center" | "right")[][];
  notes: string[][];
  frozenRows: number;
  frozenColumns: number;
  /** Pixels, one per column. */
  columnWidths: number[];
  /** 1-based. */
  hiddenRows: number[];
  hiddenColumns: number[];
  /** Sparse: A1 → rule, for dropdown and checkbox cells. */
  validations: Record<string, CellValidation>;
  /** Sparse: A1 → the message Sheets shows when you point at an error cell. */
  errors: Record<string, string>;
}

/** A sheet not sent in full: just its name. */
export interface SheetStub {
  name: string;
}

export type MenuItemView = { label: string; functionName: string } | { separator: true };

export interface MenuView {
  title: string;
  items: MenuItemView[];
}

/** Something the add-on showed the user: an alert (modal) or a toast. */
export interface UiEvent {
  seq: number;
  kind: "alert" | "toast";
  title: string;
  message: string;
}

export interface PlaygroundState {
  sheets: (SheetView | SheetStub)[];
  active: string;
  /** The cell the add-on selected last (e.g. the sidebar's links), if any. */
  selection: { sheet: string; a1: string } | null;
  menus: MenuView[];
  version: number;
  /** Alerts and toasts no page has been given yet, oldest first: each is handed out once. */
  events: UiEvent[];
  /** How many sidebars the add-on has opened, and the last one's title. */
  sidebar: { count: number; title: string };
}
