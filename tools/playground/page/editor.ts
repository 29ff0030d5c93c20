// In-cell editing: an input over the cell; Enter or leaving commits, Escape cancels.

export function startEdit(td: HTMLTableCellElement, initial: string, commit: (value: string) => void): void {
  if (td.querySelector("input.editor")) return;
  const input = document.createElement("input");
  input.className = "editor";
  input.dataset.testid = "cell-editor";
  input.value = initial;
  input.style.minWidth = `${Math.max(td.offsetWidth, 160)}px`;
  let done = false;
  const finish = (save: boolean): void => {
    if (done) return;
    done = true;
    input.remove();
    if (save && input.value !== initial) commit(input.value);
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      finish(true);
    } else if (event.key === "Escape") {
      event.preventDefault();
      finish(false);
    }
    event.stopPropagation();
  });
  input.addEventListener("blur", () => finish(true));
  td.append(input);
  input.focus();
  input.select();
}
