// Importing a pasted activity table: parse, flag rows already in the plan or repeated in the paste, and the rows to append.

import { formatTerm, type Term, termIndex } from "../calendar/terms";
import type { ImportPreviewRow } from "../dashboard/sidebar-contract";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { Activity, ActivityColumn } from "../records/activity-record";
import { activityCells, type NewRow, whenWarnings } from "../records/new-activity";
import { activityKey, type ParsedActivityRow, parseActivityTable, type TableProblem } from "./activity-table";

/** The plan period from Settings; rows outside it are imported with a warning. */
export interface PlanPeriod {
  readonly first: Term;
  readonly last: Term;
}

export interface ImportPlan {
  /** Every parsed row, in paste order, each with its localized problems and duplicate flag. */
  readonly rows: readonly ImportPreviewRow[];
  /** Lines that belong to no row (not understood), as "Line 7: …". */
  readonly tableProblems: readonly string[];
  /** Everything to tell after an import, by line: row problems, table problems and the duplicates left out. */
  readonly allProblems: readonly string[];
  /** The rows to append (the non-duplicates), in paste order. */
  readonly cells: readonly NewRow<ActivityColumn>[];
  readonly duplicates: number;
}

/** The message for each problem the table reader finds (an unreadable När is said by the När parser). */
export const TABLE_PROBLEM_KEYS: Readonly<
  Record<Exclude<TableProblem["code"], "unreadableWhen">, MessageKey>
> = {
  noTerm: "importNoTerm",
  noWhat: "importNoWhat",
  tooManyCells: "importTooManyCells",
  headerUnknown: "importHeaderUnknown",
};

function problemText(problem: TableProblem, row: ParsedActivityRow | null, language: Language): string[] {
  if (problem.code === "unreadableWhen") return row ? whenWarnings(row.parsed, row.when, language) : [];
  return [t(language, TABLE_PROBLEM_KEYS[problem.code], { text: problem.text })];
}

/** A row's problems in words: the parser's, När warnings (e.g. outside its term), and a term outside the plan. */
function rowProblems(row: ParsedActivityRow, language: Language, period: PlanPeriod | null): string[] {
  const texts = row.problems.flatMap((p) => problemText(p, row, language));
  if (row.parsed.ok) texts.push(...whenWarnings(row.parsed, row.when, language));
  const index = row.term ? termIndex(row.term) : null;
  if (
    row.term &&
    index !== null &&
    period &&
    (index < termIndex(period.first) || index > termIndex(period.last))
  ) {
    texts.push(
      t(language, "checkTermOutsidePlan", {
        term: formatTerm(row.term),
        first: formatTerm(period.first),
        last: formatTerm(period.last),
      }),
    );
  }
  return texts;
}

/**
 * Plans an import of `text` into an Activities tab holding the `existing` activities.
 * A row whose term, Vad and När match a row already in the tab or an earlier row of the paste (see
 * activityKey) is a duplicate and is never written. Every other row is written, even one whose När can't
 * be read (Start and End stay empty) — nothing is dropped silently. Never throws.
 */
export function planImport(
  text: string,
  existing: readonly Activity[],
  language: Language,
  period: PlanPeriod | null = null,
): ImportPlan {
  const table = parseActivityTable(text);
  const present = new Set(existing.map((a) => activityKey(a.term, a.what, a.when)));
  const firstLine = new Map<string, number>();
  const lined: Array<[number, string]> = [];
  const say = (line: number, message: string) =>
    lined.push([line, t(language, "importLine", { line, message })]);
  const rows: ImportPreviewRow[] = [];
  const cells: NewRow<ActivityColumn>[] = [];
  let duplicates = 0;

  for (const row of table.rows) {
    const key = activityKey(row.term, row.what, row.when);
    const earlier = firstLine.get(key);
    const duplicate = present.has(key) || earlier !== undefined;
    const problems = rowProblems(row, language, period);
    const vars = { what: row.what, when: row.when, first: earlier ?? 0 };
    if (duplicate) {
      duplicates++;
      say(row.line, t(language, present.has(key) ? "importDuplicate" : "importRepeated", vars));
    } else {
      firstLine.set(key, row.line);
      for (const problem of problems) say(row.line, problem);
      cells.push(
        activityCells({
          term: row.term,
          when: row.when,
          what: row.what,
          targetGroup: row.targetGroup,
          owner: row.owner,
          done: row.done,
          start: row.parsed.ok ? row.parsed.start : null,
          end: row.parsed.ok ? row.parsed.end : null,
        }),
      );
    }
    rows.push({
      line: row.line,
      term: row.term ? formatTerm(row.term) : "",
      when: row.when,
      what: row.what,
      targetGroup: row.targetGroup,
      owner: row.owner,
      done: row.done,
      start: row.parsed.ok ? row.parsed.start : "",
      end: row.parsed.ok ? row.parsed.end : "",
      problems,
      duplicate,
    });
  }

  const tableProblems = table.problems.flatMap((p) =>
    problemText(p, null, language).map((message) => {
      say(p.line, message);
      return t(language, "importLine", { line: p.line, message });
    }),
  );
  const allProblems = lined.sort((a, b) => a[0] - b[0]).map(([, message]) => message);
  return { rows, tableProblems, allProblems, cells, duplicates };
}
