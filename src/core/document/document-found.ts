// What reading a plan document has found so far, line by line, and how it becomes the finished PastedPlan.
import { type Term, termOf } from "../calendar/terms";
import type { MessageKey } from "../i18n/messages";
import { TABLE_PROBLEM_KEYS } from "../import/activity-import";
import { activityKey, type ParsedActivityRow, parseActivityTable } from "../import/activity-table";
import { parseWhen, type TermRange, undated, whenProblemKey } from "../when/when";
import { matchGoal, measureMembersGoal, readGoal } from "./document-goals";
import type { DocLine } from "./document-lines";
import type {
  ActivitySource,
  DocumentActivity,
  DocumentBoardMember,
  DocumentGoal,
  DocumentMembershipRow,
  DocumentMembershipTotal,
  DocumentProblem,
  LineUse,
  PastedPlan,
} from "./document-types";
import type { PlanTitle } from "./plan-period";

/** A heading that names one goal; the bullets below it are that goal's activities. */
export interface GoalLink {
  readonly line: number;
  readonly text: string;
  readonly activities: DocumentActivity[];
}

/** Everything found so far, and what each line was used for. */
export class Found {
  readonly uses = new Map<number, LineUse>();
  readonly problems: DocumentProblem[] = [];
  readonly goals: DocumentGoal[] = [];
  readonly activities: DocumentActivity[] = [];
  readonly membership: DocumentMembershipRow[] = [];
  readonly totals: DocumentMembershipTotal[] = [];
  readonly board: DocumentBoardMember[] = [];
  readonly links: GoalLink[] = [];

  use(line: number, use: LineUse): void {
    if (!this.uses.has(line)) this.uses.set(line, use);
  }

  problem(line: number, key: MessageKey, vars: Record<string, string | number>): void {
    this.problems.push({ line, key, vars });
  }

  addGoal(goal: DocumentGoal): DocumentGoal {
    const earlier = this.goals.find((g) => g.key === goal.key);
    this.use(goal.line, "goal");
    if (earlier) {
      this.problem(goal.line, "docGoalRepeated", { text: goal.text, first: earlier.line });
      return earlier;
    }
    this.goals.push(goal);
    return goal;
  }

  /**
   * A closed membership table's rows and totals. A name already read stays in the list with a
   * docMembershipRepeated problem (same key): an import writes only the first row of a key.
   */
  addMembership(rows: readonly DocumentMembershipRow[], totals: readonly DocumentMembershipTotal[]): void {
    for (const row of rows) {
      const earlier = this.membership.find((r) => r.key === row.key);
      if (earlier)
        row.problems.push({
          line: row.line,
          key: "docMembershipRepeated",
          vars: { name: row.name, first: earlier.line },
        });
      this.membership.push(row);
    }
    this.totals.push(...totals);
  }

  /** Board members; one already found (same role and name) only gains the new lines. */
  addBoard(members: readonly DocumentBoardMember[]): void {
    for (const member of members) {
      for (const line of member.lines) this.use(line, "board");
      const earlier = this.board.find((b) => b.key === member.key);
      if (earlier) earlier.lines.push(...member.lines.filter((l) => !earlier.lines.includes(l)));
      else this.board.push({ ...member, lines: [...member.lines] });
    }
  }

  /** An activity, keyed as the Activities tab will key its row; `lines` are all the lines it was read from. */
  addActivity(
    activity: Omit<DocumentActivity, "key" | "lines">,
    use: LineUse = "activity",
    lines: readonly number[] = [activity.line],
  ): DocumentActivity {
    const full = {
      ...activity,
      key: activityKey(activity.term, activity.what, activity.when),
      lines: [...lines],
    };
    this.activities.push(full);
    for (const line of lines) this.use(line, use);
    return full;
  }
}

/** A sentence's or bullet's activity, with its När problems and warnings as message keys. */
export function activity(
  line: number,
  source: ActivitySource,
  fields: Pick<DocumentActivity, "term" | "when" | "what" | "parsed">,
): Omit<DocumentActivity, "key" | "lines"> {
  const problems: DocumentProblem[] = [];
  const { parsed, when } = fields;
  if (!parsed.ok && parsed.problem !== "undated") {
    problems.push({ line, key: whenProblemKey(parsed.problem), vars: { text: when } });
  } else if (parsed.ok) {
    for (const code of parsed.warnings)
      problems.push({ line, key: whenProblemKey(code), vars: { text: when } });
  }
  return { line, source, ...fields, targetGroup: "", owner: "", done: false, goalKey: null, problems };
}

/**
 * A bullet in an activity section: "Mars: medlemsmöte" is dated, under the last term heading or else in
 * the year of its section or plan (its term then follows from the date); anything else is undated.
 */
export function bulletActivity(
  line: DocLine,
  term: Term | null,
  year: number | null,
): Pick<DocumentActivity, "term" | "when" | "what" | "parsed"> {
  const split = /^(.{1,30}?)\s*(?::|\s[-–—]\s)\s*(.+)$/.exec(line.body);
  if (split) {
    const probe: Term | null = term ?? (year !== null ? { season: "VT", year } : null);
    const parsed = parseWhen(split[1], probe);
    if (parsed.ok) {
      const own = term ?? termOf(parsed.start);
      return { term: own, when: split[1], what: split[2], parsed: term ? parsed : parseWhen(split[1], own) };
    }
  }
  return { term, when: "", what: line.body, parsed: undated() };
}

/** A row of a term table as a document activity, its problems as message keys. */
function tableActivity(row: ParsedActivityRow): Omit<DocumentActivity, "key" | "lines"> {
  const problems: DocumentProblem[] = [];
  for (const p of row.problems) {
    if (p.code !== "unreadableWhen") {
      problems.push({ line: p.line, key: TABLE_PROBLEM_KEYS[p.code], vars: { text: p.text } });
    } else if (!row.parsed.ok) {
      problems.push({ line: p.line, key: whenProblemKey(row.parsed.problem), vars: { text: row.when } });
    }
  }
  for (const code of row.parsed.ok ? row.parsed.warnings : []) {
    problems.push({ line: row.line, key: whenProblemKey(code), vars: { text: row.when } });
  }
  const { lines: _, ...fields } = row;
  return { ...fields, source: "table", goalKey: null, problems };
}

/** The term tables: every line that belonged to one, read together with the others blanked out. */
export function readTables(raw: readonly string[], tableLines: ReadonlySet<number>, found: Found): void {
  if (tableLines.size === 0) return;
  const masked = raw.map((text, i) => (tableLines.has(i + 1) ? text : "")).join("\n");
  const table = parseActivityTable(masked);
  for (const row of table.rows) found.addActivity(tableActivity(row), "activity", row.lines);
  for (const s of table.structure) found.use(s.line, s.kind === "heading" ? "heading" : "header");
  for (const p of table.problems) {
    // A line that is no row, heading or header was not understood; an unknown header cell is only said.
    found.use(p.line, "notUnderstood");
    found.problem(p.line, TABLE_PROBLEM_KEYS[p.code === "noWhat" ? "noWhat" : "headerUnknown"], {
      text: p.text,
    });
  }
}

/** Each goal heading links its activities to the goal it names, created from the heading when there is none. */
export function linkGoals(found: Found, context: { year: number | null; period: TermRange | null }): void {
  for (const link of found.links) {
    let goal = matchGoal(found.goals, link.text);
    if (goal === null) goal = found.addGoal(readGoal(link.text, link.line, null, context));
    for (const a of link.activities) a.goalKey = goal.key;
  }
}

/** The finished document: every line with its use (or not understood), the items, and all problems by line. */
export function assemble(
  lines: readonly DocLine[],
  found: Found,
  title: PlanTitle | null,
  period: TermRange | null,
): PastedPlan {
  const notUnderstood: DocumentProblem[] = [];
  const used: Array<{ line: number; use: LineUse }> = [];
  for (const line of lines) {
    if (line.text === "") continue;
    let use = found.uses.get(line.line);
    if (use === undefined) {
      use = "notUnderstood";
      notUnderstood.push({
        line: line.line,
        key: "docNotUnderstood",
        vars: { text: line.body || line.text },
      });
    }
    used.push({ line: line.line, use });
  }
  const goals = found.goals
    .map((g) => measureMembersGoal(g, found.membership, found.totals))
    .sort((a, b) => a.line - b.line);
  const problems = [
    ...found.problems,
    ...notUnderstood,
    ...goals.flatMap((g) => g.problems),
    ...found.activities.flatMap((a) => a.problems),
    ...found.membership.flatMap((r) => r.problems),
    ...found.totals.flatMap((t) => t.problems),
  ].sort((a, b) => a.line - b.line);
  return {
    title: title?.text ?? null,
    organisation: title?.organisation ?? null,
    period,
    goals,
    activities: [...found.activities].sort((a, b) => a.line - b.line),
    membership: found.membership,
    membershipTotals: found.totals,
    board: found.board,
    lines: used,
    notUnderstood,
    problems,
  };
}
