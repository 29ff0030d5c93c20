// Reads a whole pasted verksamhetsplan: its title and period, goals, term tables, meetings, membership and board.
import { formatTerm, type Term } from "../calendar/terms";
import { isActivityHeader, termHeading } from "../import/activity-table";
import { type TermRange, undated } from "../when/when";
import { readBoard } from "./board-roles";
import {
  activity,
  assemble,
  bulletActivity,
  Found,
  type GoalLink,
  linkGoals,
  readTables,
} from "./document-found";
import { goalText, readGoal } from "./document-goals";
import {
  type DocLine,
  docLines,
  goalHeading,
  headingShaped,
  isProse,
  isSignatureLine,
  type SectionKind,
  sectionHeading,
} from "./document-lines";
import type { ActivitySource, DocumentActivity, GoalLevel, PlanDocument } from "./document-types";
import { readMeetingSentence, readRecurringSentence, type SentenceActivity } from "./meeting-sentence";
import { membershipHeader } from "./membership-cells";
import {
  closeMembership,
  feedMembership,
  type MembershipBlock,
  membershipRowLike,
  openMembership,
} from "./membership-table";
import { type PlanTitle, planPeriod, readTitle } from "./plan-period";

const GOAL_SECTIONS: Partial<Record<SectionKind, GoalLevel | null>> = {
  goals: null,
  overarchingGoals: "overarching",
  measurableGoals: "measurable",
};

function termOfLine(line: DocLine): Term | null {
  if (line.bullet) return null;
  const cells = line.cells?.filter((c) => c !== "");
  if (cells && cells.length !== 1) return null;
  return termHeading(cells ? cells[0] : line.text);
}

interface State {
  section: SectionKind | null;
  year: number | null;
  term: Term | null;
  table: boolean;
  link: GoalLink | null;
  membership: MembershipBlock | null;
}

function closeBlock(state: State, found: Found): void {
  if (!state.membership) return;
  const block = state.membership;
  state.membership = null;
  const { rows, totals } = closeMembership(block);
  for (const [line, use] of block.uses) found.use(line, use);
  found.addMembership(rows, totals);
}

/** A term heading outside the title's years widens the period; the volunteer is told. */
function checkTermsAgainstTitle(lines: readonly DocLine[], title: PlanTitle | null, found: Found): void {
  if (!title) return;
  for (const line of lines) {
    const term = termOfLine(line);
    if (term && (term.year < title.first || term.year > title.last)) {
      const vars = { term: formatTerm(term), first: title.first, last: title.last };
      found.problem(line.line, "docTermOutsideTitle", vars);
    }
  }
}

function nextContent(lines: readonly DocLine[], index: number): DocLine | undefined {
  for (let i = index + 1; i < lines.length; i++) if (lines[i].text !== "") return lines[i];
  return undefined;
}

function addSentence(
  found: Found,
  line: number,
  source: ActivitySource,
  a: SentenceActivity,
): DocumentActivity {
  return found.addActivity(activity(line, source, a), "meeting");
}

/** The title, its organisation taken from the line below when the title names none ("Liberalerna Norrköping"). */
function titleWithOrganisation(lines: readonly DocLine[]): (PlanTitle & { lines: number[] }) | null {
  const index = lines.findIndex((line) => readTitle(line) !== null);
  if (index < 0) return null;
  const title = readTitle(lines[index]) as PlanTitle;
  const next = lines[index + 1];
  if (
    title.organisation === null &&
    next !== undefined &&
    headingShaped(next) &&
    !next.bullet &&
    sectionHeading(next) === null &&
    termOfLine(next) === null &&
    !/\d/.test(next.body)
  ) {
    return { ...title, organisation: next.body, lines: [title.line, next.line] };
  }
  return { ...title, lines: [title.line] };
}

/** Reads the document line by line; each reader claims the lines it understands. */
function read(lines: readonly DocLine[], raw: readonly string[]): PlanDocument {
  const found = new Found();
  const title = titleWithOrganisation(lines);
  const headings = lines.map(termOfLine).filter((t): t is Term => t !== null);
  const period: TermRange | null = planPeriod(title, headings);
  if (title) for (const line of title.lines) found.use(line, "title");
  const state: State = { section: null, year: null, term: null, table: false, link: null, membership: null };
  const tableLines = new Set<number>();
  const context = () => ({ year: state.year ?? title?.first ?? null, period });
  const goalContext = () => ({ year: state.year, period });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text === "" || found.uses.has(line.line)) continue;
    const term = termOfLine(line);
    const heading = sectionHeading(line);
    const goalHead = goalHeading(line);
    const sentence = () =>
      readMeetingSentence(line, context()) !== null || readRecurringSentence(line, context()) !== null;
    if (state.table && !term) {
      const ends =
        heading || goalHead || line.bullet || membershipHeader(line) || readBoard(lines, i) || sentence();
      if (!ends) {
        tableLines.add(line.line);
        continue;
      }
      state.table = false;
    }
    if (term || (line.cells && isActivityHeader(line.cells))) {
      closeBlock(state, found);
      if (term) state.term = term;
      Object.assign(state, { table: true, section: "activities", link: null });
      tableLines.add(line.line);
      continue;
    }
    if (state.membership) {
      if (!heading && !goalHead && feedMembership(state.membership, line)) continue;
      closeBlock(state, found);
    }
    const header = membershipHeader(line);
    if (header || (state.section === "membership" && membershipRowLike(line))) {
      state.membership = openMembership(header);
      state.section = "membership";
      if (!header) feedMembership(state.membership, line);
      continue;
    }
    if (goalHead) {
      state.link = { line: line.line, text: goalText(goalHead), activities: [] };
      found.links.push(state.link);
      found.use(line.line, "goalLink");
      state.section = "goalActivities";
      continue;
    }
    if (heading) {
      const wasGoals = state.section !== null && state.section in GOAL_SECTIONS;
      const isGoals = heading.kind in GOAL_SECTIONS;
      state.year = heading.year ?? (wasGoals && isGoals ? state.year : null);
      Object.assign(state, { section: heading.kind, link: null });
      found.use(line.line, "heading");
      continue;
    }
    if (isSignatureLine(line)) {
      found.use(line.line, "signature");
      continue;
    }
    const board = readBoard(lines, i);
    if (board) {
      for (const member of board) {
        for (const used of member.lines) found.use(used, "board");
        if (!found.board.some((b) => b.key === member.key)) found.board.push(member);
      }
      continue;
    }
    if (state.section === "goalActivities" && !line.bullet) {
      const next = nextContent(lines, i);
      if (state.link === null || (next?.bullet && headingShaped(line))) {
        state.link = { line: line.line, text: goalText(line.body), activities: [] };
        found.links.push(state.link);
        found.use(line.line, "goalLink");
        continue;
      }
    }
    if (state.link && state.section === "goalActivities") {
      const added = found.addActivity(
        activity(line.line, "goalBullet", { term: null, when: "", what: line.body, parsed: undated() }),
      );
      state.link.activities.push(added);
      continue;
    }
    if (state.section !== null && state.section in GOAL_SECTIONS) {
      found.addGoal(readGoal(line.body, line.line, GOAL_SECTIONS[state.section] ?? null, goalContext()));
      continue;
    }
    const meeting = readMeetingSentence(line, context());
    if (meeting) {
      for (const a of meeting.activities) addSentence(found, line.line, "meeting", a);
      if (meeting.noYear) found.problem(line.line, "docMeetingNoYear", { text: line.body });
      continue;
    }
    const recurring = readRecurringSentence(line, context());
    if (recurring) {
      addSentence(found, line.line, "recurring", recurring);
      continue;
    }
    if (line.bullet && (state.section === "activities" || state.section === "organisation")) {
      found.addActivity(activity(line.line, "bullet", bulletActivity(line, state.term, context().year)));
      continue;
    }
    if (isProse(line, state.section === "intro")) found.use(line.line, "prose");
  }
  closeBlock(state, found);
  readTables(raw, tableLines, found);
  linkGoals(found, { year: null, period });
  checkTermsAgainstTitle(lines, title, found);
  return assemble(lines, found, title, period);
}

/**
 * Reads a whole pasted plan document. Every line with content is used (see `lines`) or listed as not
 * understood; every item carries its line and problems (message keys); items have stable keys, so
 * reading the same text again gives the same result. Never throws.
 */
export function parsePlanDocument(text: string): PlanDocument {
  const source = typeof text === "string" ? text : String(text ?? "");
  const raw = source.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const lines = docLines(source);
  try {
    return read(lines, raw);
  } catch {
    // Defensive: a reader's bug must not reach the user as a stack trace; the lines are then all unread.
    return assemble(lines, new Found(), null, null);
  }
}
