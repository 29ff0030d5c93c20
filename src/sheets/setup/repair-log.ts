// Collects what "Set up plan" did and what it could not repair, in the user's language.
import type { Language } from "../../core/i18n/language";
import { type MessageKey, t } from "../../core/i18n/messages";

export class RepairLog {
  readonly done: string[] = [];
  readonly problems: string[] = [];

  constructor(readonly language: Language) {}

  did(key: MessageKey, vars: Record<string, string | number> = {}): void {
    this.done.push(t(this.language, key, vars));
  }

  couldNot(key: MessageKey, vars: Record<string, string | number> = {}): void {
    this.problems.push(t(this.language, key, vars));
  }
}
