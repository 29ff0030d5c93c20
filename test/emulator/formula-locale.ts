// Formula syntax by spreadsheet locale: a user in sv_SE types =SUM(1,5;2) and {1\2;3\4}, a script always writes
// (and getFormula always returns) the English =SUM(1.5,2) and {1,2;3,4}.

/** Locales whose decimal separator is a comma ("3,17"), and so ";" between arguments. */
export function usesDecimalComma(locale: string): boolean {
  return /^(sv|de|fr|fi|nb|no|da|es|it|nl|pl|pt|ru|cs|tr|id)/.test(locale);
}

type Rewrite = (ch: string, prev: string, next: string, inArray: boolean) => string;

/** Rewrites `formula` character by character outside "strings" and 'sheet names', knowing when it is inside {…}. */
function rewrite(formula: string, map: Rewrite): string {
  let out = "";
  let quote: '"' | "'" | null = null;
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (quote) {
      out += ch;
      if (ch === quote) {
        if (formula[i + 1] === quote) out += formula[++i];
        else quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
      continue;
    }
    if (ch === "{") depth++;
    if (ch === "}") depth = Math.max(0, depth - 1);
    out += map(ch, formula[i - 1] ?? "", formula[i + 1] ?? "", depth > 0);
  }
  return out;
}

const DIGIT = /\d/;

/**
 * A formula as typed in `locale` (https://support.google.com/docs/answer/58515: the locale sets the decimal
 * separator, and with it the argument separator), in the English syntax the engine and scripts use.
 */
export function englishFormula(formula: string, locale: string): string {
  if (!usesDecimalComma(locale)) return formula;
  return rewrite(formula, (ch, _prev, _next, inArray) => {
    if (ch === ",") return ".";
    if (ch === ";" && !inArray) return ",";
    if (ch === "\\" && inArray) return ",";
    return ch;
  });
}

/** An English-syntax formula as a user of `locale` sees and types it. */
export function localeFormula(formula: string, locale: string): string {
  if (!usesDecimalComma(locale)) return formula;
  return rewrite(formula, (ch, prev, next, inArray) => {
    if (ch === "." && DIGIT.test(prev) && DIGIT.test(next)) return ",";
    if (ch === ",") return inArray ? "\\" : ";";
    return ch;
  });
}
