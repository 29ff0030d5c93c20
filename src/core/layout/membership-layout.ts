// The Membership tab's formulas: the total row right under the header, and columns that reach every row below.
import { columnLetter } from "../cells/a1";
import { formulaOf } from "../functions/catalogue";
import type { ColumnId } from "./columns";
import type { MEMBERSHIP_TAB } from "./tabs";

export type MembershipColumn = ColumnId<typeof MEMBERSHIP_TAB>;

/**
 * Where the computed parts go: the 1-based column of each column id, and the rows.
 *
 * Why the total sits directly under the header: the next row a volunteer types always goes below the last
 * one, so a total at the bottom stands exactly where the next constituency goes (typed over, it broke the
 * sums). Under the header, frozen with it, the total is always in view, never in the way, and the columns
 * below it are open-ended (D3:D), so any number of rows is counted without the add-on having to follow them.
 */
export interface MembershipPlace {
  readonly columns: Readonly<Record<MembershipColumn, number>>;
  /** The total row (the header row + 1). */
  readonly totalRow: number;
  /** The first constituency row (the total row + 1). */
  readonly firstDataRow: number;
}

const openColumn = (place: MembershipPlace, id: MembershipColumn): string => {
  const letter = columnLetter(place.columns[id]);
  return `${letter}${place.firstDataRow}:${letter}`;
};

const totalCell = (place: MembershipPlace, id: MembershipColumn): string =>
  `${columnLetter(place.columns[id])}${place.totalRow}`;

/** The formulas of the first data row that spill down every row below it: one per column, however many rows. */
export function membershipColumnFormulas(
  place: MembershipPlace,
): Record<"target" | "gap" | "progress", string> {
  const r = (id: MembershipColumn) => openColumn(place, id);
  return {
    target: formulaOf("MEMBER_TARGET", r("baseline"), r("growth")),
    gap: formulaOf("MEMBER_GAP", r("target"), r("current")),
    progress: formulaOf("MEMBER_PROGRESS", r("baseline"), r("current"), r("target")),
  };
}

/** The words the total row uses: "–" for progress that can't be told, and the count of rows without Nu. */
export interface TotalWords {
  readonly unknown: string;
  /** Before and after the number of rows whose Nu is blank: "Nu saknas på " … " rader". */
  readonly missingBefore: string;
  readonly missingAfter: string;
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The total row's formulas by column. The total target adds up the rounded row targets (DOMAIN.md). A blank Nu is
 * unknown, not 0: Nu and Kvar att värva sum the rows whose Nu is known, progress compares those rows only, the
 * branch cell says how many rows lack Nu, and with no Nu at all (an empty plan too) they are blank and progress "–".
 */
export function membershipTotalFormulas(
  place: MembershipPlace,
  words: TotalWords,
): Partial<Record<MembershipColumn, string>> {
  const sum = (id: MembershipColumn) => formulaOf("SUM", openColumn(place, id));
  const current = openColumn(place, "current");
  const known = `IF(COUNT(${current})=0,`;
  const knownOnly = (id: MembershipColumn) => `SUMIF(${current},"<>",${openColumn(place, id)})`;
  const [constituency, branch] = [openColumn(place, "constituency"), openColumn(place, "branch")];
  // Rows named by Valkrets, or by Krets/avdelning alone, whose Nu is blank.
  const missing =
    `(COUNTIFS(${constituency},"<>",${current},"")+` +
    `COUNTIFS(${constituency},"",${branch},"<>",${current},""))`;
  return {
    branch: `=IF(${missing}=0,"",${q(words.missingBefore)}&${missing}&${q(words.missingAfter)})`,
    baseline: sum("baseline"),
    target: sum("target"),
    current: `=${known}"",SUM(${current}))`,
    gap: `=${known}"",SUM(${openColumn(place, "gap")}))`,
    // Every row known: the totals as they stand; some rows without Nu: those rows' baseline and target only.
    progress:
      `=${known}${q(words.unknown)},` +
      formulaOf(
        "MEMBER_PROGRESS",
        `IF(${missing}=0,${totalCell(place, "baseline")},${knownOnly("baseline")})`,
        totalCell(place, "current"),
        `IF(${missing}=0,${totalCell(place, "target")},${knownOnly("target")})`,
      ).slice(1) +
      ")",
  };
}

/**
 * True for a formula the add-on writes on this tab, in its own column — today's or an older layout's: a
 * membership function over cells or columns, or the total's sum of one whole column ("=SUM(F2:F7)",
 * "=SUM(F3:F)"), so set-up may move or rewrite it. A user's own formula of another shape is never touched.
 */
export function isOurMembershipFormula(formula: unknown, column: number): boolean {
  if (typeof formula !== "string") return false;
  const text = formula.replace(/\s+/g, "").toUpperCase();
  if (/^=MEMBER_(TARGET|GAP|PROGRESS)\([A-Z0-9:$,]+\)$/.test(text)) return true;
  // The total's known-rows-only shapes (membershipTotalFormulas), in any language's words.
  if (/^=IF\(\(?COUNT(IFS)?\(\$?[A-Z]+\d+:[A-Z]+[,)]/.test(text)) return true;
  const sum = /^=SUM\(\$?([A-Z]+)\$?\d+:\$?([A-Z]+)\$?\d*\)$/.exec(text);
  const letter = columnLetter(column);
  return sum !== null && sum[1] === letter && sum[2] === letter;
}
