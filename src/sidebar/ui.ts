// Shared widgets: the one error box, busy buttons, section headings and links to cells.
import type { CellLink } from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { errorMessage } from "./gas-client";
import { selectCell } from "./server";
import { tx } from "./texts";

let errorBox: HTMLElement | null = null;

/** Shows a message in the single error box, placed in the given slot (replacing any earlier one). */
export function showError(slot: HTMLElement, error: unknown): void {
  clearError();
  errorBox = h("div", { class: "error-box", role: "alert", "data-testid": "error-box" }, errorMessage(error));
  slot.append(errorBox);
}

export function clearError(): void {
  errorBox?.remove();
  errorBox = null;
}

let pending = 0;

/** Runs a server call with the button disabled (no double submits); body[data-busy] while any runs. */
export async function whileBusy<T>(button: HTMLButtonElement | null, work: () => Promise<T>): Promise<T> {
  pending += 1;
  document.body.dataset.busy = "true";
  if (button) {
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
  }
  try {
    return await work();
  } finally {
    pending -= 1;
    if (pending === 0) delete document.body.dataset.busy;
    if (button) {
      button.disabled = false;
      button.removeAttribute("aria-busy");
    }
  }
}

export const section = (title: string, ...children: (HTMLElement | null)[]): HTMLElement =>
  h("section", { class: "section" }, h("h2", null, title), ...children);

export const emptyText = (text: string): HTMLElement => h("p", { class: "empty" }, text);

/** A link-like button that selects the cell in the sheet; a failure shows in the error box. */
export function cellButton(
  testId: string,
  link: CellLink,
  errorSlot: HTMLElement,
  ...content: (HTMLElement | string)[]
): HTMLButtonElement {
  const button = h(
    "button",
    {
      type: "button",
      class: "cell-link",
      title: tx("sidebarShowInSheet"),
      "data-testid": testId,
      onclick: () => {
        whileBusy(null, () => selectCell(link)).catch((error: unknown) => showError(errorSlot, error));
      },
    },
    ...content,
  );
  return button;
}
