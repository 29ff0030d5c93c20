// The Problems tab: the "Validate plan" list, each problem linking to its cell when it has one.
import type { ProblemItem } from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { getPlanProblems } from "./server";
import { tx } from "./texts";
import { cellButton, clearError, emptyText, showError, whileBusy } from "./ui";

function problemItem(problem: ProblemItem, slot: HTMLElement): HTMLElement {
  const error = problem.severity === "error";
  const label = tx(error ? "sidebarSeverityError" : "sidebarSeverityWarning");
  const icon = h(
    "span",
    { class: `icon icon-${problem.severity}`, role: "img", "aria-label": label, title: label },
    error ? "!" : "⚠",
  );
  const text = h("span", { class: "item-title" }, problem.message);
  const body = problem.link
    ? cellButton("problem-item", problem.link, slot, icon, text)
    : h("div", { class: "problem", "data-testid": "problem-item" }, icon, text);
  return h("li", { "data-severity": problem.severity }, body);
}

/** Builds the panel's content once; `load` (re)runs the check, e.g. each time the tab is opened. */
export function createProblemsView(panel: HTMLElement): { load: () => void } {
  const slot = h("div", { class: "slot" });
  const results = h("div", { class: "results" });
  const again = h("button", { type: "button", class: "secondary" }, tx("sidebarCheckAgain"));
  const load = (): void => {
    clearError();
    whileBusy(again, getPlanProblems)
      .then((problems) => {
        results.replaceChildren(
          problems.length === 0
            ? emptyText(tx("sidebarNoProblems"))
            : h("ul", { class: "items" }, ...problems.map((problem) => problemItem(problem, slot))),
        );
      })
      .catch((error: unknown) => showError(slot, error));
  };
  again.addEventListener("click", load);
  panel.replaceChildren(h("div", { class: "toolbar" }, h("span"), again), slot, results);
  return { load };
}
