// The Overview tab: goals with progress, membership per constituency, activities due and overdue.
import type { ActivityItem, ConstituencyItem, Dashboard, GoalItem } from "../core/dashboard/sidebar-contract";
import { h } from "./dom";
import { formatNumber, formatPercent, tx } from "./texts";
import { cellButton, emptyText, section } from "./ui";

const clamp01 = (value: number): number => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));

function bar(fraction: number, kind: string): HTMLElement {
  const fill = h("div", { class: `bar-fill bar-${kind}` });
  fill.style.width = `${(clamp01(fraction) * 100).toFixed(1)}%`;
  return h("div", { class: "bar", role: "presentation" }, fill);
}

/**
 * "3 klara av 5 planerade, mål 6" for an "activities" goal, "HT 2026: 0 klara av 2 planerade, mål 2" for a per-term
 * one with its earlier terms after it; "" for any other goal.
 */
function countsText(counts: GoalItem["counts"]): string {
  if (counts === null) return "";
  const vars = { done: formatNumber(counts.done), planned: formatNumber(counts.planned) };
  const text =
    counts.target === null
      ? tx("sidebarGoalCountsNoTarget", vars)
      : tx("sidebarGoalCounts", { ...vars, target: formatNumber(counts.target) });
  if (counts.period === null) return text;
  const earlier = counts.earlier === "" ? "" : ` (${tx("sidebarGoalEarlier", { periods: counts.earlier })})`;
  return `${counts.period}: ${text}${earlier}`;
}

function goalItem(goal: GoalItem, slot: HTMLElement): HTMLElement {
  const chip = goal.status ? h("span", { class: "chip", "data-status": goal.statusCode }, goal.status) : null;
  const percent = goal.progress === null ? "–" : formatPercent(goal.progress);
  const counts = countsText(goal.counts);
  return h(
    "li",
    null,
    cellButton(
      "goal-item",
      goal.link,
      slot,
      h("span", { class: "item-head" }, h("span", { class: "item-title" }, goal.name), chip ?? ""),
      counts === "" ? "" : h("span", { class: "meta", "data-testid": "goal-counts" }, counts),
      h("span", { class: "item-bar" }, bar(goal.progress ?? 0, goal.statusCode), h("span", null, percent)),
    ),
  );
}

function constituencyItem(item: ConstituencyItem, slot: HTMLElement): HTMLElement {
  // An unknown count shows "–", never "0 / 129", and no bar.
  const known = item.current !== null;
  const current = item.current ?? 0;
  const fraction = item.target > 0 ? current / item.target : current > 0 ? 1 : 0;
  const status = fraction >= 1 ? "done" : "onTrack";
  return h(
    "li",
    null,
    cellButton(
      "constituency-item",
      item.link,
      slot,
      h(
        "span",
        { class: "item-head" },
        h("span", { class: "item-title" }, item.constituency),
        h(
          "span",
          { class: "count" },
          `${known ? formatNumber(current) : "–"} / ${formatNumber(item.target)}`,
        ),
      ),
      known ? h("span", { class: "item-bar" }, bar(fraction, status)) : "",
    ),
  );
}

function activityItem(item: ActivityItem, testId: string, slot: HTMLElement): HTMLElement {
  const meta = [item.when || item.term, item.owner, item.due].filter((part) => part !== "").join(" · ");
  return h(
    "li",
    null,
    cellButton(
      testId,
      item.link,
      slot,
      h("span", { class: "item-title" }, item.what),
      h("span", { class: "meta" }, meta),
    ),
  );
}

function list<T>(items: readonly T[], empty: string, render: (item: T) => HTMLElement): HTMLElement {
  return items.length === 0 ? emptyText(empty) : h("ul", { class: "items" }, ...items.map(render));
}

/**
 * Renders the dashboard into the panel; `refresh` reloads it (errors go to the panel's slot). `extra` (the
 * "Mark done up to …" section, kept across refreshes) goes after the overdue list.
 */
export function renderOverview(
  panel: HTMLElement,
  dashboard: Dashboard,
  refresh: (button: HTMLButtonElement, slot: HTMLElement) => void,
  extra: HTMLElement | null = null,
): void {
  const slot = h("div", { class: "slot" });
  const refreshButton = h(
    "button",
    { type: "button", class: "secondary", "data-testid": "refresh" },
    tx("sidebarRefresh"),
  );
  refreshButton.addEventListener("click", () => refresh(refreshButton, slot));
  panel.replaceChildren(
    h("div", { class: "toolbar" }, h("span", { class: "org" }, dashboard.organisation), refreshButton),
    slot,
    section(
      tx("sidebarGoals"),
      list(dashboard.goals, tx("sidebarNoGoals"), (goal) => goalItem(goal, slot)),
    ),
    section(
      tx("sidebarMembership"),
      list(dashboard.membership, tx("sidebarNoMembership"), (item) => constituencyItem(item, slot)),
    ),
    section(
      tx("sidebarDueThisMonth"),
      list(dashboard.dueThisMonth, tx("sidebarNoDue"), (item) => activityItem(item, "due-item", slot)),
    ),
    section(
      tx("sidebarOverdue"),
      list(dashboard.overdue, tx("sidebarNoOverdue"), (item) => activityItem(item, "overdue-item", slot)),
    ),
    extra ?? "",
  );
}
