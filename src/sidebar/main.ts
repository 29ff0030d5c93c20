// The sidebar page: loads the dashboard, then shows the Overview, Problems, Add, Import and Plan tabs.
import type { Dashboard } from "../core/dashboard/sidebar-contract";
import type { SidebarTextKey } from "../core/i18n/sidebar-text-keys";
import { createAddForm } from "./add-form";
import { h } from "./dom";
import { createImportView } from "./import-view";
import { createMarkDoneView } from "./mark-done-view";
import { renderOverview } from "./overview";
import { createPlanImportView } from "./plan-import-view";
import { createProblemsView } from "./problems";
import { getDashboard, takeSidebarView } from "./server";
import { setTexts, tx } from "./texts";
import { clearError, showError, whileBusy } from "./ui";

type TabId = "overview" | "problems" | "add" | "import" | "plan";

const TABS: readonly { readonly id: TabId; readonly label: SidebarTextKey }[] = [
  { id: "overview", label: "sidebarTabOverview" },
  { id: "problems", label: "sidebarTabProblems" },
  { id: "add", label: "sidebarTabAdd" },
  { id: "import", label: "sidebarTabImport" },
  // "Importera plan": a whole pasted plan (the Import tab takes one activity table).
  { id: "plan", label: "sidebarTabPlan" },
];

function start(dashboard: Dashboard, app: HTMLElement, firstView: TabId): void {
  setTexts(dashboard.texts, dashboard.language);
  document.documentElement.lang = dashboard.language;

  const panels = new Map<TabId, HTMLElement>();
  const buttons = new Map<TabId, HTMLButtonElement>();
  for (const tab of TABS) {
    panels.set(
      tab.id,
      h("div", {
        class: "panel",
        role: "tabpanel",
        id: `panel-${tab.id}`,
        "aria-labelledby": `tab-${tab.id}`,
      }),
    );
  }
  const panel = (id: TabId): HTMLElement => panels.get(id)!;

  const reload = (button: HTMLButtonElement | null, slot: HTMLElement | null): void => {
    clearError();
    whileBusy(button, getDashboard)
      .then(show)
      .catch((error: unknown) => showError(slot ?? panel("overview"), error));
  };
  const addForm = createAddForm(panel("add"), () => reload(null, null));
  createImportView(panel("import"), () => reload(null, null));
  createPlanImportView(panel("plan"), () => reload(null, null));
  const problems = createProblemsView(panel("problems"));
  const markDone = createMarkDoneView(() => reload(null, null));

  function show(next: Dashboard): void {
    markDone.setToday(next.today);
    renderOverview(panel("overview"), next, reload, markDone.element);
    addForm.setTerms(next);
  }

  function select(id: TabId, focus = false): void {
    clearError();
    for (const tab of TABS) {
      const on = tab.id === id;
      const button = buttons.get(tab.id)!;
      button.setAttribute("aria-selected", String(on));
      button.tabIndex = on ? 0 : -1;
      panel(tab.id).hidden = !on;
    }
    if (focus) buttons.get(id)!.focus();
    if (id === "problems") problems.load();
  }

  const tablist = h("div", { class: "tabs", role: "tablist" });
  TABS.forEach((tab, index) => {
    const button = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-controls": `panel-${tab.id}`,
        "data-testid": `tab-${tab.id}`,
      },
      tx(tab.label),
    );
    button.addEventListener("click", () => select(tab.id));
    button.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step !== 0) select(TABS[(index + step + TABS.length) % TABS.length].id, true);
    });
    buttons.set(tab.id, button);
    tablist.append(button);
  });

  show(dashboard);
  app.replaceChildren(tablist, ...panels.values());
  select(firstView);
  document.body.dataset.ready = "true";
}

function boot(): void {
  const app = document.getElementById("app")!;
  // "Validate plan" opens the sidebar on its Problems view; the server remembers that for one call.
  Promise.all([getDashboard(), takeSidebarView().catch(() => null)])
    .then(([dashboard, view]) => start(dashboard, app, view === "problems" ? "problems" : "overview"))
    .catch((error: unknown) => {
      // No texts yet: show the server's message and a plain retry symbol.
      const retry = h(
        "button",
        {
          type: "button",
          class: "secondary",
          "aria-label": "Retry",
          onclick: () => {
            app.replaceChildren(h("div", { class: "spinner", role: "progressbar" }));
            boot();
          },
        },
        "↻",
      );
      app.replaceChildren(
        h("div", { class: "panel" }, h("div", { class: "slot" }), h("div", { class: "buttons" }, retry)),
      );
      showError(app.querySelector<HTMLElement>(".slot")!, error);
    });
}

boot();
