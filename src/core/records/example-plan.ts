// A realistic Swedish example plan (VT 2025–HT 2026) for "Insert example plan", and the rows each tab gets.

import { calendarDate, type IsoDate } from "../calendar/dates";
import { parseTerm } from "../calendar/terms";
import type { NewActivity } from "../dashboard/sidebar-contract";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import type { MembershipColumn } from "../layout/membership-layout";
import { parseWhen } from "../when/when";
import type { ActivityColumn } from "./activity-record";
import { GOAL_KOMMUN_SEATS } from "./example-results";
import type { GoalColumn } from "./goal-record";
import { activityCells, type NewCell, type NewRow } from "./new-activity";

/** An example activity: what a volunteer types in the Add form, ticked or not, and the goal it serves. */
export interface ExampleActivity extends NewActivity {
  readonly done: boolean;
  /** The goal (its name on the Goals tab) the activity serves, or "". */
  readonly goal: string;
}

export interface ExampleMembershipRow {
  readonly constituency: string;
  readonly branch: string;
  readonly baselineDate: IsoDate;
  readonly baseline: number;
  /** A fraction: 0.1 is 10 %. */
  readonly growth: number;
  readonly current: number;
}

export type GoalKindKey = "kindSeats" | "kindMembers" | "kindActivities" | "kindVoteShare" | "kindOther";

export interface ExampleGoal {
  readonly goal: string;
  readonly kind: GoalKindKey;
  readonly baseline: number | null;
  readonly target: number;
  /** null for "activities" goals: setup puts the counting formula there. */
  readonly actual: number | null;
  readonly start: IsoDate;
  /** A date ("2026-09-13") or a term ("HT 2026"). */
  readonly deadline: string;
  readonly owner: string;
  readonly countsActivities: string;
}

export const EXAMPLE_SETTINGS = {
  organisation: "Distriktet Exempellän",
  firstTerm: "VT 2025",
  lastTerm: "HT 2026",
} as const;

export const ELECTION_DAY_2026: IsoDate = "2026-09-13";

const GOAL_NY_I_C = "Ny i C 2 gånger per termin";
const GOAL_MEMBERS = "Öka antalet medlemmar med 10 % jämfört med 2024";
const GOAL_MEETINGS = "Minst 10 medlemsaktiviteter";
const GOAL_SEATS = "Minst 106 mandat i kommunvalet 2026";

const a = (
  term: string,
  when: string,
  what: string,
  targetGroup: string,
  owner: string,
  done = false,
  goal = "",
): ExampleActivity => ({ term, when, what, targetGroup, owner, done, goal });

export const EXAMPLE_ACTIVITIES: readonly ExampleActivity[] = [
  a(
    "VT 2025",
    "Jan",
    "Ledarkonferens",
    "Kretsordförande, gruppledare och politiska sekreterare",
    "Arbetsgrupp DS",
    true,
  ),
  a("VT 2025", "Ca. feb", "Ny i C", "Nya medlemmar", "Ombudsman", true, GOAL_NY_I_C),
  a(
    "VT 2025",
    "jan–mars",
    "Medlemsvärvning digitalt",
    "Potentiella medlemmar",
    "Ombudsman",
    true,
    GOAL_MEMBERS,
  ),
  a("VT 2025", "Mars", "Distriktsstämma", "Ombud och medlemmar", "DSO/ombudsman", true),
  a("VT 2025", "v. 12", "Styrelseutbildning", "Nya ledamöter i kretsstyrelser", "Ombudsman", true),
  a("VT 2025", "2 gånger per termin", "Kretsordförandeträff digitalt", "Kretsordförande", "Ombudsman", true),
  a("VT 2025", "1 maj", "Medlemsmöte: 1 maj i parken", "Medlemmar och allmänhet", "DS", true, GOAL_MEETINGS),
  a("VT 2025", "Ca. jun", "Ny i C", "Nya medlemmar", "Ombudsman", true, GOAL_NY_I_C),
  a("HT 2025", "Aug", "Valplan 2026 antas", "Distriktsstyrelsen", "DSAU", true, GOAL_SEATS),
  a("HT 2025", "Ca. sep", "Ny i C", "Nya medlemmar", "Ombudsman", true, GOAL_NY_I_C),
  a(
    "HT 2025",
    "Sep",
    "Medlemsvärvning i varje avdelning",
    "Kretsar och avdelningar",
    "Kretsordförande",
    true,
    GOAL_MEMBERS,
  ),
  a("HT 2025", "Okt", "Kretsordförandeträff", "Kretsordförande", "Ombudsman", true),
  a("HT 2025", "Okt", "Medlemsmöte om valmanifestet", "Medlemmar", "Programgrupp", true, GOAL_MEETINGS),
  a("HT 2025", "Nov", "Styrelseutbildning", "Nya ledamöter i kretsstyrelser", "Ombudsman"),
  a("HT 2025", "Ca. dec", "Ny i C", "Nya medlemmar", "Ombudsman", true, GOAL_NY_I_C),
  a("HT 2025", "Dec", "Revidering verksamhetsplan", "DS", "DSAU"),
  a("VT 2026", "Jan", "Ledarkonferens: valrörelsen 2026", "Kretsordförande och kandidater", "Arbetsgrupp DS"),
  a("VT 2026", "Ca. feb", "Ny i C", "Nya medlemmar", "Ombudsman", false, GOAL_NY_I_C),
  a("VT 2026", "Mars", "Distriktsstämma med valmanifest", "Ombud och medlemmar", "DSO/ombudsman"),
  a(
    "VT 2026",
    "mars–maj",
    "Kandidatutbildning",
    "Kandidater i kommun- och regionvalet",
    "Valledare",
    false,
    GOAL_SEATS,
  ),
  a(
    "VT 2026",
    "vecka 16",
    "Medlemsvärvning: dörrknackning",
    "Potentiella medlemmar",
    "Kretsordförande",
    false,
    GOAL_MEMBERS,
  ),
  a("VT 2026", "1 maj", "Medlemsmöte: 1 maj i parken", "Medlemmar och allmänhet", "DS", false, GOAL_MEETINGS),
  a("VT 2026", "Ca. maj", "Ny i C", "Nya medlemmar", "Ombudsman", false, GOAL_NY_I_C),
  a(
    "VT 2026",
    "Juni",
    "Medlemsmöte: valrörelsestart",
    "Medlemmar och valarbetare",
    "Valledare",
    false,
    GOAL_MEETINGS,
  ),
  a(
    "HT 2026",
    "aug–sep",
    "Valrörelse: valstugor och dörrknackning",
    "Väljare i alla valkretsar",
    "Valledare",
    false,
    GOAL_SEATS,
  ),
  a("HT 2026", "13 sep", "Valdag: allmänna val 2026", "Alla medlemmar", "Valledare", false, GOAL_SEATS),
  a("HT 2026", "Ca. okt", "Ny i C", "Nya medlemmar", "Ombudsman", false, GOAL_NY_I_C),
  a("HT 2026", "Okt", "Valanalys 2026", "Distrikt och kretsar", "Grupp utsedd av DS"),
  a("HT 2026", "Nov", "Medlemsmöte: valanalys", "Medlemmar", "DSO", false, GOAL_MEETINGS),
  a("HT 2026", "Ca. nov", "Ny i C", "Nya medlemmar", "Ombudsman", false, GOAL_NY_I_C),
  a("HT 2026", "Dec", "Kretsordförandeträff: inför nya mandatperioden", "Kretsordförande", "Ombudsman"),
  a("HT 2026", "Dec", "Medlemsmöte: julfest", "Medlemmar", "DS", false, GOAL_MEETINGS),
];

const m = (constituency: string, branch: string, baseline: number, growth: number, current: number) =>
  ({ constituency, branch, baselineDate: "2024-12-31", baseline, growth, current }) as const;

export const EXAMPLE_MEMBERSHIP: readonly ExampleMembershipRow[] = [
  m("Nord", "", 117, 0.1, 124),
  m("Nordost", "", 96, 0.1, 99),
  m("Nordväst", "", 143, 0.08, 150),
  m("Ost", "", 210, 0.1, 221),
  m("Sydost", "", 88, 0.12, 90),
  m("Sydväst", "", 164, 0.1, 170),
  m("Syskonorganisationer", "Seniornätverket", 45, 0, 46),
];

export const EXAMPLE_GOALS: readonly ExampleGoal[] = [
  {
    goal: GOAL_SEATS,
    kind: "kindSeats",
    baseline: 98,
    target: 106,
    actual: null,
    start: "2025-01-01",
    deadline: ELECTION_DAY_2026,
    owner: "DS",
    countsActivities: "",
  },
  {
    goal: "Minst ett mandat i varje valkrets i regionvalet 2026",
    kind: "kindSeats",
    baseline: 4,
    target: 6,
    actual: null,
    start: "2025-01-01",
    deadline: ELECTION_DAY_2026,
    owner: "DS",
    countsActivities: "",
  },
  {
    goal: "8 % väljarstöd i länet i regionvalet 2026",
    kind: "kindVoteShare",
    baseline: 6.5,
    target: 8,
    actual: null,
    start: "2025-01-01",
    deadline: ELECTION_DAY_2026,
    owner: "Valledare",
    countsActivities: "",
  },
  {
    goal: GOAL_MEMBERS,
    kind: "kindMembers",
    baseline: 863,
    target: 949,
    actual: 920,
    start: "2025-01-01",
    deadline: "HT 2026",
    owner: "Ombudsman",
    countsActivities: "",
  },
  {
    goal: GOAL_NY_I_C,
    kind: "kindActivities",
    baseline: 0,
    target: 8,
    actual: null,
    start: "2025-01-01",
    deadline: "2026-12-31",
    owner: "Ombudsman",
    countsActivities: "Ny i C",
  },
  {
    goal: GOAL_MEETINGS,
    kind: "kindActivities",
    baseline: 0,
    target: 10,
    actual: null,
    start: "2025-01-01",
    deadline: "2026-12-31",
    owner: "DS",
    countsActivities: "Medlemsmöte",
  },
  {
    goal: "Minst en medlemsvärvning i varje avdelning",
    kind: "kindOther",
    baseline: 0,
    target: 6,
    actual: 4,
    start: "2025-01-01",
    deadline: "HT 2026",
    owner: "Kretsordförande",
    countsActivities: "",
  },
  {
    goal: "Andelen nöjda medlemmar ska öka",
    kind: "kindOther",
    baseline: 72,
    target: 80,
    actual: 75,
    start: "2025-01-01",
    deadline: "HT 2026",
    owner: "DSAU",
    countsActivities: "",
  },
  {
    // A seat goal with its last election's result on the Election results tab (example-results.ts): its row shows
    // the votes and share still needed.
    goal: GOAL_KOMMUN_SEATS,
    kind: "kindSeats",
    baseline: 4,
    target: 5,
    actual: null,
    start: "2025-01-01",
    deadline: ELECTION_DAY_2026,
    owner: "Kretsordförande",
    countsActivities: "",
  },
];

/** The Activities tab's rows: Start and End from När under the row's term, as calendar dates. */
export function exampleActivityRows(): NewRow<ActivityColumn>[] {
  return EXAMPLE_ACTIVITIES.map((activity) => {
    const term = parseTerm(activity.term);
    const parsed = parseWhen(activity.when, term);
    return {
      ...activityCells({
        ...activity,
        term,
        start: parsed.ok ? parsed.start : null,
        end: parsed.ok ? parsed.end : null,
      }),
      goal: activity.goal,
    };
  });
}

/** The Membership tab's rows; the formula columns are left for set-up to fill. */
export function exampleMembershipRows(): NewRow<MembershipColumn>[] {
  return EXAMPLE_MEMBERSHIP.map((row) => ({
    constituency: row.constituency,
    branch: row.branch,
    baselineDate: calendarDate(row.baselineDate),
    baseline: row.baseline,
    growth: row.growth,
    current: row.current,
  }));
}

/** A deadline cell: a date as a calendar date, a term or year as text. */
function deadlineCell(deadline: string): NewCell {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? calendarDate(deadline) : deadline;
}

/** The Goals tab's rows, the kind in the tab's language; the computed columns are left for set-up. */
export function exampleGoalRows(language: Language): NewRow<GoalColumn>[] {
  return EXAMPLE_GOALS.map((goal) => ({
    goal: goal.goal,
    kind: t(language, goal.kind satisfies MessageKey),
    baseline: goal.baseline ?? "",
    target: goal.target,
    actual: goal.actual ?? "",
    start: calendarDate(goal.start),
    deadline: deadlineCell(goal.deadline),
    owner: goal.owner,
    countsActivities: goal.countsActivities,
  }));
}
