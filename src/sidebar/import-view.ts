// The Import tab: paste a plan's activity table, preview the rows, then import them.
import type {
  ImportPreview,
  ImportPreviewRow,
  ImportResult,
  ProblemItem,
} from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { previewImport, runImport } from "./server";
import { formatDay, tx } from "./texts";
import { cellButton, clearError, showError, whileBusy } from "./ui";

function dates(row: ImportPreviewRow): string {
  if (!row.start) return "";
  return row.end && row.end !== row.start
    ? `${formatDay(row.start)}–${formatDay(row.end)}`
    : formatDay(row.start);
}

function previewRow(row: ImportPreviewRow): HTMLElement {
  const flags = [
    row.duplicate
      ? h("span", { class: "chip", "data-status": "notStarted" }, tx("sidebarImportDuplicate"))
      : null,
    row.done ? h("span", { class: "chip", "data-status": "done" }, tx("colDone")) : null,
  ];
  const problems = row.problems.length > 0 ? row.problems : row.start ? [] : [tx("sidebarImportNoDate")];
  return h(
    "li",
    {
      class: "import-row",
      "data-testid": "import-row",
      "data-duplicate": row.duplicate ? "true" : null,
      "data-problem": problems.length > 0 ? "true" : null,
    },
    h(
      "span",
      { class: "item-head" },
      h(
        "span",
        { class: "meta" },
        [row.term, row.when, row.row === null ? "" : tx("sidebarImportRow", { row: row.row })]
          .filter(Boolean)
          .join(" · "),
      ),
      ...flags,
    ),
    h("span", { class: "item-title" }, row.what),
    dates(row) ? h("span", { class: "meta" }, dates(row)) : null,
    ...problems.map((problem) => h("span", { class: "problem-text" }, problem)),
  );
}

/** A problem as text, or linked to its sheet row when it names one ("Aktiviteter, rad 12: …"). */
function problemLine(problem: string | ProblemItem, slot: HTMLElement): HTMLElement {
  if (typeof problem === "string") return h("li", null, problem);
  if (problem.link === null) return h("li", null, problem.message);
  return h("li", null, cellButton("import-problem", problem.link, slot, problem.message));
}

const problemList = (problems: readonly (string | ProblemItem)[], slot: HTMLElement): HTMLElement | null =>
  problems.length === 0
    ? null
    : h(
        "div",
        { class: "problems" },
        h("h2", null, tx("sidebarProblemsHeading")),
        h("ul", null, ...problems.map((p) => problemLine(p, slot))),
      );

export function createImportView(panel: HTMLElement, onImported: () => void): void {
  const text = h("textarea", { "data-testid": "import-text", rows: 10, spellcheck: "false", wrap: "off" });
  const previewButton = h(
    "button",
    { type: "button", class: "action", "data-testid": "import-preview" },
    tx("sidebarImportPreview"),
  );
  const slot = h("div", { class: "slot" });
  const output = h("div", { class: "import-output" });

  const showResult = (result: ImportResult): void => {
    output.replaceChildren(
      h(
        "div",
        { class: "success", role: "status", "data-testid": "import-result" },
        h("p", null, tx("sidebarImportResult", { imported: result.imported, duplicates: result.duplicates })),
        problemList(result.problems, slot),
      ),
    );
    onImported();
  };

  const showPreview = (preview: ImportPreview, pasted: string): void => {
    const count = preview.rows.filter((row) => !row.duplicate).length;
    const withProblems = preview.rows.filter((row) => row.problems.length > 0 || !row.start).length;
    const duplicates = preview.rows.length - count;
    const confirm = h(
      "button",
      { type: "button", class: "action", "data-testid": "import-confirm", disabled: count === 0 },
      tx("sidebarImportConfirm", { count }),
    );
    confirm.addEventListener("click", () => {
      clearError();
      whileBusy(confirm, () => runImport(pasted))
        .then(showResult)
        .catch((error: unknown) => showError(slot, error));
    });
    output.replaceChildren(
      problemList(preview.problems, slot) ?? "",
      preview.rows.length === 0
        ? h("p", { class: "empty" }, tx("sidebarImportNoRows"))
        : h(
            "p",
            { class: "meta" },
            tx("sidebarImportSummary", { rows: preview.rows.length, duplicates, problems: withProblems }),
          ),
      h("ul", { class: "items import-rows", "data-testid": "import-rows" }, ...preview.rows.map(previewRow)),
      h("div", { class: "buttons" }, confirm),
    );
  };

  previewButton.addEventListener("click", () => {
    clearError();
    output.replaceChildren();
    const pasted = text.value;
    if (pasted.trim() === "") {
      showError(slot, new Error(tx("sidebarImportPasteFirst")));
      return;
    }
    whileBusy(previewButton, () => previewImport(pasted))
      .then((preview) => {
        if (text.value === pasted) showPreview(preview, pasted);
      })
      .catch((error: unknown) => showError(slot, error));
  });
  // A preview belongs to the text it was made from: editing the text drops it.
  text.addEventListener("input", () => output.replaceChildren());

  panel.replaceChildren(
    h("p", { class: "help" }, tx("sidebarImportHelp")),
    text,
    h("div", { class: "buttons" }, previewButton),
    slot,
    output,
  );
}
