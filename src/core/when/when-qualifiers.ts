// What a När text says about itself rather than about time: "ca" and "?" (approximate), "Ev." (tentative), a note in parentheses.
import { foldSwedish } from "../i18n/fold";

/** The time part of a När text, folded, and what its qualifiers said. */
export interface Qualified {
  /** Folded (see foldSwedish), trimmed, without qualifiers or notes: what the readers parse. */
  readonly text: string;
  readonly approximate: boolean;
  readonly tentative: boolean;
  /** The words in parentheses that are no qualifier, as written: "1 mars (konstituerande möte)" → "konstituerande möte". */
  readonly note: string | null;
}

/** Spaces of every kind to one space, every dash to "-", trimmed. */
export function normaliseWhen(text: string): string {
  return text
    .replace(/[\s\u00a0\u2007\u202f\ufeff]+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim();
}

const APPROXIMATE_PREFIX =
  /^(?:~\s*|(?:ca|c:a|c\.a|cirka|circa|omkring|ungefar|ungef|runt|kring|preliminart|prel|approx|approximately|about|around|roughly|tidigast)(?:\.\s*|\s+|(?=\d)))/;
const TENTATIVE_PREFIX =
  /^(?:ev|evt|eventuellt|eventuell|mojligen|kanske|possibly|maybe|tentatively|tentative)(?:\.\s*|\s+)/;
const FILLER_PREFIX = /^(?:i|under|in|during|den|senast|by|pa|on|lopande|ongoing)\s+/;
const APPROXIMATE_SUFFIX =
  /(?:\s*\?+|\s*\((?:prel\.?|preliminart|ca|preliminary|tbc|tba|ungefar)\)|\s+(?:prel\.?|tbc|tba))$/;
/** Words in parentheses that qualify the time rather than annotate it. */
const QUALIFIER_NOTE = /^(?:prel\.?|preliminart|ca\.?|preliminary|tbc|tba|ungefar)$/;
const TENTATIVE_NOTE = /^(?:ev\.?|evt\.?|eventuellt|preliminart datum|tentative|maybe)$/;

/** Takes the parenthesised notes out of a (normalised, unfolded) text; a "(ev.)" makes it tentative. */
function takeNotes(text: string): { text: string; notes: string[]; tentative: boolean } {
  const notes: string[] = [];
  let tentative = false;
  const rest = text.replace(/\s*\(([^()]*)\)/g, (whole, inner: string) => {
    const note = inner.trim();
    const folded = foldSwedish(note);
    if (QUALIFIER_NOTE.test(folded)) return whole;
    if (TENTATIVE_NOTE.test(folded)) tentative = true;
    else if (note !== "") notes.push(note);
    return "";
  });
  return { text: rest.replace(/\s+([,;])/g, "$1").trim(), notes, tentative };
}

/** Strips "ca", "ev.", "omkring", "i", "under", "?" … and says which of them made it approximate or tentative. */
export function qualify(normal: string): Qualified {
  const noted = takeNotes(normal);
  let text = foldSwedish(noted.text);
  let approximate = false;
  let tentative = noted.tentative;
  for (let changed = true; changed; ) {
    const before = text;
    if (APPROXIMATE_SUFFIX.test(text)) {
      text = text.replace(APPROXIMATE_SUFFIX, "");
      approximate = true;
    }
    text = text.replace(/^[\s"'“”‘’(]+|[\s"'“”‘’),;:!.]+$/g, "");
    if (TENTATIVE_PREFIX.test(text)) {
      text = text.replace(TENTATIVE_PREFIX, "");
      tentative = true;
    }
    if (APPROXIMATE_PREFIX.test(text)) {
      text = text.replace(APPROXIMATE_PREFIX, "");
      approximate = true;
    }
    text = text.replace(FILLER_PREFIX, "");
    changed = text !== before;
  }
  return { text, approximate, tentative, note: noted.notes.length > 0 ? noted.notes.join("; ") : null };
}
