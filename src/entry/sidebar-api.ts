// The server functions the sidebar calls through google.script.run: the one list, typed for the client, payloads checked.
import type {
  CellLink,
  Dashboard,
  ImportOptions,
  ImportPreview,
  ImportResult,
  MarkDoneOptions,
  MarkDoneResult,
  NewActivity,
  ProblemItem,
} from "../core/dashboard/sidebar-contract";
import type { ParamDoc } from "../core/functions/catalogue";
import type { PlanImportOptions, PlanImportPreview, PlanImportResult } from "../core/import/import-contract";
import type { AddActivityResult } from "../core/records/new-activity";
import { addActivityRow, importActivities } from "../sheets/activities-append";
import { readDashboard } from "../sheets/dashboard";
import type { PlanContext } from "../sheets/document/plan-context";
import { markDoneBefore } from "../sheets/mark-done";
import { importPlanDocument } from "../sheets/plan-import";
import { planProblems } from "../sheets/plan-problems";
import { selectLinkedCell } from "../sheets/select-cell";
import { type SidebarView, takeSidebarView } from "../sheets/sidebar";
import { runSidebarCall } from "./command";
import type { EntryPoint } from "./entry-point";
import {
  cellLinkOf,
  importOptionsOf,
  isoDayOf,
  newActivityOf,
  planImportOptionsOf,
  textOf,
} from "./payloads";

/** One sidebar function: documented, its arguments checked by `parse`, then run with the call's context. */
interface SidebarSpec<A extends unknown[], R> {
  readonly summary: string;
  readonly params: readonly ParamDoc[];
  readonly returns?: { readonly type: string; readonly description: string };
  /** Turns what google.script.run delivered into typed arguments, or throws a PlanError saying what was wrong. */
  readonly parse: (args: readonly unknown[]) => A;
  readonly run: (ctx: PlanContext, ...args: A) => R;
}

/** The entry, and (as a type only) the call the sidebar client makes: `(...args: A) => R`. */
export interface SidebarEntry<A extends unknown[], R> extends Omit<EntryPoint, "name"> {
  readonly client?: (...args: A) => R;
}

function sidebar<A extends unknown[], R>(spec: SidebarSpec<A, R>): SidebarEntry<A, R> {
  return {
    kind: "sidebar",
    summary: spec.summary,
    params: spec.params,
    returns: spec.returns,
    run: (...raw: unknown[]): R => runSidebarCall((ctx) => spec.run(ctx, ...spec.parse(raw))),
  };
}

const none = (): [] => [];

export const SIDEBAR_API = {
  getDashboard: sidebar({
    summary:
      "The sidebar's overview: goals with progress and pace, members per constituency, due and overdue activities.",
    params: [],
    returns: { type: "Object", description: "A Dashboard (src/core/dashboard/sidebar-contract.ts)." },
    parse: none,
    run: (ctx): Dashboard => readDashboard(ctx),
  }),
  selectCell: sidebar({
    summary: "Selects the cell a sidebar link points at, switching to its tab.",
    params: [{ name: "link", type: "Object", description: "A CellLink: tab, row, column." }],
    parse: ([link]): [CellLink] => [cellLinkOf(link)],
    run: (ctx, link): void => selectLinkedCell(ctx, link),
  }),
  getPlanProblems: sidebar({
    summary: "Validates the plan: every problem found, localized, each linked to its cell when it has one.",
    params: [],
    returns: { type: "Object[]", description: "ProblemItem[]" },
    parse: none,
    run: (ctx): ProblemItem[] => planProblems(ctx),
  }),
  addActivity: sidebar({
    summary: "Adds one activity row after the last typed row of the Activities tab (one write).",
    params: [
      {
        name: "activity",
        type: "Object",
        description: "A NewActivity: term, when, what, targetGroup, owner.",
      },
    ],
    returns: {
      type: "Object",
      description: "{row, warnings}: the row written and why När could not be read, if so.",
    },
    parse: ([activity]): [NewActivity] => [newActivityOf(activity)],
    run: (ctx, activity): AddActivityResult => addActivityRow(ctx, activity),
  }),
  importActivityTable: sidebar({
    summary: "Imports a pasted activity table: a preview, or every row not already in the plan in one write.",
    params: [
      { name: "text", type: "string", description: "The pasted table." },
      { name: "options", type: "Object", description: "{preview: true} to only preview.", optional: true },
    ],
    returns: { type: "Object", description: "An ImportPreview, or an ImportResult after importing." },
    parse: ([text, options]): [string, ImportOptions] => [textOf(text, "text"), importOptionsOf(options)],
    run: (ctx, text, options): ImportPreview | ImportResult => importActivities(ctx, text, options),
  }),
  importPlanDocument: sidebar({
    summary:
      "Imports a whole pasted plan (goals, activities, meetings, membership, board, period): a preview, or every new item written in one batch per tab.",
    params: [
      { name: "text", type: "string", description: "The pasted plan." },
      {
        name: "options",
        type: "Object",
        description: "{preview: true} to only preview; {widenPeriod: true} to widen a typed plan period.",
        optional: true,
      },
    ],
    returns: {
      type: "Object",
      description:
        "A PlanImportPreview, or a PlanImportResult after importing (src/core/document/import-contract.ts).",
    },
    parse: ([text, options]): [string, PlanImportOptions] => [
      textOf(text, "text"),
      planImportOptionsOf(options),
    ],
    run: (ctx, text, options): PlanImportPreview | PlanImportResult => importPlanDocument(ctx, text, options),
  }),
  markDoneBefore: sidebar({
    summary:
      "Ticks Klar for every open activity that ended before a day, in one write under the lock; never unticks. A preview lists them and writes nothing.",
    params: [
      {
        name: "before",
        type: "string",
        description: 'The day as "YYYY-MM-DD" (google.script.run refuses Dates).',
      },
      { name: "options", type: "Object", description: "{preview: true} to only list them.", optional: true },
    ],
    returns: {
      type: "Object",
      description: "A MarkDoneResult: the day, and each activity ticked (or to tick).",
    },
    parse: ([before, options]): [string, MarkDoneOptions] => [
      isoDayOf(before, "before"),
      importOptionsOf(options),
    ],
    run: (ctx, before, options): MarkDoneResult => markDoneBefore(ctx, before, options),
  }),
  takeSidebarView: sidebar({
    summary:
      'The view a menu command asked the sidebar to open on ("problems" after Validate plan), once; else null.',
    params: [],
    returns: { type: "string", description: '"overview", "problems" or null.' },
    parse: none,
    run: (): SidebarView | null => takeSidebarView(),
  }),
};

/** What the sidebar client may call: each server function's arguments and answer, from the list above. */
export type SidebarApi = {
  readonly [K in keyof typeof SIDEBAR_API]: NonNullable<(typeof SIDEBAR_API)[K]["client"]>;
};

export const SIDEBAR_ENTRIES: readonly EntryPoint[] = Object.entries(SIDEBAR_API).map(([name, point]) => ({
  ...point,
  name,
}));
