// Weekday names as plans write them (Swedish and English, any case, singular/plural/definite, å/ä/ö lost).
import { foldSwedish } from "../i18n/fold";

const SWEDISH = ["mandag", "tisdag", "onsdag", "torsdag", "fredag", "lordag", "sondag"] as const;
const ENGLISH = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const ABBREVIATIONS: Readonly<Record<string, number>> = {
  man: 1,
  mon: 1,
  tis: 2,
  tue: 2,
  tues: 2,
  ons: 3,
  wed: 3,
  tor: 4,
  tors: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  fre: 5,
  fri: 5,
  lor: 6,
  sat: 6,
  son: 7,
  sun: 7,
};

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) a word names, or null: "måndag", "måndagen",
 * "måndagar", "mandagarna", "mån", "Tuesday", "tuesdays", "tis.".
 */
export function weekdayFromWord(word: string): number | null {
  if (typeof word !== "string") return null;
  const folded = foldSwedish(word.trim()).replace(/\.+$/, "");
  if (Object.hasOwn(ABBREVIATIONS, folded)) return ABBREVIATIONS[folded];
  const swedish = /^([a-z]+dag)(?:en|ar|arna)?$/.exec(folded);
  if (swedish) {
    const i = SWEDISH.indexOf(swedish[1] as (typeof SWEDISH)[number]);
    if (i >= 0) return i + 1;
  }
  const english = /^([a-z]+day)s?$/.exec(folded);
  if (english) {
    const i = ENGLISH.indexOf(english[1] as (typeof ENGLISH)[number]);
    if (i >= 0) return i + 1;
  }
  return null;
}
