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
  type SectionHeading,
  type SectionKind,
  sectionHeading,
} from "./document-lines";
import type { GoalLevel, PastedPlan } from "./document-types";
import { readMeetingSentence, readRecurringSentence } from "./meeting-sentence";
import { membershipHeader } from "./membership-cells";
import {
  closeMembership,
  feedMembership,
  type MembershipBlock,
  type MembershipNote,
  membershipNote,
  membershipRowLike,
  openMembership,
} from "./membership-table";
import { type PlanTitle, planPeriod, readTitle } from "./plan-period";

const GOAL_SECTIONS: Partial<Record<SectionKind, GoalLevel | null>> = {
  goals: null,
  overarchingGoals: "overarching",
  measurableGoals: "measurable",
};

const isGoalSection = (section: SectionKind | null) => section !== null && section in GOAL_SECTIONS;

/** A term heading line ("Vårtermin 2025", "### HT24"), also as the only cell of a row. */
function termOfLine(line: DocLine): Term | null {
  if (line.bullet) return null;
  const cells = line.cells?.filter((c) => c !== "");
  if (cells && cells.length !== 1) return null;
  return termHeading(cells ? cells[0] : line.text);
}

/** The title, its organisation taken from the line below when the title names none ("Liberalerna Norrköping"). */
function titleWithOrganisation(lines: readonly DocLine[]): (PlanTitle & { lines: number[] }) | null {
  const index = lines.findIndex((line) => readTitle(line) !== null);
  if (index < 0) return null;
  const title = readTitle(lines[index]) as PlanTitle;
  const next = lines[index + 1];
  const organisation =
    title.organisation === null &&
    next !== undefined &&
    headingShaped(next) &&
    !next.bullet &&
    sectionHeading(next) === null &&
    termOfLine(next) === null &&
    !/\d/.test(next.body);
  return organisation
    ? { ...title, organisation: next.body, lines: [title.line, next.line] }
    : { ...title, lines: [title.line] };
}

/** What one line is, asked once: the readers below decide by it. */
interface Seen {
  readonly index: number;
  readonly line: DocLine;
  readonly term: Term | null;
  readonly heading: SectionHeading | null;
  readonly goalHead: string | null;
}

/** Reads the document line by line; each step claims the lines it understands, in order. */
class Reader {
  readonly found = new Found();
  readonly tableLines = new Set<number>();
  section: SectionKind | null = null;
  year: number | null = null;
  term: Term | null = null;
  table = false;
  link: GoalLink | null = null;
  membership: MembershipBlock | null = null;
  /** Growth sentences under a membership heading, for the table that follows them. */
  notes: MembershipNote[] = [];

  constructor(
    readonly lines: readonly DocLine[],
    readonly title: PlanTitle | null,
    readonly period: TermRange | null,
  ) {}

  context() {
    return { year: this.year ?? this.title?.first ?? null, period: this.period };
  }

  read(): void {
    const steps: ReadonlyArray<(seen: Seen) => boolean> = [
      (s) => this.tableRow(s),
      (s) => this.tableStart(s),
      (s) => this.membershipRow(s),
      (s) => this.headingLine(s),
      (s) => this.signatureOrBoard(s),
      (s) => this.goalActivity(s),
      (s) => this.goalLine(s),
      (s) => this.sentence(s),
      (s) => this.activityBullet(s),
    ];
    this.lines.forEach((line, index) => {
      if (line.text === "" || this.found.uses.has(line.line)) return;
      try {
        const seen = {
          index,
          line,
          term: termOfLine(line),
          heading: sectionHeading(line),
          goalHead: goalHeading(line),
        };
        if (steps.some((step) => step(seen))) return;
        if (isProse(line, this.section === "intro")) this.found.use(line.line, "prose");
      } catch {
        // Defensive: a reader failing on one line leaves that line not understood, never the whole paste.
      }
    });
    this.closeMembership();
  }

  /** Inside a term table every line is the table's, until a line that plainly starts something else. */
  tableRow({ index, line, term, heading, goalHead }: Seen): boolean {
    if (!this.table || term) return false;
    const previousBlank = index > 0 && this.lines[index - 1].text === "";
    const ends =
      heading !== null ||
      goalHead !== null ||
      line.bullet ||
      readTitle(line) !== null ||
      isSignatureLine(line) ||
      membershipHeader(line) !== null ||
      readBoard(this.lines, index) !== null ||
      this.isSentence(line) ||
      (previousBlank && line.cells === null && isProse(line, false));
    if (ends) this.table = false;
    else this.tableLines.add(line.line);
    return !ends;
  }

  tableStart({ line, term }: Seen): boolean {
    if (!term && !(line.cells && isActivityHeader(line.cells))) return false;
    this.closeMembership();
    if (term) this.term = term;
    this.table = true;
    this.section = "activities";
    this.link = null;
    this.tableLines.add(line.line);
    return true;
  }

  membershipRow({ line, heading, goalHead }: Seen): boolean {
    if (this.membership) {
      if (!heading && !goalHead && !isSignatureLine(line) && feedMembership(this.membership, line))
        return true;
      this.closeMembership();
    }
    const note = this.section === "membership" && !heading ? membershipNote(line) : null;
    if (note) {
      this.notes.push(note);
      this.found.use(line.line, "membershipNote");
      return true;
    }
    const header = membershipHeader(line);
    const row =
      this.section === "membership" &&
      !heading &&
      !goalHead &&
      !isSignatureLine(line) &&
      membershipRowLike(line);
    if (!header && !row) return false;
    this.membership = openMembership(header, this.notes);
    this.notes = [];
    this.section = "membership";
    if (!header) feedMembership(this.membership, line);
    return true;
  }

  closeMembership(): void {
    if (!this.membership) return;
    const { rows, totals } = closeMembership(this.membership);
    for (const [line, use] of this.membership.uses) this.found.use(line, use);
    this.found.addMembership(rows, totals);
    this.membership = null;
  }

  headingLine({ line, heading, goalHead }: Seen): boolean {
    if (heading || goalHead) this.notes = [];
    if (goalHead) {
      this.startLink(line, goalHead);
      return true;
    }
    if (!heading) return false;
    this.year =
      heading.year ?? (isGoalSection(this.section) && isGoalSection(heading.kind) ? this.year : null);
    this.section = heading.kind;
    this.link = null;
    this.found.use(line.line, "heading");
    return true;
  }

  startLink(line: DocLine, text: string): void {
    this.link = { line: line.line, text: goalText(text), activities: [] };
    this.found.links.push(this.link);
    this.found.use(line.line, "goalLink");
    this.section = "goalActivities";
  }

  signatureOrBoard({ index, line }: Seen): boolean {
    if (isSignatureLine(line)) {
      this.found.use(line.line, "signature");
      return true;
    }
    const board = readBoard(this.lines, index);
    if (board) this.found.addBoard(board);
    return board !== null;
  }

  /** Under "Aktiviteter per mål": a short line above bullets names a goal; its bullets are undated activities. */
  goalActivity({ index, line }: Seen): boolean {
    if (this.section !== "goalActivities") return false;
    if (!line.bullet && headingShaped(line) && (this.link === null || this.nextContent(index)?.bullet)) {
      this.startLink(line, line.body);
      return true;
    }
    if (this.link === null || (!line.bullet && (isProse(line, false) || this.isSentence(line)))) return false;
    const parsed = undated();
    const added = this.found.addActivity(
      activity(line.line, "goalBullet", { term: null, when: "", what: line.body, parsed }),
    );
    this.link.activities.push(added);
    return true;
  }

  goalLine({ line }: Seen): boolean {
    if (!isGoalSection(this.section) || this.section === null) return false;
    if (!line.bullet && readMeetingSentence(line, this.context())) return false;
    const level = GOAL_SECTIONS[this.section] ?? null;
    this.found.addGoal(readGoal(line.body, line.line, level, { year: this.year, period: this.period }));
    return true;
  }

  isSentence(line: DocLine): boolean {
    return (
      readMeetingSentence(line, this.context()) !== null ||
      readRecurringSentence(line, this.context()) !== null
    );
  }

  /** Meeting dates in a sentence, or a recurring meeting. */
  sentence({ line }: Seen): boolean {
    const meeting = readMeetingSentence(line, this.context());
    if (meeting) {
      for (const a of meeting.activities) {
        const read = activity(line.line, "meeting", a);
        // A list without a year is said once, for the sentence, not once per date.
        if (meeting.noYear) read.problems = read.problems.filter((p) => p.key !== "whenNoYear");
        this.found.addActivity(read, "meeting");
      }
      if (meeting.noYear) this.found.problem(line.line, "docMeetingNoYear", { text: line.body });
      return true;
    }
    const recurring = readRecurringSentence(line, this.context());
    if (recurring) this.found.addActivity(activity(line.line, "recurring", recurring), "meeting");
    return recurring !== null;
  }

  activityBullet({ line }: Seen): boolean {
    if (!line.bullet || (this.section !== "activities" && this.section !== "organisation")) return false;
    this.found.addActivity(
      activity(line.line, "bullet", bulletActivity(line, this.term, this.context().year)),
    );
    return true;
  }

  nextContent(index: number): DocLine | undefined {
    return this.lines.slice(index + 1).find((l) => l.text !== "");
  }
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

function read(lines: readonly DocLine[], raw: readonly string[]): PastedPlan {
  const title = titleWithOrganisation(lines);
  const headings = lines.map(termOfLine).filter((t): t is Term => t !== null);
  const period = planPeriod(title, headings);
  const reader = new Reader(lines, title, period);
  if (title) for (const line of title.lines) reader.found.use(line, "title");
  reader.read();
  readTables(raw, reader.tableLines, reader.found);
  linkGoals(reader.found, { year: null, period });
  checkTermsAgainstTitle(lines, title, reader.found);
  return assemble(lines, reader.found, title, period);
}

/**
 * Reads a whole pasted plan document. Every line with content is used (see `lines`) or listed as not
 * understood; every item carries its line and problems (message keys); items have stable keys, so
 * reading the same text again gives the same result. Never throws.
 */
export function parsePlanDocument(text: string): PastedPlan {
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
