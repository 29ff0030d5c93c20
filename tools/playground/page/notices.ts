// What the add-on shows the user: alerts one after another in a modal dialog, toasts for a few seconds.
import type { UiEvent } from "../../session/view-types";

const queue: { title: string; message: string }[] = [];

function byTestId<T extends HTMLElement>(id: string): T {
  return document.querySelector<T>(`[data-testid="${id}"]`)!;
}

function showNext(): void {
  const dialog = byTestId<HTMLDialogElement>("alert");
  if (dialog.open) return;
  const next = queue.shift();
  if (!next) return;
  byTestId("alert-title").textContent = next.title;
  byTestId("alert-title").hidden = next.title === "";
  byTestId("alert-message").textContent = next.message;
  dialog.showModal();
}

export function showAlert(title: string, message: string): void {
  queue.push({ title, message });
  showNext();
}

export function showToast(title: string, message: string): void {
  const box = document.createElement("div");
  box.className = "toast";
  box.dataset.testid = "toast";
  if (title) {
    const strong = document.createElement("strong");
    strong.textContent = title;
    box.append(strong, " ");
  }
  box.append(message);
  byTestId("toasts").append(box);
  setTimeout(() => box.remove(), 5000);
}

export function showEvents(events: readonly UiEvent[]): void {
  for (const event of events) {
    if (event.kind === "alert") showAlert(event.title, event.message);
    else showToast(event.title, event.message);
  }
}

export function initNotices(): void {
  byTestId<HTMLDialogElement>("alert").addEventListener("close", showNext);
}
