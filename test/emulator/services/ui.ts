// SpreadsheetApp.getUi(): records menus, alerts, prompts, sidebars and dialogs into a UiLog tests can read.
import { type CallLog, counted } from "../call-log";
import { enumOf } from "./enum-of";
import { htmlOutputData } from "./html";
import { type HasRaw, RAW } from "./raw";

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

// https://developers.google.com/apps-script/reference/base/button
export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
// https://developers.google.com/apps-script/reference/base/button-set
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>([
  "OK",
  "OK_CANCEL",
  "YES_NO",
  "YES_NO_CANCEL",
]);

export type MenuEntry =
  | { label: string; functionName: string }
  | { separator: true }
  | { submenu: MenuRecord };

export interface MenuRecord {
  title: string;
  /** True for createAddonMenu(): Sheets shows it under Extensions › <add-on name>. */
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface PromptRecord extends AlertRecord {
  responseText: string;
}

export interface DialogRecord {
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/** Everything the user would have seen, in order, for all executions sharing the emulated document. */
export class UiLog {
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly sidebars: DialogRecord[] = [];
  readonly modalDialogs: DialogRecord[] = [];
  readonly modelessDialogs: DialogRecord[] = [];
  /** Filled by Spreadsheet.toast() (the grid's), kept here with the rest of the UI. */
  readonly toasts: ToastRecord[] = [];
  private readonly alertAnswers: Button[] = [];
  private readonly promptAnswers: { text: string; button: Button | undefined }[] = [];

  /** The next alert() returns `button` (else the set's first button: OK or YES). */
  queueAlertAnswer(button: Button): void {
    this.alertAnswers.push(button);
  }

  /** The next prompt() returns `text` and `button` (else the set's first button). */
  queuePromptAnswer(text: string, button?: Button): void {
    this.promptAnswers.push({ text, button });
  }

  /** The first menu item with this caption in any recorded menu or submenu. */
  menuItem(label: string): { label: string; functionName: string } | undefined {
    const search = (items: readonly MenuEntry[]): { label: string; functionName: string } | undefined => {
      for (const item of items) {
        if ("label" in item && item.label === label) return item;
        if ("submenu" in item) {
          const found = search(item.submenu.items);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const menu of this.menus) {
      const found = search(menu.items);
      if (found) return found;
    }
    return undefined;
  }

  /** @internal Answer for an alert shown with `buttons`. */
  takeAlertAnswer(buttons: ButtonSet): Button {
    return this.alertAnswers.shift() ?? defaultButton(buttons);
  }

  /** @internal Answer for a prompt shown with `buttons`. */
  takePromptAnswer(buttons: ButtonSet): { text: string; button: Button } {
    const next = this.promptAnswers.shift();
    return { text: next?.text ?? "", button: next?.button ?? defaultButton(buttons) };
  }
}

function defaultButton(buttons: ButtonSet): Button {
  return String(buttons).startsWith("YES") ? Button.YES : Button.OK;
}

type Item =
  | { kind: "item"; label: string; functionName: string }
  | { kind: "separator" }
  | { kind: "sub"; menu: MenuImpl };

// https://developers.google.com/apps-script/reference/base/menu
export class MenuImpl implements GoogleAppsScript.Base.Menu, HasRaw<MenuImpl> {
  private readonly items: Item[] = [];

  constructor(
    private readonly title: string,
    private readonly addon: boolean,
    private readonly uiLog: UiLog,
  ) {}

  get [RAW](): MenuImpl {
    return this;
  }

  // https://developers.google.com/apps-script/reference/base/menu#addItem(String,String)
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.items.push({ kind: "item", label: caption, functionName });
    return this;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ kind: "separator" });
    return this;
  }
  // https://developers.google.com/apps-script/reference/base/menu#addSubMenu(Menu)
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const raw = (menu as unknown as Partial<HasRaw<unknown>>)[RAW];
    if (!(raw instanceof MenuImpl)) throw new Error("addSubMenu needs a Menu from Ui.createMenu");
    this.items.push({ kind: "sub", menu: raw });
    return this;
  }
  // https://developers.google.com/apps-script/reference/base/menu#addToUi()
  // Records a snapshot: later changes to this Menu object do not reach the UI until addToUi() again.
  addToUi(): void {
    this.uiLog.menus.push(this.record());
  }

  /** Uncounted snapshot of the menu as it stands. */
  record(): MenuRecord {
    return {
      title: this.title,
      addon: this.addon,
      items: this.items.map((item): MenuEntry => {
        if (item.kind === "item") return { label: item.label, functionName: item.functionName };
        if (item.kind === "separator") return { separator: true };
        return { submenu: item.menu.record() };
      }),
    };
  }
}

// https://developers.google.com/apps-script/reference/base/prompt-response
class PromptResponseImpl implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    private readonly text: string,
    private readonly button: Button,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): Button {
    return this.button;
  }
}

function dialogRecord(output: GoogleAppsScript.HTML.HtmlOutput, title?: string): DialogRecord {
  const data = htmlOutputData(output);
  return { title: title ?? data.title, html: data.content, width: data.width, height: data.height };
}

/** alert/prompt accept (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(a: string, b?: string | ButtonSet, c?: ButtonSet) {
  if (c !== undefined) return { title: a, prompt: String(b), buttons: c };
  if (b !== undefined) return { title: null, prompt: a, buttons: b as ButtonSet };
  return { title: null, prompt: a, buttons: ButtonSet.OK };
}

// https://developers.google.com/apps-script/reference/base/ui
export class UiImpl implements GoogleAppsScript.Base.Ui, HasRaw<UiImpl> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly uiLog: UiLog,
    private readonly log?: CallLog,
    private readonly addonName = "Add-on",
  ) {}

  get [RAW](): UiImpl {
    return this;
  }

  private wrap<T extends object>(obj: T, className: string): T {
    return this.log ? counted(obj, className, this.log) : obj;
  }

  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  alert(prompt: string): Button;
  alert(prompt: string, buttons: ButtonSet): Button;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const answer = this.uiLog.takeAlertAnswer(buttons);
    this.uiLog.alerts.push({ title, prompt, buttons: String(buttons), answer: String(answer) });
    return answer;
  }

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    return this.wrap(new MenuImpl(this.addonName, true, this.uiLog), "Menu");
  }

  // https://developers.google.com/apps-script/reference/base/ui#createMenu(String)
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    return this.wrap(new MenuImpl(caption, false, this.uiLog), "Menu");
  }

  // https://developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet)
  prompt(prompt: string): GoogleAppsScript.Base.PromptResponse;
  prompt(prompt: string, buttons: ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(title: string, prompt: string, buttons: ButtonSet): GoogleAppsScript.Base.PromptResponse;
  prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): GoogleAppsScript.Base.PromptResponse {
    const { title, prompt, buttons } = dialogArgs(a, b, c);
    const answer = this.uiLog.takePromptAnswer(buttons);
    this.uiLog.prompts.push({
      title,
      prompt,
      buttons: String(buttons),
      answer: String(answer.button),
      responseText: answer.text,
    });
    return this.wrap(new PromptResponseImpl(answer.text, answer.button), "PromptResponse");
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.uiLog.modalDialogs.push(dialogRecord(userInterface, title));
  }

  // https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.uiLog.modelessDialogs.push(dialogRecord(userInterface, title));
  }

  // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
  // Records the width that was set; Sheets itself always draws an add-on sidebar 300 px wide.
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.uiLog.sidebars.push(dialogRecord(userInterface));
  }

  /** @deprecated Google's own deprecation; kept for the interface. */
  showDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.uiLog.modalDialogs.push(dialogRecord(userInterface));
  }
}
