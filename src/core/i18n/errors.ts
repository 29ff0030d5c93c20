// A user-facing error: carries a message key and values so each entry point can say it in the user's language.
import type { Language } from "./language";
import { type MessageKey, t } from "./messages";

export class PlanError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(t("en", key, vars));
    this.name = "PlanError";
  }

  /** The message in the given language. */
  describe(language: Language): string {
    return t(language, this.key, this.vars);
  }
}

/** A message fit for a volunteer: a PlanError in their language, anything else wrapped without a stack trace. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof PlanError) return error.describe(language);
  const detail = error instanceof Error ? error.message : String(error);
  // One short line: an engine's message can be as long as the input it quotes (a 40,000-character pattern).
  const line = detail.replace(/\s+/g, " ").trim();
  return t(language, "errorUnexpected", { detail: line.length > 160 ? `${line.slice(0, 159)}…` : line });
}
