// The README shows only pictures that exist: every image link resolves to a file in the repository.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The targets of Markdown images ![alt](target "title") and HTML <img src="target">. */
function imageTargets(markdown: string): string[] {
  const markdownImages = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const htmlImages = [...markdown.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)];
  return [...markdownImages, ...htmlImages].map((m) => m[1]);
}

describe("the README's pictures", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");

  it("are all files in the repository", () => {
    const targets = imageTargets(readme);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    const missing = targets.filter((t) => /^https?:/.test(t) || !existsSync(path.join(ROOT, decodeURI(t))));
    expect(missing).toEqual([]);
  });

  it("are found in both spellings, and a missing one is reported", () => {
    const text = '![a](test/browser/screenshots/sidebar-overview.png)\n<img alt="b" src="docs/nowhere.png">';
    const targets = imageTargets(text);
    expect(targets).toEqual(["test/browser/screenshots/sidebar-overview.png", "docs/nowhere.png"]);
    expect(targets.filter((t) => !existsSync(path.join(ROOT, t)))).toEqual(["docs/nowhere.png"]);
  });
});
