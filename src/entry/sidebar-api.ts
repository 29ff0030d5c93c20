// The server functions the sidebar calls through google.script.run; each failure reaches it as one localized message.

import type {
  CellLink,
  Dashboard,
  ImportOptions,
  ImportPreview,
  ImportResult,
  NewActivity,
  ProblemItem,
} from "../core/dashboard/sidebar-contract";
import type { AddActivityResult } from "../core/plan/new-activity";
import { addActivityRow, importActivities } from "../sheets/activities-append";
import { readDashboard } from "../sheets/dashboard";
import { planProblems } from "../sheets/plan-problems";
import { selectLinkedCell } from "../sheets/select-cell";
import { type SidebarView, takeSidebarView } from "../sheets/sidebar";
import { runSidebarCall } from "./command";
import { entry } from "./entry-point";

export const SIDEBAR_ENTRIES = [
  entry({
    name: "getDashboard",
    kind: "sidebar",
    summary:
      "The sidebar's overview: goals with progress and pace, members per constituency, due and overdue activities.",
    params: [],
    returns: { type: "Object", description: "A Dashboard (src/core/sidebar-contract.ts)." },
    run: (): Dashboard => runSidebarCall(({ ss, language }) => readDashboard(ss, language)),
  }),
  entry({
    name: "selectCell",
    kind: "sidebar",
    summary: "Selects the cell a sidebar link points at, switching to its tab.",
    params: [{ name: "link", type: "Object", description: "A CellLink: sheetName, row, column." }],
    run: (link: CellLink): void => runSidebarCall(({ ss }) => selectLinkedCell(ss, link)),
  }),
  entry({
    name: "getPlanProblems",
    kind: "sidebar",
    summary: "Validates the plan: every problem found, localized, each linked to its cell when it has one.",
    params: [],
    returns: { type: "Object[]", description: "ProblemItem[]" },
    run: (): ProblemItem[] => runSidebarCall(({ ss, language }) => planProblems(ss, language)),
  }),
  entry({
    name: "addActivity",
    kind: "sidebar",
    summary: "Adds one activity row after the last used row of the Activities tab (one write).",
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
    run: (activity: NewActivity): AddActivityResult =>
      runSidebarCall(({ ss, language }) => addActivityRow(ss, language, activity)),
  }),
  entry({
    name: "importActivityTable",
    kind: "sidebar",
    summary: "Imports a pasted activity table: a preview, or every row not already in the plan in one write.",
    params: [
      { name: "text", type: "string", description: "The pasted table." },
      { name: "options", type: "Object", description: "{preview: true} to only preview.", optional: true },
    ],
    returns: { type: "Object", description: "An ImportPreview, or an ImportResult after importing." },
    run: (text: string, options?: ImportOptions): ImportPreview | ImportResult =>
      runSidebarCall(({ ss, language }) => importActivities(ss, language, text, options)),
  }),
  entry({
    name: "takeSidebarView",
    kind: "sidebar",
    summary:
      'The view a menu command asked the sidebar to open on ("problems" after Validate plan), once; else null.',
    params: [],
    returns: { type: "string", description: '"overview", "problems" or null.' },
    run: (): SidebarView | null => runSidebarCall(() => takeSidebarView()),
  }),
];
