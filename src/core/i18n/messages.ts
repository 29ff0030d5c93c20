// The one message table: every text the user sees, in Swedish and English.
import type { Language } from "./language";

interface Text {
  readonly sv: string;
  readonly en: string;
}

export const MESSAGES = {
  // --- menu ---
  menuTitle: { sv: "Verksamhetsplan", en: "Activity plan" },
  menuSetUpPlan: { sv: "Skapa eller reparera planen", en: "Set up plan" },
  menuGenerateTimeline: { sv: "Skapa tidslinje för terminerna", en: "Generate term timeline" },
  menuValidatePlan: { sv: "Kontrollera planen", en: "Validate plan" },
  menuShowSidebar: { sv: "Öppna sidopanelen", en: "Open sidebar" },
  menuInsertExample: { sv: "Infoga exempelplan", en: "Insert example plan" },

  // --- tabs and columns ---
  tabGoals: { sv: "Mål", en: "Goals" },
  tabActivities: { sv: "Aktiviteter", en: "Activities" },
  tabMembership: { sv: "Medlemmar", en: "Membership" },
  tabSettings: { sv: "Inställningar", en: "Settings" },
  tabTimeline: { sv: "Tidslinje", en: "Timeline" },
  colTerm: { sv: "Termin", en: "Term" },
  colWhen: { sv: "När", en: "When" },
  colStart: { sv: "Start", en: "Start" },
  colEnd: { sv: "Slut", en: "End" },
  colWhat: { sv: "Vad", en: "What" },
  colTargetGroup: { sv: "Målgrupp", en: "Target group" },
  colOwner: { sv: "Ansvarig", en: "Responsible" },
  colDone: { sv: "Klar", en: "Done" },
  colGoal: { sv: "Mål", en: "Goal" },
  colConstituency: { sv: "Valkrets", en: "Constituency" },
  colBranch: { sv: "Krets/avdelning", en: "Branch" },
  colBaselineDate: { sv: "Basdatum", en: "Baseline date" },
  colMembersAtBaseline: { sv: "Medlemmar vid basdatum", en: "Members at baseline" },
  colGrowth: { sv: "Tillväxt %", en: "Growth %" },
  colMemberTarget: { sv: "Mål", en: "Target" },
  colCurrent: { sv: "Nu", en: "Current" },
  colGap: { sv: "Kvar att värva", en: "Still to recruit" },
  colProgress: { sv: "Framsteg", en: "Progress" },
  colKind: { sv: "Typ", en: "Kind" },
  colBaseline: { sv: "Utgångsläge", en: "Baseline" },
  colGoalTarget: { sv: "Målvärde", en: "Target" },
  colActual: { sv: "Utfall", en: "Actual" },
  colDeadline: { sv: "Klart senast", en: "Deadline" },
  colStatus: { sv: "Status", en: "Status" },
  colExpected: { sv: "Förväntat i dag", en: "Expected today" },
  colCountsActivities: {
    sv: "Räknar aktiviteter vars Vad innehåller",
    en: "Counts activities whose What contains",
  },
  colPlanned: { sv: "Planerat", en: "Planned" },
  colCompareWith: { sv: "Jämför med", en: "Compare with" },
  colManualStatus: { sv: "Egen status", en: "Own status" },
  colComment: { sv: "Kommentar", en: "Comment" },
  colPerPeriod: { sv: "Per termin/år (klara/planerade)", en: "Per term/year (done/planned)" },
  colPeriodCounts: { sv: "Alla perioder (hjälpkolumn)", en: "All periods (helper column)" },
  colStartDate: { sv: "Start (datum)", en: "Start (date)" },
  colDeadlineDate: { sv: "Klart senast (datum)", en: "Deadline (date)" },
  colVotesNeeded: { sv: "Röster som behövs", en: "Votes needed" },
  colShareNeeded: { sv: "Andel som behövs", en: "Share needed" },
  colSetting: { sv: "Inställning", en: "Setting" },
  colValue: { sv: "Värde", en: "Value" },
  colHelp: { sv: "Förklaring", en: "Help" },
  totalRow: { sv: "Totalt", en: "Total" },
  totalMissingCurrent: { sv: "Rader utan Nu: {count}", en: "Rows without Current: {count}" },
  kindSeats: { sv: "mandat", en: "seats" },
  kindMembers: { sv: "medlemmar", en: "members" },
  kindActivities: { sv: "aktiviteter", en: "activities" },
  kindVoteShare: { sv: "väljarstöd", en: "vote share" },
  kindOther: { sv: "övrigt", en: "other" },

  // --- settings tab ---
  settingOrganisation: { sv: "Organisation", en: "Organisation" },
  settingOrganisationHelp: {
    sv: "Distriktets, kretsens eller föreningens namn",
    en: "Name of the district, branch or association",
  },
  settingFirstTerm: { sv: "Första termin", en: "First term" },
  settingFirstTermHelp: {
    sv: "Planperiodens första termin, t.ex. VT 2024",
    en: "First term of the plan period, e.g. VT 2024",
  },
  settingLastTerm: { sv: "Sista termin", en: "Last term" },
  settingLastTermHelp: {
    sv: "Planperiodens sista termin, t.ex. HT 2026",
    en: "Last term of the plan period, e.g. HT 2026",
  },
  settingToday: { sv: "I dag", en: "Today" },
  settingTodayHelp: {
    sv: "Lämna tomt för dagens datum. Skriv ett datum för att se planen som den dagen.",
    en: "Leave empty for the real date. Type a date to see the plan as of that day.",
  },
  settingEffectiveToday: { sv: "I dag (används)", en: "Today (in use)" },
  settingEffectiveTodayHelp: { sv: "Räknas fram, ändra inte", en: "Computed; do not edit" },
  settingElections: { sv: "Valdagar", en: "Election days" },
  settingElectionsHelp: {
    sv: "Ett val per rad: namn i första kolumnen, datum i den andra",
    en: "One election a row: name in the first column, date in the second",
  },
  electionGeneral: {
    sv: "Val till riksdag, region och kommun",
    en: "General election (riksdag, region, kommun)",
  },
  electionEu: { sv: "Europaparlamentsval", en: "European Parliament election" },
  electionChurch: { sv: "Kyrkoval", en: "Church of Sweden election" },

  // --- validation help texts ---
  helpTerm: { sv: "Välj en termin i listan, t.ex. VT 2025.", en: "Pick a term from the list, e.g. VT 2025." },
  helpDate: { sv: "Skriv ett datum, t.ex. 2025-03-15.", en: "Type a date, e.g. 2025-03-15." },
  helpCount: { sv: "Ett helt antal, 0 eller mer.", en: "A whole number, 0 or more." },
  helpGrowth: {
    sv: "Tillväxt i procent, t.ex. 10 %. Ett tal över 1 och högst 100 utan %-tecken läses som procent: 10 blir 10 %.",
    en: "Growth in percent, e.g. 10 %. A number over 1 and at most 100 typed without % is read as percent: 10 is 10 %.",
  },
  helpGoalStatus: {
    sv: "Välj målets status när den inte kan räknas fram ur siffror.",
    en: "Pick the goal's status when no numbers tell it.",
  },
  helpGoalKind: { sv: "Välj vad målet mäter.", en: "Pick what the goal measures." },
  helpGoalRef: { sv: "Välj ett mål från fliken Mål.", en: "Pick a goal from the Goals tab." },
  helpNumber: { sv: "Ett tal.", en: "A number." },

  // --- set up plan ---
  setupTitle: { sv: "Planen är klar att använda", en: "The plan is ready" },
  setupCreatedTab: { sv: "Skapade fliken {tab}.", en: "Created the {tab} tab." },
  setupRestoredHeaders: {
    sv: "{tab}: återställde {count} rubriker.",
    en: "{tab}: restored {count} headers.",
  },
  setupInsertedHeaderRow: {
    sv: "{tab}: rad 1 innehöll data, så en rubrikrad lades in ovanför. Inget togs bort.",
    en: "{tab}: row 1 held data, so a header row was inserted above it. Nothing was removed.",
  },
  setupTypedFormulaCells: {
    sv: "{tab}: kolumnen {column} har inskrivna värden, så inga formler lades in där.",
    en: "{tab}: column {column} holds typed values, so no formulas were added there.",
  },
  setupSpillApart: {
    sv: "{tab}: kolumnerna {columns} ska stå bredvid varandra i den ordningen, så inga formler lades in där. Flytta tillbaka dem och välj ”Skapa eller reparera planen” igen.",
    en: "{tab}: columns {columns} must stand side by side in that order, so no formulas were added there. Move them back and choose “Set up plan” again.",
  },
  setupAddedSetting: {
    sv: "Inställningar: lade till raden {setting}.",
    en: "Settings: added the {setting} row.",
  },
  chartMembershipTitle: {
    sv: "Medlemsmål och medlemmar nu per valkrets",
    en: "Member target and current members per constituency",
  },
  checkCellError: {
    sv: "cellen visar {error} ({count} celler i kolumnen). Oftast står ett inskrivet värde i vägen för en formel som fyller kolumnen: töm det, eller välj ”Skapa eller reparera planen”.",
    en: "the cell shows {error} ({count} cells in the column). Usually a typed value stands in the way of a formula that fills the column: clear it, or choose “Set up plan”.",
  },
  linkRowGone: {
    sv: "Rad {row} finns inte längre på fliken {tab}: raderna har ändrats sedan listan visades. Tryck på Uppdatera.",
    en: "Row {row} is no longer on the {tab} tab: the rows changed since the list was shown. Press Refresh.",
  },
  setupBusy: {
    sv: "Någon annan arbetar med planen just nu. Vänta en stund och försök igen.",
    en: "Someone else is working on the plan right now. Wait a moment and try again.",
  },
  setupNothingToRepair: { sv: "Allt var redan på plats.", en: "Everything was already in place." },

  // --- targets and custom functions ---
  paceDone: { sv: "Klar", en: "Done" },
  paceOnTrack: { sv: "I fas", en: "On track" },
  paceBehind: { sv: "Efter", en: "Behind" },
  paceNotStarted: { sv: "Ej påbörjad", en: "Not started" },
  errorCellNotNumber: {
    sv: "{name} ska vara ett tal, inte ”{value}”.",
    en: '{name} must be a number, not "{value}".',
  },
  errorCellNotPercent: {
    sv: "{name} ska vara en procentsats som 10 % eller 0,1, inte ”{value}”.",
    en: '{name} must be a percentage such as 10 % or 0.1, not "{value}".',
  },
  errorCellNotDate: {
    sv: "{name} ska vara ett datum som 2025-03-15, inte ”{value}”.",
    en: '{name} must be a date such as 2025-03-15, not "{value}".',
  },
  errorCellNotDeadline: {
    sv: "{name} ska vara ett datum, ett år (2026) eller en termin (HT 2026), inte ”{value}”.",
    en: '{name} must be a date, a year (2026) or a term (HT 2026), not "{value}".',
  },
  errorDateOutsideTerms: {
    sv: "{name} ”{value}” ligger utanför de terminer en plan kan ha (VT 1900–HT 2999).",
    en: '{name} "{value}" is outside the terms a plan can have (VT 1900–HT 2999).',
  },
  errorCellNotTerm: {
    sv: "{name} ska vara en termin som VT 2025 eller HT 2025, inte ”{value}”.",
    en: '{name} must be a term such as VT 2025 or HT 2025, not "{value}".',
  },
  errorCellNotBoolean: {
    sv: "{name} ska vara SANT eller FALSKT, inte ”{value}”.",
    en: '{name} must be TRUE or FALSE, not "{value}".',
  },
  errorPeriodUnit: {
    sv: "per ska vara ”termin” eller ”år”, inte ”{value}”.",
    en: 'per must be "term" or "year", not "{value}".',
  },
  errorDoneOnlyNeedsDones: {
    sv: "done_only = SANT behöver Klar-kolumnen som argumentet dones, t.ex. Aktiviteter!H2:H.",
    en: "done_only TRUE needs the Klar (done) column as the dones argument, e.g. Activities!H2:H.",
  },
  errorCellNotText: {
    sv: "{name} ska vara text, inte ”{value}”.",
    en: '{name} must be text, not "{value}".',
  },
  errorCellRequired: { sv: "{name} är tom men behövs här.", en: "{name} is empty but is needed here." },
  errorSingleCellExpected: {
    sv: "{name} ska vara en enda cell, inte ett område.",
    en: "{name} must be a single cell, not a range.",
  },
  errorNotARange: {
    sv: "{name} är inte ett rektangulärt cellområde.",
    en: "{name} is not a rectangular range of cells.",
  },
  errorRangeSizesDiffer: {
    sv: "{first} ({firstSize}) och {second} ({secondSize}) ska vara lika stora områden eller enstaka celler.",
    en: "{first} ({firstSize}) and {second} ({secondSize}) must be ranges of the same size, or single cells.",
  },
  errorBaseNotWholeCount: {
    sv: "Basen ska vara ett helt antal medlemmar, 0 eller fler, inte {value}.",
    en: "The base must be a whole number of members, 0 or more, not {value}.",
  },
  errorGrowthOutOfRange: {
    sv: "Ökningen ska vara mellan −100 % och 1000 %, inte {value}.",
    en: "The growth must be between −100 % and 1000 %, not {value}.",
  },
  errorRoundingUnknown: {
    sv: "Avrundningen ska vara ”närmast”, ”upp”, ”ned” eller ett steg som 10, inte ”{value}”.",
    en: 'The rounding must be "nearest", "up", "down" or a step such as 10, not "{value}".',
  },
  errorPaceDatesReversed: {
    sv: "Starten ({start}) får inte komma efter slutdatumet ({deadline}).",
    en: "The start ({start}) must not come after the deadline ({deadline}).",
  },

  // --- När (when) parsing ---
  whenEmpty: {
    sv: "När? är tomt. Skriv en månad (”mars”), ett datum (”1 maj”), ”under våren” eller ”löpande”.",
    en: "When? is empty. Write a month (“mars”), a date (“1 maj”), “under våren” or “löpande”.",
  },
  whenUnreadable: {
    sv: "”{text}” går inte att läsa som en tidpunkt. Skriv t.ex. ”mars”, ”1 maj”, ”ca feb”, ”jan–mars”, ”v. 12”, ”under våren” eller ”4 ggr/år”.",
    en: "“{text}” cannot be read as a time. Write e.g. “mars”, “1 maj”, “ca feb”, “jan–mars”, “v. 12”, “under våren” or “4 ggr/år”.",
  },
  whenNoYear: {
    sv: "”{text}” säger inte vilket år. Lägg raden under en terminsrubrik (t.ex. ”Vårtermin 2025”) eller skriv året, t.ex. ”mars 2025”.",
    en: "“{text}” does not say which year. Put the row under a term heading (e.g. “Vårtermin 2025”) or write the year, e.g. “mars 2025”.",
  },
  whenInvalidDate: {
    sv: "”{text}” är inget datum som finns i kalendern (som 30 februari, eller vecka 53 ett år som saknar den).",
    en: "“{text}” is not a date in the calendar (like 30 February, or week 53 in a year without one).",
  },
  whenOutsideTerm: {
    sv: "”{text}” ligger utanför terminen raden står under. Kontrollera året eller flytta raden till rätt termin.",
    en: "“{text}” falls outside the term the row stands under. Check the year or move the row to the right term.",
  },
  whenReversedSpan: {
    sv: "”{text}” slutar innan den börjar. Skriv den tidigaste tidpunkten först, t.ex. ”jan–mars”.",
    en: "“{text}” ends before it starts. Write the earliest time first, e.g. “jan–mars”.",
  },

  // --- timeline ---
  timelineTitle: { sv: "Tidslinje {organisation}", en: "Timeline {organisation}" },
  timelineGenerated: {
    sv: "Skapad {date} från fliken {tab}. Färgerna följer Klar, Start och Slut; nya rader kommer med när du skapar tidslinjen igen.",
    en: "Generated {date} from the {tab} tab. Colours follow Done, Start and End; new rows appear when you generate again.",
  },
  timelineDone: { sv: "Klar", en: "Done" },
  timelineLate: { sv: "Sen", en: "Late" },
  timelineUnderway: { sv: "Pågår", en: "Under way" },
  timelineComing: { sv: "Kommande", en: "Coming" },
  timelineApproximate: { sv: "Ungefär", en: "Approximate" },
  timelineToday: { sv: "I dag", en: "Today" },
  timelineElection: { sv: "Val", en: "Election" },
  timelineNoTerm: { sv: "Utan termin", en: "No term" },
  timelineHelperStart: { sv: "Start (hjälp)", en: "Start (helper)" },
  timelineHelperEnd: { sv: "Slut (hjälp)", en: "End (helper)" },
  timelineHelperApprox: { sv: "Ungefärlig (hjälp)", en: "Approximate (helper)" },
  timelineHelperShape: { sv: "Form (hjälp)", en: "Shape (helper)" },
  timelineHelperRow: { sv: "Rad i {tab}", en: "Row in {tab}" },
  timelineHelperToday: { sv: "I dag (hjälp)", en: "Today (helper)" },
  timelineMonthRow: {
    sv: "(månadernas startdatum, för färgerna)",
    en: "(month start dates, for the colours)",
  },
  timelineUnreadable: { sv: "⚠ {problem}", en: "⚠ {problem}" },
  timelineNoWhen: { sv: "När saknas", en: "When is missing" },
  timelineBusy: {
    sv: "Någon annan skapar tidslinjen just nu. Vänta en stund och försök igen.",
    en: "Someone else is generating the timeline right now. Wait a moment and try again.",
  },
  timelineEditedTitle: { sv: "Tidslinjen är ändrad för hand", en: "The timeline was edited by hand" },
  timelineEdited: {
    sv: "Någon har skrivit på fliken Tidslinje sedan den skapades. Skapar du om den försvinner det som skrivits där. Skapa om den ändå?",
    en: "Someone has typed on the Timeline tab since it was generated. Generating it again removes what was typed there. Generate it anyway?",
  },
  timelineTooWide: {
    sv: "{cell}: ”{text}” skulle göra tidslinjen {years} år lång. Den visar högst {max} år, så inget skapades. Rätta cellen och försök igen.",
    en: "{cell}: “{text}” would make the timeline {years} years long. It shows at most {max} years, so nothing was generated. Correct the cell and try again.",
  },
  timelineNoActivities: {
    sv: "Fliken {tab} saknas. Välj först ”Skapa eller reparera planen”.",
    en: "The {tab} tab is missing. Choose “Set up plan” first.",
  },

  // --- on edit ---
  noteWhenUnreadable: {
    sv: "Kunde inte läsa När: {problem} Start och Slut lämnades tomma. Skriv t.ex. ”mars”, ”ca feb”, ”1 maj”, ”jan–mars” eller ”v. 12”.",
    en: "Could not read When: {problem} Start and End were left empty. Write e.g. “mars”, “ca feb”, “1 maj”, “jan–mars” or “v. 12”.",
  },

  // --- sidebar ---
  sidebarTabOverview: { sv: "Översikt", en: "Overview" },
  sidebarTabProblems: { sv: "Problem", en: "Problems" },
  sidebarTabAdd: { sv: "Lägg till", en: "Add" },
  sidebarTabImport: { sv: "Importera", en: "Import" },
  sidebarRefresh: { sv: "Uppdatera", en: "Refresh" },
  sidebarWorking: { sv: "Arbetar…", en: "Working…" },
  sidebarGoals: { sv: "Mål", en: "Goals" },
  sidebarNoGoals: { sv: "Planen har inga mål ännu.", en: "No goals in the plan yet." },
  sidebarGoalCounts: {
    sv: "{done} klara av {planned} planerade, mål {target}",
    en: "{done} done of {planned} planned, target {target}",
  },
  sidebarGoalEarlier: { sv: "tidigare {periods}", en: "earlier {periods}" },
  sidebarGoalCountsNoTarget: {
    sv: "{done} klara av {planned} planerade",
    en: "{done} done of {planned} planned",
  },
  sidebarMembership: { sv: "Medlemmar per valkrets", en: "Members per constituency" },
  sidebarNoMembership: { sv: "Inga medlemsrader ännu.", en: "No membership rows yet." },
  sidebarDueThisMonth: { sv: "Att göra denna månad", en: "Due this month" },
  sidebarNoDue: { sv: "Inget planerat denna månad.", en: "Nothing planned this month." },
  sidebarOverdue: { sv: "Försenade", en: "Overdue" },
  sidebarNoOverdue: { sv: "Inget är försenat. Bra jobbat!", en: "Nothing overdue. Well done!" },
  sidebarEndedOn: { sv: "Skulle vara klar {date}, {ago}", en: "Due {date}, {ago}" },
  sidebarDueOn: { sv: "Klart senast {date}", en: "Due {date}" },
  sidebarMarkDoneTitle: { sv: "Markera som klart", en: "Mark as done" },
  sidebarMarkDoneHelp: {
    sv: "För en plan som förts in mitt i perioden: bocka i Klar för varje aktivitet som slutade före ett datum. Inget bockas ur.",
    en: "For a plan entered mid-period: tick Done for every activity that ended before a date. Nothing is unticked.",
  },
  sidebarMarkDoneBefore: { sv: "Slutade före", en: "Ended before" },
  sidebarMarkDonePreview: { sv: "Visa vilka", en: "Show which" },
  sidebarMarkDoneDateFirst: { sv: "Välj ett datum först.", en: "Choose a date first." },
  sidebarMarkDoneNone: {
    sv: "Inga öppna aktiviteter slutade före {date}.",
    en: "No open activities ended before {date}.",
  },
  sidebarMarkDoneConfirm: { sv: "Markera {count} som klara", en: "Mark {count} as done" },
  sidebarMarkDoneResult: { sv: "Markerade {count} som klara:", en: "Marked {count} as done:" },
  markDoneEnded: { sv: "slutade {date}", en: "ended {date}" },
  markDoneNoColumn: {
    sv: "Kolumnen {column} saknas på fliken {tab}. Välj ”Skapa eller reparera planen” i menyn.",
    en: "The {column} column is missing on the {tab} tab. Choose “Set up plan” in the menu.",
  },
  agoDay: { sv: "för {count} dag sedan", en: "{count} day ago" },
  agoDays: { sv: "för {count} dagar sedan", en: "{count} days ago" },
  agoWeek: { sv: "för {count} vecka sedan", en: "{count} week ago" },
  agoWeeks: { sv: "för {count} veckor sedan", en: "{count} weeks ago" },
  agoMonth: { sv: "för {count} månad sedan", en: "{count} month ago" },
  agoMonths: { sv: "för {count} månader sedan", en: "{count} months ago" },
  agoYear: { sv: "för {count} år sedan", en: "{count} year ago" },
  agoYears: { sv: "för {count} år sedan", en: "{count} years ago" },
  sidebarShowInSheet: { sv: "Visa i arket", en: "Show in the sheet" },
  sidebarCheckAgain: { sv: "Kontrollera igen", en: "Check again" },
  sidebarNoProblems: {
    sv: "Planen ser bra ut: inga problem hittades.",
    en: "The plan looks fine: no problems found.",
  },
  sidebarSeverityError: { sv: "Fel", en: "Error" },
  sidebarSeverityWarning: { sv: "Varning", en: "Warning" },
  sidebarWhenHint: { sv: "t.ex. mars, 1 maj, sep–okt", en: "e.g. Mar, 1 May, Sep–Oct" },
  sidebarRequired: { sv: "obligatoriskt", en: "required" },
  sidebarWhatMissing: { sv: "Skriv vad aktiviteten är.", en: "Write what the activity is." },
  sidebarAddSubmit: { sv: "Lägg till aktivitet", en: "Add activity" },
  sidebarAdded: { sv: "Tillagd på rad {row}.", en: "Added to row {row}." },
  sidebarImportHelp: {
    sv: "Klistra in aktivitetstabellen från plandokumentet, med terminsrubrikerna.",
    en: "Paste the activity table from the plan document, with its term headings.",
  },
  sidebarImportPreview: { sv: "Förhandsgranska", en: "Preview" },
  sidebarImportPasteFirst: { sv: "Klistra in en tabell först.", en: "Paste a table first." },
  sidebarImportNoRows: { sv: "Inga aktivitetsrader hittades.", en: "No activity rows were found." },
  sidebarImportSummary: {
    sv: "{rows} rader: {duplicates} finns redan, {problems} med problem",
    en: "{rows} rows: {duplicates} already in the plan, {problems} with problems",
  },
  sidebarImportDuplicate: { sv: "finns redan", en: "already in the plan" },
  sidebarImportNoDate: { sv: "datumet kunde inte läsas", en: "date not understood" },
  sidebarImportConfirm: { sv: "Importera {count} rader", en: "Import {count} rows" },
  sidebarImportResult: {
    sv: "Importerade {imported} rader. Hoppade över {duplicates} som redan fanns.",
    en: "Imported {imported} rows. Skipped {duplicates} already in the plan.",
  },
  sidebarProblemsHeading: { sv: "Problem", en: "Problems" },

  // --- validate plan ---
  checkAt: { sv: "{tab}, rad {row}: {message}", en: "{tab}, row {row}: {message}" },
  checkMissingTab: {
    sv: "Fliken {tab} saknas. Välj ”Skapa eller reparera planen” i menyn.",
    en: "The {tab} tab is missing. Choose “Set up plan” in the menu.",
  },
  checkPeriodTooLong: {
    sv: "Planperioden {first}–{last} är {years} år lång; tidslinjen visar högst {max} år. Stämmer årtalen?",
    en: "The plan period {first}–{last} is {years} years long; the timeline shows at most {max} years. Are the years right?",
  },
  checkNoHeaders: {
    sv: "Fliken {tab} har inga rubriker kvar, så inget skrevs. Välj ”Skapa eller reparera planen” i menyn.",
    en: "The {tab} tab has lost its headers, so nothing was written. Choose “Set up plan” in the menu.",
  },
  checkNoPlanPeriod: {
    sv: "Planperioden saknas: fyll i Första termin och Sista termin på fliken {tab}.",
    en: "The plan period is missing: fill in First term and Last term on the {tab} tab.",
  },
  checkNoWhat: {
    sv: "Vad är tomt. Skriv vad aktiviteten är.",
    en: "What is empty. Write what the activity is.",
  },
  checkNotTerm: {
    sv: "”{value}” är ingen termin. Skriv t.ex. VT 2025 eller HT 2025.",
    en: "“{value}” is not a term. Write e.g. VT 2025 or HT 2025.",
  },
  checkTermOutsidePlan: {
    sv: "{term} ligger utanför planperioden {first}–{last}.",
    en: "{term} is outside the plan period {first}–{last}.",
  },
  checkEndBeforeStart: {
    sv: "Slut ({end}) kommer före Start ({start}).",
    en: "End ({end}) comes before Start ({start}).",
  },
  checkCountNotWhole: {
    sv: "{column} ska vara ett helt antal, 0 eller fler, inte ”{value}”.",
    en: "{column} must be a whole number, 0 or more, not “{value}”.",
  },
  checkGrowthNotPercent: {
    sv: "{column} ska vara en procentsats som 10 %, inte ”{value}”.",
    en: "{column} must be a percentage such as 10 %, not “{value}”.",
  },
  checkGrowthOutOfRange: {
    sv: "Tillväxten {value} ligger utanför −100 % till 1000 %.",
    en: "The growth {value} is outside −100 % to 1000 %.",
  },
  noteGrowthReadAsPercent: {
    sv: "Läst som {percent} %: du skrev {typed}, och ett tal över 1 och högst 100 i Tillväxt % läses som procent.",
    en: "Read as {percent} %: you typed {typed}, and a number over 1 and at most 100 in Growth % is read as percent.",
  },
  checkGrowthLarge: {
    sv: "Tillväxten {value} är ovanligt stor (mer än ±100 %). Stämmer den?",
    en: "The growth {value} is unusually large (beyond ±100 %). Is it right?",
  },
  checkGoalNoDeadline: {
    sv: "Målet ”{goal}” har ett målvärde men inget datum i Klart senast.",
    en: "The goal “{goal}” has a target but no Deadline.",
  },
  checkGoalNoPattern: {
    sv: "Målet ”{goal}” räknar aktiviteter men säger inte vilka. Skriv en text i kolumnen ”{column}”.",
    en: "The goal “{goal}” counts activities but does not say which. Write a text in the “{column}” column.",
  },
  checkDuplicate: {
    sv: "”{what}” ({when}) står redan på rad {row}.",
    en: "“{what}” ({when}) is already on row {row}.",
  },
  validateTitle: { sv: "Kontroll av planen", en: "Plan check" },
  validateSummary: {
    sv: "{errors} fel och {warnings} varningar. Sidopanelen visar dem under Problem.",
    en: "{errors} errors and {warnings} warnings. The sidebar lists them under Problems.",
  },
  validateNone: { sv: "Inga problem hittades.", en: "No problems found." },
  editCheckTitle: { sv: "Kontrollera värdet", en: "Check the value" },

  // --- add and import activities ---
  addWhatRequired: { sv: "Skriv vad aktiviteten är (Vad).", en: "Write what the activity is (What)." },
  activitiesBusy: {
    sv: "Någon annan lägger till aktiviteter just nu. Vänta en stund och försök igen.",
    en: "Someone else is adding activities right now. Wait a moment and try again.",
  },
  importLine: { sv: "Rad {line} i texten: {message}", en: "Line {line} of the text: {message}" },
  importNoTerm: {
    sv: "ingen terminsrubrik ovanför ”{text}”, så Termin lämnas tom. Lägg t.ex. ”Vårtermin 2025” överst.",
    en: "no term heading above “{text}”, so Term is left empty. Put e.g. “Vårtermin 2025” at the top.",
  },
  importNoWhat: { sv: "Vad saknas (”{text}”).", en: "What is missing (“{text}”)." },
  importTooManyCells: {
    sv: "fler celler än kolumner; det här kom inte med: {text}",
    en: "more cells than columns; this was left out: {text}",
  },
  importHeaderUnknown: {
    sv: "”{text}” förstods inte och kom inte med.",
    en: "“{text}” was not understood and was left out.",
  },
  importDuplicate: {
    sv: "”{what}” ({when}) finns redan på rad {row} och importerades inte igen.",
    en: "“{what}” ({when}) is already on row {row} and was not imported again.",
  },
  importRepeated: {
    sv: "”{what}” ({when}) står redan på rad {first} i texten och importeras bara en gång.",
    en: "“{what}” ({when}) is already on line {first} of the text and is imported only once.",
  },

  // --- example plan ---
  exampleTitle: { sv: "Exempelplan", en: "Example plan" },
  exampleHasData: {
    sv: "Planen innehåller redan data på {tabs}. Exempelplanen läggs bara in i en tom plan, så inget ändrades.",
    en: "The plan already holds data on {tabs}. The example plan only goes into an empty plan, so nothing was changed.",
  },
  exampleInserted: {
    sv: "Exempelplanen är inlagd: {activities} aktiviteter, {constituencies} medlemsrader och {goals} mål.",
    en: "The example plan is in place: {activities} activities, {constituencies} membership rows and {goals} goals.",
  },

  // --- general errors ---
  errorNotComputable: {
    sv: "talen är för stora, eller för nära varandra, för att räkna med",
    en: "the numbers are too large, or too close together, to compute with",
  },
  errorBadRequest: {
    sv: "Sidopanelen skickade något som inte gick att läsa ({what}). Ladda om sidopanelen och försök igen.",
    en: "The sidebar sent something that could not be read ({what}). Reload the sidebar and try again.",
  },
  errorUnexpected: {
    sv: "Något gick fel: {detail}. Inget av det du skrivit har ändrats.",
    en: "Something went wrong: {detail}. Nothing you typed has been changed.",
  },

  // --- elections and seats ---
  electionFullGeneral: {
    sv: "Allmänna val till riksdagen, regionfullmäktige och kommunfullmäktige",
    en: "General elections to the Riksdag, the regional councils and the municipal councils",
  },
  electionFullEu: { sv: "Val till Europaparlamentet", en: "Election to the European Parliament" },
  electionFullChurch: {
    sv: "Kyrkoval i Svenska kyrkan (kyrkomötet, stiftsfullmäktige och kyrkofullmäktige)",
    en: "Church of Sweden elections (the Church Assembly, diocesan and parish councils)",
  },
  electionNote: { sv: "{name}, {date}.", en: "{name}, {date}." },
  electionNoteGeneral: {
    sv: "Den nya riksdagen samlas {riksdag}. Nya region- och kommunfullmäktige tillträder {councils}.",
    en: "The new Riksdag meets on {riksdag}. The new regional and municipal councils take office on {councils}.",
  },
  errorNotAYear: {
    sv: "{name} ska vara ett år som 2026, inte ”{value}”.",
    en: '{name} must be a year such as 2026, not "{value}".',
  },
  errorElectionKindUnknown: {
    sv: "kind ska vara ”allmänna” (riksdag, region, kommun), ”EU” eller ”kyrkoval”, inte ”{value}”. Tomt = allmänna val.",
    en: 'kind must be "general" (riksdag, region, kommun), "EU" or "church", not "{value}". Blank = the general election.',
  },
  errorNoElection: {
    sv: "Valkalendern har inget ”{election}” år {year}. Närmaste år med det valet: {nearby}.",
    en: 'The election calendar has no "{election}" in {year}. Nearest years with that election: {nearby}.',
  },
  seatsByLot: { sv: "{seats}–{more} (lott)", en: "{seats}–{more} (by lot)" },
  errorVotesNotColumn: {
    sv: "votes ska vara en kolumn (eller en rad) med ett parti per cell, t.ex. =SEATS(B2:B9; 101).",
    en: "votes must be one column (or one row) with one party a cell, e.g. =SEATS(B2:B9, 101).",
  },
  errorVoteNotCount: {
    sv: "votes, cell {row}: röster ska vara ett tal, 0 eller fler, inte ”{value}”.",
    en: 'votes, cell {row}: votes must be a number, 0 or more, not "{value}".',
  },
  errorSeatsNotCount: {
    sv: "{name} ska vara ett helt antal mandat från 0 till {max}, inte ”{value}”.",
    en: '{name} must be a whole number of seats from 0 to {max}, not "{value}".',
  },
  errorThresholdOutOfRange: {
    sv: "threshold (spärren) ska vara en andel av rösterna, från 0 % upp till under 100 %, t.ex. 4 %, inte {value}.",
    en: "threshold must be a share of the votes, from 0 % up to below 100 %, e.g. 4 %, not {value}.",
  },
  errorFirstDivisorOutOfRange: {
    sv: "first_divisor (första divisorn) ska vara från 1 upp till under 3: 1,2 sedan 2018, 1,4 före. Inte {value}.",
    en: "first_divisor must be from 1 up to below 3: 1.2 since 2018, 1.4 before. Not {value}.",
  },
  errorNoVotes: {
    sv: "Inget parti har några röster, så inga mandat kan fördelas.",
    en: "No party has any votes, so no seats can be allocated.",
  },
  errorNoPartyPassesThreshold: {
    sv: "Inget parti når spärren (threshold), så inga mandat kan fördelas.",
    en: "No party reaches the threshold, so no seats can be allocated.",
  },
  errorPartyRowOutOfRange: {
    sv: "party_row ska vara partiets plats i votes, ett helt tal från 1 till {count}, inte ”{value}”.",
    en: 'party_row must be the party\'s place in votes, a whole number from 1 to {count}, not "{value}".',
  },
  errorSeatsWantedTooMany: {
    sv: "seats_wanted ({wanted}) är fler än de {seats} mandat som fördelas.",
    en: "seats_wanted ({wanted}) is more than the {seats} seats to allocate.",
  },

  // --- plan document import ---
  whenNoElection: {
    sv: "”{text}”: det året är inget allmänt val (de hålls 2022, 2026, 2030 …). Skriv valåret, t.ex. ”efter valet 2026”, eller en månad.",
    en: "“{text}”: that year has no general election (they are in 2022, 2026, 2030 …). Write the election year, e.g. “efter valet 2026”, or a month.",
  },
  docNotUnderstood: {
    sv: "”{text}” förstods inte och kom inte med.",
    en: "“{text}” was not understood and was left out.",
  },
  docGoalNoElection: {
    sv: "Målet nämner valet {year}, men det året är inget sådant val. Klart senast blir årets slut; rätta året om det är fel.",
    en: "The goal names the {year} election, but there is no such election that year. The deadline is the year's end; correct the year if it is wrong.",
  },
  docGoalRepeated: {
    sv: "Målet ”{text}” står redan på rad {first} i texten och kom bara med en gång.",
    en: "The goal “{text}” is already on line {first} of the text and was taken only once.",
  },
  docMembershipNoNumbers: {
    sv: "{name}: raden har inget medlemsantal.",
    en: "{name}: the row has no member count.",
  },
  docMembershipNotCount: {
    sv: "{name}: ”{value}” är inget helt antal medlemmar.",
    en: "{name}: “{value}” is not a whole number of members.",
  },
  docMembershipGrowthOutOfRange: {
    sv: "{name}: ökningen {growth} ligger utanför −100 % till 1000 %.",
    en: "{name}: the growth {growth} is outside −100 % to 1000 %.",
  },
  docMembershipTargetMismatch: {
    sv: "{name}: målet {target} stämmer inte med {members} ökat med {growth}, som blir {expected}. Målet {target} behölls; kontrollera siffrorna.",
    en: "{name}: the target {target} does not match {members} grown by {growth}, which is {expected}. The target {target} was kept; check the figures.",
  },
  docMembershipNoGrowth: {
    sv: "{name}: med 0 medlemmar från början går ökningen mot målet {target} inte att räkna ut.",
    en: "{name}: starting from 0 members, the growth towards the target {target} cannot be worked out.",
  },
  docMembershipNoTarget: {
    sv: "{name}: raden har varken ökning eller mål, så målet lämnas tomt.",
    en: "{name}: the row has neither growth nor target, so the target is left empty.",
  },
  docMembershipTotalMembers: {
    sv: "Totalraden säger {total} medlemmar, men raderna ovanför blir tillsammans {sum}.",
    en: "The total row says {total} members, but the rows above add up to {sum}.",
  },
  docMembershipTotalTarget: {
    sv: "Totalraden säger målet {total}, men radernas mål blir tillsammans {sum}.",
    en: "The total row says the target is {total}, but the rows' targets add up to {sum}.",
  },
  docMembershipRepeated: {
    sv: "{name} står redan på rad {first} i texten och kom bara med en gång.",
    en: "{name} is already on line {first} of the text and was taken only once.",
  },
  docMeetingNoYear: {
    sv: "”{text}” säger inte vilket år mötena är. Skriv året, t.ex. ”under 2025”.",
    en: "“{text}” does not say which year the meetings are. Write the year, e.g. “under 2025”.",
  },
  docTermOutsideTitle: {
    sv: "{term} ligger utanför åren i planens rubrik ({first}–{last}); planperioden utökades.",
    en: "{term} is outside the years in the plan's title ({first}–{last}); the plan period was widened.",
  },

  // --- plan import wiring ---
  tabPeople: { sv: "Styrelse", en: "People" },
  colRole: { sv: "Roll", en: "Role" },
  colName: { sv: "Namn", en: "Name" },
  colContact: { sv: "Kontakt", en: "Contact" },

  // --- election results behind seat goals ---
  tabResults: { sv: "Valresultat", en: "Election results" },
  colParty: { sv: "Parti", en: "Party" },
  colVotes: { sv: "Röster", en: "Votes" },
  colOurParty: { sv: "Vårt parti", en: "Our party" },
  colSeatsToAllocate: { sv: "Mandat att fördela", en: "Seats to allocate" },
  colThreshold: { sv: "Spärr", en: "Threshold" },
  colSource: { sv: "Källa", en: "Source" },
  seatGoalNoOurParty: {
    sv: "Kryssa i Vårt parti på en av målets rader i valresultatet.",
    en: "Tick Our party on one of the goal's rows in the election results.",
  },
  seatGoalOurPartyTwice: {
    sv: "Vårt parti är ikryssat på {count} av målets rader i valresultatet; kryssa bara i ett.",
    en: "Our party is ticked on {count} of the goal's rows in the election results; tick only one.",
  },
  checkResultUnknownGoal: {
    sv: "målet ”{goal}” finns inte på fliken {tab}, så raden räknas inte.",
    en: "the goal “{goal}” is not on the {tab} tab, so the row is not counted.",
  },
  seatGoalNotSeats: {
    sv: "Målet har rader i valresultatet: välj Typ mandat för att räkna rösterna som behövs.",
    en: "The goal has rows in the election results: choose Kind seats to count the votes needed.",
  },
  seatGoalNoSeats: {
    sv: "Skriv Mandat att fördela på en av målets rader i valresultatet.",
    en: "Write Seats to allocate on one of the goal's rows in the election results.",
  },
  helpPerson: {
    sv: "Välj ett namn från fliken Styrelse, eller skriv något annat.",
    en: "Pick a name from the People tab, or type something else.",
  },
  timelineUndated: { sv: "Utan datum", en: "Undated" },
  goalRatePerYear: { sv: "per år", en: "per year" },
  goalRatePerTerm: { sv: "per termin", en: "per term" },
  planImportBusy: {
    sv: "Någon annan importerar eller ändrar planen just nu. Vänta en stund och försök igen.",
    en: "Someone else is importing or changing the plan right now. Wait a moment and try again.",
  },
  planImportGoalConflict: {
    sv: "Målet finns redan på rad {row} med {current}; planen säger {pasted}. Inget ändrades: rätta raden själv om planen ska gälla.",
    en: "The goal is already on row {row} with {current}; the plan says {pasted}. Nothing was changed: correct the row yourself if the plan is right.",
  },
  planImportMembershipConflict: {
    sv: "{name} finns redan på rad {row} med {current}; planen säger {pasted}. Inget ändrades: rätta raden själv om planen ska gälla.",
    en: "{name} is already on row {row} with {current}; the plan says {pasted}. Nothing was changed: correct the row yourself if the plan is right.",
  },
  planImportUndated: { sv: "utan datum", en: "undated" },
  planImportDeadline: { sv: "senast {deadline}", en: "by {deadline}" },
  planImportMembers: { sv: "{members} medlemmar", en: "{members} members" },
  planImportGrowth: { sv: "ökning {growth}", en: "growth {growth}" },
  planImportTarget: { sv: "mål {target}", en: "target {target}" },
  planImportBaseline: { sv: "från {baseline}", en: "from {baseline}" },
  planImportOverarching: { sv: "övergripande", en: "overarching" },
  planImportGoalOf: { sv: "mål: {goal}", en: "goal: {goal}" },
  sidebarTabPlan: { sv: "Plan", en: "Plan" },
  sidebarPlanTitle: { sv: "Importera plan", en: "Import plan" },
  sidebarPlanHelp: {
    sv: "Klistra in hela verksamhetsplanen: mål, aktiviteter per termin, möten, medlemstabell och styrelse. Inget skrivs förrän du har sett förhandsgranskningen.",
    en: "Paste the whole activity plan: goals, activities per term, meetings, membership table and board. Nothing is written until you have seen the preview.",
  },
  sidebarPlanPasteFirst: { sv: "Klistra in planen först.", en: "Paste the plan first." },
  sidebarPlanNothing: {
    sv: "Inget i texten gick att läsa som mål, aktiviteter, medlemmar eller styrelse.",
    en: "Nothing in the text could be read as goals, activities, membership or board.",
  },
  sidebarPlanSummary: {
    sv: "{goals} mål, {activities} aktiviteter, {membership} medlemsrader, {board} i styrelsen. {present} finns redan, {conflicts} krockar.",
    en: "{goals} goals, {activities} activities, {membership} membership rows, {board} board members. {present} already in the plan, {conflicts} in conflict.",
  },
  sidebarPlanGoals: { sv: "Mål", en: "Goals" },
  sidebarPlanActivities: { sv: "Aktiviteter", en: "Activities" },
  sidebarPlanMeetings: { sv: "Möten", en: "Meetings" },
  sidebarPlanMembership: { sv: "Medlemmar", en: "Membership" },
  sidebarPlanBoard: { sv: "Styrelse", en: "Board" },
  sidebarPlanUndated: { sv: "Utan datum", en: "Undated" },
  sidebarPlanNoTerm: { sv: "Utan termin", en: "No term" },
  sidebarPlanLine: { sv: "rad {line} i texten", en: "line {line} of the text" },
  sidebarImportRow: { sv: "rad {row}", en: "row {row}" },
  sidebarPlanPresent: { sv: "finns redan", en: "already in the plan" },
  sidebarPlanConflict: { sv: "krockar", en: "conflict" },
  sidebarPlanRepeated: { sv: "upprepad", en: "repeated" },
  sidebarPlanPeriodSet: {
    sv: "Planperioden blir {first}–{last}.",
    en: "The plan period becomes {first}–{last}.",
  },
  sidebarPlanPeriodKeep: {
    sv: "Planperioden {first}–{last} behålls.",
    en: "The plan period {first}–{last} stays.",
  },
  sidebarPlanPeriodWiden: {
    sv: "Utöka planperioden från {from} till {first}–{last}, så att alla rader kommer med",
    en: "Widen the plan period from {from} to {first}–{last}, so every row is inside it",
  },
  sidebarPlanPeriodWritten: {
    sv: "Planperioden är nu {first}–{last}.",
    en: "The plan period is now {first}–{last}.",
  },
  sidebarPlanConfirm: { sv: "Importera {count} rader", en: "Import {count} rows" },
  sidebarPlanResult: {
    sv: "Lade till {goals} mål, {activities} aktiviteter, {membership} medlemsrader och {board} i styrelsen. {present} fanns redan.",
    en: "Added {goals} goals, {activities} activities, {membership} membership rows and {board} board members. {present} were already in the plan.",
  },
  sidebarPlanConflicts: { sv: "Att avgöra själv", en: "For you to decide" },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** The text for `key` in `language`, with `{name}` placeholders filled from `vars`. */
export function t(language: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}
