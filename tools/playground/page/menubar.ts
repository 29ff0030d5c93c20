// The add-on menus as recorded by onOpen: a button per menu opening a list of its items.
import type { MenuView } from "../../session/view-types";

export function renderMenus(
  bar: HTMLElement,
  menus: readonly MenuView[],
  run: (functionName: string) => void,
): void {
  bar.replaceChildren(
    ...menus.map((menu) => {
      const wrap = document.createElement("div");
      wrap.className = "menu";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "menu-title";
      button.dataset.testid = "menu-title";
      button.textContent = menu.title;
      const list = document.createElement("div");
      list.className = "menu-items";
      list.hidden = true;
      for (const item of menu.items) {
        if ("separator" in item) {
          list.append(document.createElement("hr"));
          continue;
        }
        const entry = document.createElement("button");
        entry.type = "button";
        entry.className = "menu-item";
        entry.dataset.testid = "menu-item";
        entry.dataset.function = item.functionName;
        entry.textContent = item.label;
        entry.addEventListener("click", () => {
          list.hidden = true;
          run(item.functionName);
        });
        list.append(entry);
      }
      button.addEventListener("click", (event) => {
        event.stopPropagation();
        const open = list.hidden;
        for (const other of bar.querySelectorAll<HTMLElement>(".menu-items")) other.hidden = true;
        list.hidden = !open;
      });
      wrap.append(button, list);
      return wrap;
    }),
  );
}

/** Closes open menus on any click elsewhere. */
export function closeMenusOnOutsideClick(bar: HTMLElement): void {
  document.addEventListener("click", (event) => {
    if (!bar.contains(event.target as Node)) {
      for (const list of bar.querySelectorAll<HTMLElement>(".menu-items")) list.hidden = true;
    }
  });
}
