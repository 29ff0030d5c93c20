// "Mark done up to …" on the Overview: choose a day, see which open activities ended before it, tick them in one go.
import type { ActivityItem, MarkDoneResult } from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { markDone, previewMarkDone } from "./server";
import { formatDay, tx } from "./texts";
import { cellButton, clearError, emptyText, section, showError, whileBusy } from "./ui";

function listed(items: readonly ActivityItem[], slot: HTMLElement): HTMLElement {
  return h(
    "ul",
    { class: "items", "data-testid": "mark-done-items" },
    ...items.map((item) =>
      h(
        "li",
        null,
        cellButton(
          "mark-done-item",
          item.link,
          slot,
          h("span", { class: "item-title" }, item.what),
          h(
            "span",
            { class: "meta" },
            [item.when || item.term, item.owner, item.due].filter(Boolean).join(" · "),
          ),
        ),
      ),
    ),
  );
}

/**
 * The section, made once and kept across refreshes of the Overview (so the list of what was ticked stays);
 * `onDone` runs after a tick (to refresh the overview). `setToday` puts the plan's today in an untouched date box.
 */
export function createMarkDoneView(onDone: () => void): {
  readonly element: HTMLElement;
  readonly setToday: (today: string) => void;
} {
  const day = h("input", { type: "date", "data-testid": "mark-done-date", required: true });
  const previewButton = h(
    "button",
    { type: "button", class: "secondary", "data-testid": "mark-done-preview" },
    tx("sidebarMarkDonePreview"),
  );
  const slot = h("div", { class: "slot" });
  const output = h("div", { class: "mark-done-output" });
  let touched = false;

  const showPreview = (preview: MarkDoneResult): void => {
    if (preview.items.length === 0) {
      output.replaceChildren(emptyText(tx("sidebarMarkDoneNone", { date: formatDay(preview.before, true) })));
      return;
    }
    const confirm = h(
      "button",
      { type: "button", class: "action", "data-testid": "mark-done-confirm" },
      tx("sidebarMarkDoneConfirm", { count: preview.items.length }),
    );
    confirm.addEventListener("click", () => {
      clearError();
      whileBusy(confirm, () => markDone(preview.before))
        .then((result) => {
          output.replaceChildren(
            h(
              "div",
              { class: "success", role: "status", "data-testid": "mark-done-result" },
              h("p", null, tx("sidebarMarkDoneResult", { count: result.items.length })),
              listed(result.items, slot),
            ),
          );
          onDone();
        })
        .catch((error: unknown) => showError(slot, error));
    });
    output.replaceChildren(listed(preview.items, slot), h("div", { class: "buttons" }, confirm));
  };

  previewButton.addEventListener("click", () => {
    clearError();
    output.replaceChildren();
    const chosen = day.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(chosen)) {
      showError(slot, new Error(tx("sidebarMarkDoneDateFirst")));
      return;
    }
    whileBusy(previewButton, () => previewMarkDone(chosen))
      .then((preview) => {
        if (day.value === chosen) showPreview(preview);
      })
      .catch((error: unknown) => showError(slot, error));
  });
  // A preview belongs to the day it was made for: another day drops it.
  day.addEventListener("input", () => {
    touched = true;
    output.replaceChildren();
  });

  const element = section(
    tx("sidebarMarkDoneTitle"),
    h("p", { class: "help" }, tx("sidebarMarkDoneHelp")),
    h(
      "label",
      { class: "field" },
      h("span", { class: "label" }, tx("sidebarMarkDoneBefore")),
      h("span", { class: "inline" }, day, previewButton),
    ),
    slot,
    output,
  );
  element.dataset.testid = "mark-done";
  const setToday = (today: string): void => {
    if (!touched) day.value = today;
  };
  return { element, setToday };
}
