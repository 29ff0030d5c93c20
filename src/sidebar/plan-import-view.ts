// The Plan tab ("Importera plan"): paste a whole plan, see every section and the period, then import it.
import type { ProblemItem } from "../core/dashboard/sidebar-contract";
import type {
  PlanImportItem,
  PlanImportPreview,
  PlanImportResult,
  PlanImportTermGroup,
} from "../core/import/import-contract";
import { h } from "./dom";
import { previewPlanImport, runPlanImport } from "./server";
import { tx } from "./texts";
import { cellButton, clearError, showError, whileBusy } from "./ui";

const STATUS_TEXT = {
  present: "sidebarPlanPresent",
  conflict: "sidebarPlanConflict",
  repeated: "sidebarPlanRepeated",
} as const;

function itemRow(item: PlanImportItem, section: string, slot: HTMLElement): HTMLElement {
  const label =
    item.status === "new"
      ? null
      : h("span", { class: "chip", "data-status": item.status }, tx(STATUS_TEXT[item.status]));
  // Already in the plan: the chip links to the sheet row that holds it.
  const chip = label && item.at ? cellButton("plan-item-row", item.at, slot, label) : label;
  return h(
    "li",
    {
      class: "import-row",
      "data-testid": "plan-item",
      "data-section": section,
      "data-status": item.status,
      "data-problem": item.problems.length > 0 ? "true" : null,
    },
    h(
      "span",
      { class: "item-head" },
      h("span", { class: "meta" }, tx("sidebarPlanLine", { line: item.line })),
      chip,
    ),
    h("span", { class: "item-title" }, item.text),
    item.detail ? h("span", { class: "meta" }, item.detail) : null,
    ...item.problems.map((problem) => h("span", { class: "problem-text" }, problem)),
  );
}

const items = (list: readonly PlanImportItem[], section: string, slot: HTMLElement): HTMLElement =>
  h("ul", { class: "items import-rows" }, ...list.map((item) => itemRow(item, section, slot)));

function section(title: string, testId: string, ...content: (HTMLElement | null)[]): HTMLElement | null {
  if (content.every((c) => c === null)) return null;
  return h("section", { class: "section", "data-testid": testId }, h("h2", null, title), ...content);
}

function termGroup(group: PlanImportTermGroup, slot: HTMLElement): HTMLElement {
  const title = group.undated ? tx("sidebarPlanUndated") : group.term || tx("sidebarPlanNoTerm");
  return h("div", { class: "term-group" }, h("h3", null, title), items(group.items, "activities", slot));
}

/** A line of text, or a sentence linked to the sheet row it names. */
function listedLine(line: string | ProblemItem, slot: HTMLElement): HTMLElement {
  if (typeof line === "string") return h("li", null, line);
  return h("li", null, line.link ? cellButton("plan-row-link", line.link, slot, line.message) : line.message);
}

const listed = (
  title: string,
  lines: readonly (string | ProblemItem)[],
  testId: string,
  slot: HTMLElement,
): HTMLElement | null =>
  lines.length === 0
    ? null
    : h(
        "div",
        { class: "problems", "data-testid": testId },
        h("h2", null, title),
        h("ul", null, ...lines.map((line) => listedLine(line, slot))),
      );

function everyItem(preview: PlanImportPreview): PlanImportItem[] {
  return [
    ...preview.goals,
    ...preview.activities.flatMap((g) => g.items),
    ...preview.meetings,
    ...preview.membership,
    ...preview.board,
  ];
}

/** What the import does to the period: a sentence, or the question whether to widen a typed period. */
function periodPart(preview: PlanImportPreview): {
  element: HTMLElement | null;
  widen: HTMLInputElement | null;
} {
  const { change, current, next } = preview.period;
  if (change === "widen" && next) {
    const widen = h("input", { type: "checkbox", "data-testid": "plan-widen" });
    const from = current ? `${current.first}–${current.last}` : "";
    const label = h(
      "label",
      { class: "choice", "data-testid": "plan-period" },
      widen,
      h("span", null, tx("sidebarPlanPeriodWiden", { from, first: next.first, last: next.last })),
    );
    return { element: label, widen };
  }
  if (!next) return { element: null, widen: null };
  const key = change === "set" ? "sidebarPlanPeriodSet" : "sidebarPlanPeriodKeep";
  return {
    element: h(
      "p",
      { class: "meta", "data-testid": "plan-period" },
      tx(key, { first: next.first, last: next.last }),
    ),
    widen: null,
  };
}

export function createPlanImportView(panel: HTMLElement, onImported: () => void): void {
  const text = h("textarea", { "data-testid": "plan-text", rows: 10, spellcheck: "false", wrap: "off" });
  const previewButton = h(
    "button",
    { type: "button", class: "action", "data-testid": "plan-preview" },
    tx("sidebarImportPreview"),
  );
  const slot = h("div", { class: "slot" });
  const output = h("div", { class: "import-output" });

  const showResult = (result: PlanImportResult): void => {
    const { written } = result;
    output.replaceChildren(
      h(
        "div",
        { class: "success", role: "status", "data-testid": "plan-result" },
        h("p", null, tx("sidebarPlanResult", { ...written, present: result.present })),
        result.period ? h("p", null, tx("sidebarPlanPeriodWritten", { ...result.period })) : null,
      ),
      listed(tx("sidebarPlanConflicts"), result.conflicts, "plan-conflicts", slot) ?? "",
      listed(tx("sidebarProblemsHeading"), result.problems, "plan-problems", slot) ?? "",
    );
    onImported();
  };

  const showPreview = (preview: PlanImportPreview, pasted: string): void => {
    const all = everyItem(preview);
    if (all.length === 0) {
      output.replaceChildren(
        h("p", { class: "empty" }, tx("sidebarPlanNothing")),
        listed(tx("sidebarProblemsHeading"), preview.problems, "plan-problems", slot) ?? "",
      );
      return;
    }
    const count = (status: PlanImportItem["status"]) => all.filter((item) => item.status === status).length;
    const activities = preview.activities.reduce((n, g) => n + g.items.length, 0) + preview.meetings.length;
    const summary = tx("sidebarPlanSummary", {
      goals: preview.goals.length,
      activities,
      membership: preview.membership.length,
      board: preview.board.length,
      present: count("present"),
      conflicts: count("conflict"),
    });
    const period = periodPart(preview);
    const confirm = h(
      "button",
      {
        type: "button",
        class: "action",
        "data-testid": "plan-confirm",
        disabled: preview.toWrite === 0 && preview.period.change !== "set",
      },
      tx("sidebarPlanConfirm", { count: preview.toWrite }),
    );
    period.widen?.addEventListener("change", () => {
      confirm.disabled = preview.toWrite === 0 && !period.widen?.checked;
    });
    confirm.addEventListener("click", () => {
      clearError();
      const widenPeriod = period.widen?.checked === true;
      whileBusy(confirm, () => runPlanImport(pasted, widenPeriod))
        .then(showResult)
        .catch((error: unknown) => showError(slot, error));
    });
    const conflicts = all
      .filter((item) => item.status === "conflict")
      .map(
        (item): ProblemItem => ({
          message: item.problems[0] ?? item.text,
          severity: "warning",
          link: item.at ?? null,
        }),
      );
    output.replaceChildren(
      h("p", { class: "meta", "data-testid": "plan-summary" }, summary),
      period.element ?? "",
      listed(tx("sidebarPlanConflicts"), conflicts, "plan-conflicts", slot) ?? "",
      listed(tx("sidebarProblemsHeading"), preview.problems, "plan-problems", slot) ?? "",
      h("div", { class: "buttons" }, confirm),
      section(
        tx("sidebarPlanGoals"),
        "plan-goals",
        preview.goals.length ? items(preview.goals, "goals", slot) : null,
      ) ?? "",
      section(
        tx("sidebarPlanActivities"),
        "plan-activities",
        ...preview.activities.map((group) => termGroup(group, slot)),
      ) ?? "",
      section(
        tx("sidebarPlanMeetings"),
        "plan-meetings",
        preview.meetings.length ? items(preview.meetings, "meetings", slot) : null,
      ) ?? "",
      section(
        tx("sidebarPlanMembership"),
        "plan-membership",
        preview.membership.length ? items(preview.membership, "membership", slot) : null,
      ) ?? "",
      section(
        tx("sidebarPlanBoard"),
        "plan-board",
        preview.board.length ? items(preview.board, "board", slot) : null,
      ) ?? "",
    );
  };

  previewButton.addEventListener("click", () => {
    clearError();
    output.replaceChildren();
    const pasted = text.value;
    if (pasted.trim() === "") {
      showError(slot, new Error(tx("sidebarPlanPasteFirst")));
      return;
    }
    whileBusy(previewButton, () => previewPlanImport(pasted))
      .then((preview) => {
        if (text.value === pasted) showPreview(preview, pasted);
      })
      .catch((error: unknown) => showError(slot, error));
  });
  // A preview belongs to the text it was made from: editing the text drops it.
  text.addEventListener("input", () => output.replaceChildren());

  panel.replaceChildren(
    h("h2", null, tx("sidebarPlanTitle")),
    h("p", { class: "help" }, tx("sidebarPlanHelp")),
    text,
    h("div", { class: "buttons" }, previewButton),
    slot,
    output,
  );
}
