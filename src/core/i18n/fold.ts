// Folding text for matching words: case, and the å/ä/ö that text copied from PDFs may have lost.

/** Folds case and the å/ä/ö that text copied from PDFs may have lost, for matching words. */
export function foldSwedish(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/g, "a")
    .replace(/ø/g, "o");
}
