// The Add activity tab: a form that appends one row through addActivity.
import type { Dashboard, NewActivity } from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { addActivity } from "./server";
import { tx } from "./texts";
import { cellButton, clearError, showError, whileBusy } from "./ui";

const field = (label: string, control: HTMLElement, note = ""): HTMLElement =>
  h(
    "label",
    { class: "field" },
    h("span", { class: "label" }, label, note ? h("span", { class: "note" }, ` (${note})`) : ""),
    control,
  );

const textInput = (testId: string, attrs: Record<string, string | boolean> = {}): HTMLInputElement =>
  h("input", { type: "text", autocomplete: "off", "data-testid": testId, ...attrs });

/** Builds the form; `onAdded` runs after a successful add (e.g. to refresh the overview). */
export function createAddForm(panel: HTMLElement, onAdded: () => void): { setTerms: (d: Dashboard) => void } {
  const term = h("select", { "data-testid": "add-term" });
  const when = textInput("add-when", { placeholder: tx("sidebarWhenHint") });
  const what = textInput("add-what", { required: true, "aria-required": "true" });
  const targetGroup = textInput("add-target-group");
  const owner = textInput("add-owner");
  const submit = h(
    "button",
    { type: "submit", class: "action", "data-testid": "add-submit" },
    tx("sidebarAddSubmit"),
  );
  const slot = h("div", { class: "slot" });
  let result: HTMLElement | null = null;

  const form = h(
    "form",
    { novalidate: true },
    field(tx("colTerm"), term),
    field(tx("colWhen"), when),
    field(tx("colWhat"), what, tx("sidebarRequired")),
    field(tx("colTargetGroup"), targetGroup),
    field(tx("colOwner"), owner),
    h("div", { class: "buttons" }, submit),
    slot,
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    clearError();
    result?.remove();
    result = null;
    if (what.value.trim() === "") {
      showError(slot, new Error(tx("sidebarWhatMissing")));
      what.focus();
      return;
    }
    const activity: NewActivity = {
      term: term.value,
      when: when.value.trim(),
      what: what.value.trim(),
      targetGroup: targetGroup.value.trim(),
      owner: owner.value.trim(),
    };
    whileBusy(submit, () => addActivity(activity))
      .then(({ row, warnings }) => {
        for (const input of [when, what, targetGroup, owner]) input.value = "";
        // Added, but e.g. När could not be read: say so beside the confirmation.
        result = h(
          "div",
          { role: "status", "data-testid": "add-result" },
          // The sheet's row number, linked to the row (issue 12: one row numbering, with a link).
          h(
            "p",
            { class: "success" },
            cellButton(
              "add-row-link",
              { tab: "activities", row, column: 1 },
              slot,
              tx("sidebarAdded", { row }),
            ),
          ),
          ...(warnings ?? []).map((warning) => h("p", { class: "warning" }, warning)),
        );
        slot.append(result);
        when.focus();
        onAdded();
      })
      .catch((error: unknown) => showError(slot, error));
  });
  panel.replaceChildren(form);

  const setTerms = (dashboard: Dashboard): void => {
    const chosen = term.value || dashboard.currentTerm;
    term.replaceChildren(...dashboard.terms.map((name) => h("option", { value: name }, name)));
    if (dashboard.terms.includes(chosen)) term.value = chosen;
  };
  return { setTerms };
}
