// Opens the sidebar page (build/Sidebar.html), and remembers which view a menu command asked it to open on.
import type { Language } from "../core/i18n/language";
import { t } from "../core/i18n/messages";

/** The views a command may ask the sidebar to open on. */
export type SidebarView = "overview" | "problems";

/** The page's file name in build/ (Sidebar.html): the build names its output by this, the server opens it by it. */
export const SIDEBAR_PAGE = "Sidebar";

const VIEW_KEY = "planSidebarView";
/** The request is only for the sidebar about to open. */
const VIEW_SECONDS = 120;

/** Shows the sidebar. */
export function openSidebar(language: Language): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_PAGE).setTitle(t(language, "menuTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Remembers, for this user only and for two minutes, the view the next sidebar should open on. */
export function requestSidebarView(view: SidebarView): void {
  CacheService.getUserCache()?.put(VIEW_KEY, view, VIEW_SECONDS);
}

/** The view a command asked for, once (then forgotten); null when none. */
export function takeSidebarView(): SidebarView | null {
  const cache = CacheService.getUserCache();
  const view = cache?.get(VIEW_KEY) ?? null;
  if (view !== null) cache?.remove(VIEW_KEY);
  return view === "overview" || view === "problems" ? view : null;
}
