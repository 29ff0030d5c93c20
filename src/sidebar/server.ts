// The sidebar's calls to the server, typed from the registry's sidebar list: a renamed server function is a compile error.
import type { ImportPreview, ImportResult, MarkDoneResult } from "../core/dashboard/sidebar-contract";
import type { PlanImportPreview, PlanImportResult } from "../core/import/import-contract";
import type { SidebarApi } from "../entry/sidebar-api";
import { call as callByName } from "./gas-client";

/** Calls a server function through google.script.run; its arguments and answer are the server's own types. */
export function call<K extends keyof SidebarApi>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
): Promise<ReturnType<SidebarApi[K]>> {
  return callByName<ReturnType<SidebarApi[K]>>(name, ...args);
}

export const getDashboard = () => call("getDashboard");
export const getPlanProblems = () => call("getPlanProblems");
export const takeSidebarView = () => call("takeSidebarView");
export const selectCell = (...args: Parameters<SidebarApi["selectCell"]>) => call("selectCell", ...args);
export const addActivity = (...args: Parameters<SidebarApi["addActivity"]>) => call("addActivity", ...args);

export function previewImport(text: string): Promise<ImportPreview> {
  return call("importActivityTable", text, { preview: true }).then((answer) => {
    if (!("rows" in answer)) throw new Error("importActivityTable: expected a preview");
    return answer;
  });
}

export function runImport(text: string): Promise<ImportResult> {
  // The server always skips rows already in the plan.
  return call("importActivityTable", text, {}).then((answer) => {
    if (!("imported" in answer)) throw new Error("importActivityTable: expected an import result");
    return answer;
  });
}

export function previewPlanImport(text: string): Promise<PlanImportPreview> {
  return call("importPlanDocument", text, { preview: true }).then((answer) => {
    if (!("toWrite" in answer)) throw new Error("importPlanDocument: expected a preview");
    return answer;
  });
}

/** Imports the plan; `widenPeriod` when the volunteer agreed to widen a typed plan period. */
export function runPlanImport(text: string, widenPeriod: boolean): Promise<PlanImportResult> {
  return call("importPlanDocument", text, { widenPeriod }).then((answer) => {
    if (!("written" in answer)) throw new Error("importPlanDocument: expected an import result");
    return answer;
  });
}

/** The open activities that ended before `before` ("YYYY-MM-DD": google.script.run refuses Dates); nothing written. */
export const previewMarkDone = (before: string): Promise<MarkDoneResult> =>
  call("markDoneBefore", before, { preview: true });

/** Ticks Klar for each of them, in one write; the answer lists what was ticked. */
export const markDone = (before: string): Promise<MarkDoneResult> => call("markDoneBefore", before, {});
