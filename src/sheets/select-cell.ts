// The sidebar's links: selects the linked cell on its tab, found by the tab's mark whatever it is called now.
import type { CellLink } from "../core/dashboard/sidebar-contract";
import { PlanError } from "../core/i18n/errors";
import { tabName } from "../core/layout/tabs";
import type { PlanContext } from "./document/plan-context";

/** Activates the cell a link names; a clear message when its tab or its row is gone since the link was made. */
export function selectLinkedCell(ctx: PlanContext, link: CellLink): void {
  const sheet = ctx.document.requireSheet(link.tab);
  if (link.row > sheet.getMaxRows() || link.column > sheet.getMaxColumns()) {
    throw new PlanError("linkRowGone", {
      tab: sheet.getName() || tabName(link.tab, ctx.language),
      row: link.row,
    });
  }
  sheet.getRange(link.row, link.column).activate();
}
