// Importing a pasted activity table: parse, flag rows already in the plan or repeated in the paste, and the rows to append.

import { formatTerm, type Term, termIndex } from "../calendar/terms";
import type { CellLink, ImportPreviewRow, ProblemItem } from "../dashboard/sidebar-contract";
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

/** Where the rows go: the tab's name as the user sees it, the Vad column, and the sheet row the first one lands on. */
export interface ImportTarget {
  readonly tab: string;
  readonly whatColumn: number;
  readonly firstRow: number;
}

export interface ImportPlan {
  /** Every parsed row, in paste order, each with its localized problems, duplicate flag and sheet row. */
  readonly rows: readonly ImportPreviewRow[];
  /** Lines that belong to no row (not understood), as "Rad 7 i texten: …". */
  readonly tableProblems: readonly string[];
  /**
   * Everything to tell after an import, in paste order: a written row's problems by its sheet row ("Aktiviteter,
   * rad 12: …", linked), and what was not written by its line of the text ("Rad 4 i texten: …").
   */
  readonly allProblems: readonly ProblemItem[];
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
 * Plans an import of `text` into an Activities tab holding the `existing` activities, the rows going from
 * `target.firstRow` down. A row whose term, Vad and När match a row already in the tab or an earlier row of the paste
 * (see activityKey) is a duplicate and is never written. Every other row is written, even one whose När can't be
 * read (Start and End stay empty) — nothing is dropped silently. Never throws.
 */
export function planImport(
  text: string,
  existing: readonly Activity[],
  language: Language,
  period: PlanPeriod | null,
  target: ImportTarget,
): ImportPlan {
  const table = parseActivityTable(text);
  const present = new Map<string, number>();
  for (const a of existing) {
    const key = activityKey(a.term, a.what, a.when);
    if (!present.has(key)) present.set(key, a.row);
  }
  const firstLine = new Map<string, { line: number; row: number }>();
  const told: Array<[number, ProblemItem]> = [];
  const link = (row: number): CellLink => ({ tab: "activities", row, column: target.whatColumn });
  const inText = (line: number, message: string, at: number | null) =>
    told.push([
      line,
      {
        message: t(language, "importLine", { line, message }),
        severity: "warning",
        link: at === null ? null : link(at),
      },
    ]);
  const atRow = (line: number, row: number, message: string) =>
    told.push([
      line,
      {
        message: t(language, "checkAt", { tab: target.tab, row, message }),
        severity: "warning",
        link: link(row),
      },
    ]);
  const rows: ImportPreviewRow[] = [];
  const cells: NewRow<ActivityColumn>[] = [];
  let duplicates = 0;

  for (const row of table.rows) {
    const key = activityKey(row.term, row.what, row.when);
    const earlier = firstLine.get(key);
    const presentRow = present.get(key);
    const duplicate = presentRow !== undefined || earlier !== undefined;
    const problems = rowProblems(row, language, period);
    const sheetRow = duplicate ? null : target.firstRow + cells.length;
    if (presentRow !== undefined) {
      duplicates++;
      const vars = { what: row.what, when: row.when, row: presentRow };
      inText(row.line, t(language, "importDuplicate", vars), presentRow);
    } else if (earlier !== undefined) {
      duplicates++;
      const vars = { what: row.what, when: row.when, first: earlier.line };
      inText(row.line, t(language, "importRepeated", vars), earlier.row);
    } else if (sheetRow !== null) {
      firstLine.set(key, { line: row.line, row: sheetRow });
      for (const problem of problems) atRow(row.line, sheetRow, problem);
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
      row: sheetRow ?? presentRow ?? earlier?.row ?? null,
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
      inText(p.line, message, null);
      return t(language, "importLine", { line: p.line, message });
    }),
  );
  const allProblems = told.sort((a, b) => a[0] - b[0]).map(([, item]) => item);
  return { rows, tableProblems, allProblems, cells, duplicates };
}
