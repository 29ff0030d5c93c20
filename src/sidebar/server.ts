// The sidebar's calls to the server, typed from the registry's sidebar list: a renamed server function is a compile error.
import type { ImportPreview, ImportResult } from "../core/dashboard/sidebar-contract";
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
