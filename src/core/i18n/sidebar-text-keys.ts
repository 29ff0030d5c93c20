// Every dashboard.texts key the sidebar shows; the server sends each in the user's language.
// Each is a key of the message table (messages.ts); {name} marks a placeholder the client fills.

export const SIDEBAR_TEXT_KEYS = [
  "sidebarTabOverview", // Overview / Översikt
  "sidebarTabProblems", // Problems / Problem
  "sidebarTabAdd", // Add / Lägg till
  "sidebarTabImport", // Import / Importera
  "sidebarRefresh", // Refresh / Uppdatera
  "sidebarWorking", // Working… / Arbetar…
  "sidebarGoals", // Goals / Mål
  "sidebarNoGoals", // No goals in the plan yet. / Planen har inga mål ännu.
  "sidebarGoalCounts", // {done} done of {planned} planned, target {target} / {done} klara av {planned} planerade, mål {target}
  "sidebarGoalCountsNoTarget", // {done} done of {planned} planned / {done} klara av {planned} planerade
  "sidebarGoalEarlier", // earlier {periods} / tidigare {periods}
  "sidebarMembership", // Members per constituency / Medlemmar per valkrets
  "sidebarNoMembership", // No membership rows yet. / Inga medlemsrader ännu.
  "sidebarDueThisMonth", // Due this month / Att göra denna månad
  "sidebarNoDue", // Nothing planned this month. / Inget planerat denna månad.
  "sidebarOverdue", // Overdue / Försenade
  "sidebarNoOverdue", // Nothing overdue. Well done! / Inget är försenat. Bra jobbat!
  "sidebarMarkDoneTitle", // Mark as done / Markera som klart
  "sidebarMarkDoneHelp", // For a plan entered mid-period: … / För en plan som förts in mitt i perioden: …
  "sidebarMarkDoneBefore", // Ended before / Slutade före
  "sidebarMarkDonePreview", // Show which / Visa vilka
  "sidebarMarkDoneDateFirst", // Choose a date first. / Välj ett datum först.
  "sidebarMarkDoneNone", // No open activities ended before {date}. / Inga öppna aktiviteter slutade före {date}.
  "sidebarMarkDoneConfirm", // Mark {count} as done / Markera {count} som klara
  "sidebarMarkDoneResult", // Marked {count} as done: / Markerade {count} som klara:
  "sidebarShowInSheet", // Show in the sheet / Visa i arket
  "sidebarCheckAgain", // Check again / Kontrollera igen
  "sidebarNoProblems", // The plan looks fine: no problems found. / Planen ser bra ut: inga problem hittades.
  "sidebarSeverityError", // Error / Fel
  "sidebarSeverityWarning", // Warning / Varning
  "colTerm", // Term / Termin (exists)
  "colWhen", // When / När (exists)
  "colWhat", // What / Vad (exists)
  "colTargetGroup", // Target group / Målgrupp (exists)
  "colOwner", // Responsible / Ansvarig (exists)
  "colDone", // Done / Klar (exists)
  "sidebarWhenHint", // e.g. Mar, 1 May, Sep–Oct / t.ex. mars, 1 maj, sep–okt
  "sidebarRequired", // required / obligatoriskt
  "sidebarWhatMissing", // Write what the activity is. / Skriv vad aktiviteten är.
  "sidebarAddSubmit", // Add activity / Lägg till aktivitet
  "sidebarAdded", // Added to row {row}. / Tillagd på rad {row}.
  "sidebarImportHelp", // Paste the activity table from the plan document, with its term headings. / Klistra in aktivitetstabellen från plandokumentet, med terminsrubrikerna.
  "sidebarImportPreview", // Preview / Förhandsgranska
  "sidebarImportPasteFirst", // Paste a table first. / Klistra in en tabell först.
  "sidebarImportNoRows", // No activity rows were found. / Inga aktivitetsrader hittades.
  "sidebarImportSummary", // {rows} rows: {duplicates} already in the plan, {problems} with problems / {rows} rader: {duplicates} finns redan, {problems} med problem
  "sidebarImportDuplicate", // already in the plan / finns redan
  "sidebarImportNoDate", // date not understood / datumet kunde inte läsas
  "sidebarImportConfirm", // Import {count} rows / Importera {count} rader
  "sidebarImportResult", // Imported {imported} rows. Skipped {duplicates} already in the plan. / Importerade {imported} rader. Hoppade över {duplicates} som redan fanns.
  "sidebarProblemsHeading", // Problems / Problem
  // --- plan import wiring: the Plan tab ("Importera plan") ---
  "sidebarTabPlan", // Plan / Plan
  "sidebarPlanTitle", // Import plan / Importera plan
  "sidebarPlanHelp", // Paste the whole activity plan … / Klistra in hela verksamhetsplanen …
  "sidebarPlanPasteFirst", // Paste the plan first. / Klistra in planen först.
  "sidebarPlanNothing", // Nothing in the text could be read … / Inget i texten gick att läsa …
  "sidebarPlanSummary", // {goals} goals, {activities} activities, … / {goals} mål, {activities} aktiviteter, …
  "sidebarPlanGoals", // Goals / Mål
  "sidebarPlanActivities", // Activities / Aktiviteter
  "sidebarPlanMeetings", // Meetings / Möten
  "sidebarPlanMembership", // Membership / Medlemmar
  "sidebarPlanBoard", // Board / Styrelse
  "sidebarPlanUndated", // Undated / Utan datum
  "sidebarPlanNoTerm", // No term / Utan termin
  "sidebarPlanLine", // line {line} of the text / rad {line} i texten
  "sidebarImportRow", // row {row} / rad {row}
  "sidebarPlanPresent", // already in the plan / finns redan
  "sidebarPlanConflict", // conflict / krockar
  "sidebarPlanRepeated", // repeated / upprepad
  "sidebarPlanPeriodSet", // The plan period becomes {first}–{last}. / Planperioden blir {first}–{last}.
  "sidebarPlanPeriodKeep", // The plan period {first}–{last} stays. / Planperioden {first}–{last} behålls.
  "sidebarPlanPeriodWiden", // Widen the plan period from {from} to {first}–{last}, … / Utöka planperioden från {from} …
  "sidebarPlanPeriodWritten", // The plan period is now {first}–{last}. / Planperioden är nu {first}–{last}.
  "sidebarPlanConfirm", // Import {count} rows / Importera {count} rader
  "sidebarPlanResult", // Added {goals} goals, … / Lade till {goals} mål, …
  "sidebarPlanConflicts", // For you to decide / Att avgöra själv
] as const;

export type SidebarTextKey = (typeof SIDEBAR_TEXT_KEYS)[number];
