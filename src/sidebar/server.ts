// Typed wrappers for the server functions the sidebar calls (names fixed by the server side).
import type {
  CellLink,
  Dashboard,
  ImportOptions,
  ImportPreview,
  ImportResult,
  NewActivity,
  ProblemItem,
} from "../core/dashboard/sidebar-contract";
import { call } from "./gas-client";

export const getDashboard = (): Promise<Dashboard> => call<Dashboard>("getDashboard");

export const selectCell = (link: CellLink): Promise<void> => call<void>("selectCell", link);

export const getPlanProblems = (): Promise<readonly ProblemItem[]> =>
  call<readonly ProblemItem[]>("getPlanProblems");

export const addActivity = (activity: NewActivity): Promise<{ row: number; warnings?: readonly string[] }> =>
  call<{ row: number; warnings?: readonly string[] }>("addActivity", activity);

/** The view a menu command asked for ("problems" after Validate plan), once; else null. */
export const takeSidebarView = (): Promise<string | null> => call<string | null>("takeSidebarView");

export function previewImport(text: string): Promise<ImportPreview> {
  const options: ImportOptions = { preview: true };
  return call<ImportPreview | ImportResult>("importActivityTable", text, options).then((answer) => {
    if (!("rows" in answer)) throw new Error("importActivityTable: expected a preview");
    return answer;
  });
}

export function runImport(text: string): Promise<ImportResult> {
  // The server always skips rows already in the plan.
  const options: ImportOptions = {};
  return call<ImportPreview | ImportResult>("importActivityTable", text, options).then((answer) => {
    if (!("imported" in answer)) throw new Error("importActivityTable: expected an import result");
    return answer;
  });
}
