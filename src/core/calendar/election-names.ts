// Elections in words: the kind a label or argument names, and the timeline's short marker and note in the user's language.
import { foldSwedish } from "../i18n/fold";
import type { Language } from "../i18n/language";
import { type MessageKey, t } from "../i18n/messages";
import { type IsoDate, partsOf } from "./dates";
import { councilTermStart, type ElectionKind, electionOnDate, riksdagMeets, SHORT_NAME } from "./elections";

const FULL_NAME: Readonly<Record<ElectionKind, MessageKey>> = {
  general: "electionFullGeneral",
  eu: "electionFullEu",
  church: "electionFullChurch",
};

/** The kind one folded word names: "kyrkoval", "EP", "Europaparlamentsval", "riksdagsval", "kommun", "allmänna". */
function kindOfWord(word: string): ElectionKind | null {
  if (word.startsWith("kyrk") || word === "church") return "church";
  if (word === "eu" || word === "ep" || word.startsWith("europ")) return "eu";
  if (/^(?:riksdag|region|kommun|landsting|allman|general|municipal)/.test(word)) return "general";
  return null;
}

/**
 * The kind of election a text names, by its first word that names one, in Swedish or English, any case,
 * with or without å/ä/ö: "EU-val 2029" → eu, "Riksdagsval" → general, "Kyrkoval" → church; null for none.
 */
export function kindOfWords(text: string): ElectionKind | null {
  for (const word of foldSwedish(text).split(/[^a-z0-9]+/)) {
    const kind = kindOfWord(word);
    if (kind) return kind;
  }
  return null;
}

/** The short name of a kind of election: "Kyrkoval", "Val till riksdag, region och kommun". */
export function electionName(kind: ElectionKind, language: Language): string {
  return t(language, SHORT_NAME[kind]);
}

/** An election as a Settings row gives it: the label as typed and the date. */
export interface ElectionRow {
  readonly label: string;
  readonly date: IsoDate;
}

export interface ElectionMarker {
  /** null when neither the date nor the label tells which election it is. */
  readonly kind: ElectionKind | null;
  /** The short name for the marker: the kind's name, else the label as typed, else "Val". */
  readonly name: string;
  /** The full name and date, for the marker cell's note; after a general election, when the new bodies start. */
  readonly note: string;
}

/** Names an election row: its kind from the date by the calendar, else from the label's words, else the label itself. */
export function describeElection(row: ElectionRow, language: Language): ElectionMarker {
  const kind = electionOnDate(row.date)?.kind ?? kindOfWords(row.label);
  if (!kind) {
    const name = row.label.trim() || t(language, "timelineElection");
    return { kind, name, note: t(language, "electionNote", { name, date: row.date }) };
  }
  const full = t(language, "electionNote", { name: t(language, FULL_NAME[kind]), date: row.date });
  const after =
    kind === "general"
      ? t(language, "electionNoteGeneral", {
          riksdag: riksdagMeets(row.date),
          councils: councilTermStart(row.date),
        })
      : "";
  return { kind, name: electionName(kind, language), note: after ? `${full} ${after}` : full };
}

/** The marker text in the election's month cell: "Kyrkoval 21/9". */
export function markerText(marker: ElectionMarker, date: IsoDate): string {
  const { day, month } = partsOf(date);
  return `${marker.name} ${day}/${month}`;
}
