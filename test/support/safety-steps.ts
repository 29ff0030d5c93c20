// The data-safety test's add-on steps: menu commands and sidebar calls, and the whole list of steps.
import fc from "fast-check";
import { expect } from "vitest";
import { type Step, step, USER_STEPS } from "./safety-user-steps";
import { PLAN_TABS, World } from "./safety-world";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The menu's commands, each a fresh execution. */
export const setUp = step("set up the plan", (w) => w.load().setUpPlan());
const setUpStep = fc.constant(setUp);
const validateStep = fc.constant(step("validate the plan", (w) => w.load().validatePlan()));
const exampleStep = fc.constant(step("insert the example plan", (w) => w.load().insertExamplePlan()));

/**
 * Generate: it writes (nobody typed on the timeline), and a generation over an earlier timeline gives what a fresh
 * generation gives (the first generation, onto a new tab, is a fresh one).
 */
const generateStep = fc.constant(
  step("generate the timeline", (w) => {
    const again = w.marked("timeline") !== null;
    const result = w.load().generateTermTimeline() as { written: boolean } | undefined;
    if (result === undefined) return; // refused with a message (no Activities tab found): checked by step()
    expect(result.written, w.trail()).toBe(true);
    if (again) expect(timelineOf(w.marked("timeline")), w.trail()).toEqual(freshTimeline(w));
  }),
);

/** What the timeline shows: text, colours and notes. */
function timelineOf(sheet: Sheet | null): unknown {
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return {
    shown: range.getDisplayValues(),
    notes: range.getNotes(),
    backgrounds: range.getBackgrounds(),
    rules: sheet.getConditionalFormatRules().map((rule) => {
      const when = rule.getBooleanCondition();
      return {
        ranges: rule.getRanges().map((r) => r.getA1Notation()),
        criteria: when && [
          String(when.getCriteriaType()),
          when.getCriteriaValues(),
          when.getBackground(),
          when.getFontColor(),
        ],
      };
    }),
  };
}

/** The timeline generated afresh from the same plan, in a copy of the workbook whose timeline tab is gone. */
function freshTimeline(w: World): unknown {
  const copy = new World(w.emu.toJSON(), false);
  try {
    const old = copy.marked("timeline");
    if (old) copy.ss.deleteSheet(old);
    copy.load().generateTermTimeline();
    return timelineOf(copy.marked("timeline"));
  } finally {
    copy.dispose();
  }
}

/** The sidebar's calls. */
const addStep = fc
  .record({
    term: fc.constantFrom("HT 2025", "VT 2026", "HT 2205", ""),
    when: fc.constantFrom("nov", "1 mars", "enligt överenskommelse", "=1+1", ""),
    what: fc.constantFrom("Medlemsmöte", '=IMPORTXML("http://evil.example/";"//a")', "Ny i C", ""),
    targetGroup: fc.constantFrom("Alla", "+46 70"),
    owner: fc.constantFrom("Anna", ""),
  })
  .map((activity) => step(`add ${JSON.stringify(activity)}`, (w) => w.sidebar("addActivity", [activity])));

const TABLES = [
  "HT 2025\nDec\tJulfest\tAlla\tDS\t",
  "VT 2026\nCa. feb\tNy i C\tNya\tKansliet\t\nMars\tStämma\tAlla\tOrdförande\t",
  'HT 2025\nenligt överenskommelse\t=HYPERLINK("http://evil.example")\tAlla\t\t',
  "VT 2026\nApril\tМитинг\tAlla\t\t\nApril\tمؤتمر\tAlla\t\t",
];

const importStep = fc
  .tuple(fc.constantFrom(...TABLES), fc.boolean())
  .map(([text, preview]) =>
    step(`import ${preview ? "(preview) " : ""}${JSON.stringify(text)}`, (w) =>
      w.sidebar("importActivityTable", [text, { preview }]),
    ),
  );

const PLAN = [
  "Verksamhetsplan för Provkretsen 2025–2026",
  "",
  "Mätbara mål:",
  "- Minst 6 öppna medlemsmöten per år.",
  "",
  "Medlemmar per avdelning",
  "",
  "Avdelning\tMedlemmar 2024-12-31\tMål ökning\tMål 2026",
  "Centrum\t212\t15 %\t",
  "Norra\t88\t10 %\t",
  "",
  "Vårtermin 2026",
  "När?\tVad?\tMålgrupp\tVem ansvarar?\tKlar:",
  "Feb\tUtbildning\tNya ledamöter\tOrdförande",
].join("\n");

export function importPlan(options: { preview: boolean; widenPeriod?: boolean }): Step {
  return step(`import a whole plan ${JSON.stringify(options)}`, (w) =>
    w.sidebar("importPlanDocument", [PLAN, options]),
  );
}

const importPlanStep = fc
  .constantFrom({ preview: true }, { preview: false }, { preview: false, widenPeriod: true })
  .map(importPlan);

const readStep = fc
  .constantFrom("getDashboard", "getPlanProblems", "takeSidebarView")
  .map((name) => step(`sidebar ${name}`, (w) => w.sidebar(name, [])));

const linkStep = fc
  .record({
    tab: fc.constantFrom(...PLAN_TABS),
    row: fc.integer({ min: 1, max: 40 }),
    column: fc.integer({ min: 1, max: 20 }),
  })
  .map((link) => step(`follow the link ${JSON.stringify(link)}`, (w) => w.sidebar("selectCell", [link])));

/** Every step: the user's, and the add-on's commands and sidebar calls. */
export const STEPS = [
  ...USER_STEPS,
  setUpStep,
  generateStep,
  validateStep,
  exampleStep,
  addStep,
  importStep,
  importPlanStep,
  readStep,
  linkStep,
];
