// The board's roles and names, as "Ordförande ⇥ Karin Lindqvist", "Kassör: Johan Nyström" or signature blocks.
import { foldSwedish } from "../i18n/fold";
import { type DocLine, foldKey } from "./document-lines";
import type { DocumentBoardMember } from "./document-types";

const ROLES = new Set([
  "ordforande",
  "ordf",
  "vice ordforande",
  "vice ordf",
  "v ordf",
  "1:e vice ordforande",
  "2:e vice ordforande",
  "forste vice ordforande",
  "andre vice ordforande",
  "sekreterare",
  "sekr",
  "kassor",
  "kassaforvaltare",
  "ledamot",
  "ordinarie ledamot",
  "suppleant",
  "ersattare",
  "adjungerad",
  "adjungerad ledamot",
  "revisor",
  "revisorsersattare",
  "revisorssuppleant",
  "valberedning",
  "valberedningen",
  "sammankallande",
  "sammankallande valberedningen",
  "ombudsman",
  "kretsordforande",
  "distriktsordforande",
  "studieorganisator",
  "politisk sekreterare",
  "kommunikator",
  "gruppledare",
  "vice gruppledare",
  "ungdomsrepresentant",
]);

/** A board role: "Ordförande", "Vice ordförande", "Kassör", "Ledamot", "Medlemsansvarig", "IT-ansvarig". */
export function isRole(text: string): boolean {
  const f = foldSwedish(text)
    .replace(/\([^)]*\)/g, "")
    .replace(/[.:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (f === "" || f.split(" ").length > 4) return false;
  return (
    ROLES.has(f) ||
    /^(?:vice\s+)?[a-z-]*ansvarig(?:a)?$/.test(f) ||
    (/^vice\s+/.test(f) && ROLES.has(f.slice(5)))
  );
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const PARTICLE = /^(?:von|van|af|de|der|den|la|el|bin|di|da)$/;

/** A person's name: two to five words, each with a capital (or a particle such as "af"); no digits, no role word. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || isRole(text) || words.some((w) => isRole(w))) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && PARTICLE.test(w)));
}

/** An e-mail address or a phone number. */
export function isContact(text: string): boolean {
  const t = text.trim();
  return (
    /^\S+@\S+\.\p{L}{2,}$/u.test(t) ||
    /^(?:(?:tel|tfn|telefon|mobil|mob)\.?:?\s*)?\+?\d[\d\s()-]{6,}\d$/i.test(t)
  );
}

/** A name written next to a role: any short text without digits that is no role. */
function looseName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return text.trim() !== "" && words.length <= 5 && !/\d/.test(text) && !isRole(text);
}

interface Found {
  readonly role: string;
  readonly name: string;
  readonly contact: string;
}

/** One line holding role and name: cells either way round (with a contact cell), "Role: Name", "Name, role". */
function fromOneLine(line: DocLine): Found | null {
  if (line.cells && line.cells.length >= 2 && line.cells.length <= 3) {
    const [a, b, c = ""] = line.cells;
    const contact = isContact(c) ? c : "";
    if (c !== "" && contact === "") return null;
    if (isRole(a) && looseName(b)) return { role: a, name: b, contact };
    if (isRole(b) && isPersonName(a)) return { role: b, name: a, contact };
    return null;
  }
  if (line.cells) return null;
  const colon = /^([^:–—]+?)\s*(?::|\s[–—-]\s)\s*(.+)$/.exec(line.body);
  if (colon && isRole(colon[1]) && looseName(colon[2]))
    return { role: colon[1], name: colon[2], contact: "" };
  if (colon && isRole(colon[2]) && isPersonName(colon[1]))
    return { role: colon[2], name: colon[1], contact: "" };
  const comma = /^(.+?)\s*(?:,\s*|\(\s*)([^,()]+?)\)?$/.exec(line.body);
  if (comma && isPersonName(comma[1]) && isRole(comma[2]))
    return { role: comma[2], name: comma[1], contact: "" };
  return null;
}

const plain = (line: DocLine | undefined) =>
  line !== undefined && line.cells === null && !line.bullet && line.body !== "" ? line.body : null;

function member(found: Found, lines: number[]): DocumentBoardMember {
  const bare = found.role.replace(/:$/, "").trim();
  const role = bare.charAt(0).toUpperCase() + bare.slice(1);
  const name = found.name.trim();
  return {
    key: `board|${foldKey(role)}|${foldKey(name)}`,
    line: lines[0],
    lines,
    role,
    name,
    contact: found.contact.trim(),
    problems: [],
  };
}

/**
 * Reads board members starting at `lines[index]`: one line ("Ordförande ⇥ Karin Lindqvist"), a
 * signature block of two lines — name above role or role above name — with contact lines after it,
 * or names side by side in cells above their roles. Null when the line starts none of these.
 */
export function readBoard(lines: readonly DocLine[], index: number): DocumentBoardMember[] | null {
  const line = lines[index];
  const one = fromOneLine(line);
  if (one) return [member(one, [line.line])];
  const next = lines[index + 1];
  if (line.cells && next?.cells && line.cells.length >= 2 && line.cells.length === next.cells.length) {
    const names = line.cells;
    const roles = next.cells;
    if (names.every(isPersonName) && roles.every(isRole)) {
      const after = lines[index + 2];
      const contacts =
        after?.cells?.length === names.length && after.cells.every(isContact) ? after.cells : null;
      const used = contacts ? [line.line, next.line, after.line] : [line.line, next.line];
      return names.map((name, i) => member({ role: roles[i], name, contact: contacts?.[i] ?? "" }, used));
    }
    return null;
  }
  const first = plain(line);
  const second = plain(next);
  if (first === null || second === null) return null;
  let found: Found | null = null;
  if (isPersonName(first) && isRole(second)) found = { role: second, name: first, contact: "" };
  else if (isRole(first) && isPersonName(second)) found = { role: first, name: second, contact: "" };
  if (!found) return null;
  const used = [line.line, next.line];
  const contacts: string[] = [];
  for (let i = index + 2; i < lines.length; i++) {
    const text = plain(lines[i]);
    if (text === null || !isContact(text)) break;
    contacts.push(text);
    used.push(lines[i].line);
  }
  return [member({ ...found, contact: contacts.join(", ") }, used)];
}
