// The README shows only pictures that exist, and its table of bad inputs names tests that exist for each row.
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

/** The rows of the README's "What bad input gets" table: the input and the test files its last cell names. */
function badInputRows(markdown: string): { input: string; tests: string[] }[] {
  const section = markdown.split("## What bad input gets")[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Input") && !line.startsWith("| ---"))
    .map((line) => {
      const cells = line.split(" | ");
      const tests = [...(cells.at(-1) ?? "").matchAll(/([\w./-]+\.test\.ts)/g)].map((m) => m[1]);
      return { input: cells[0].replace(/^\| /, ""), tests };
    });
}

describe("the README's table of bad inputs", () => {
  const rows = badInputRows(readFileSync(path.join(ROOT, "README.md"), "utf8"));

  it("covers what issue 11 asks for", () => {
    const inputs = rows.map((r) => r.input).join("\n");
    for (const wanted of [
      /member count/,
      /10 %/,
      /`10`/,
      /month outside its term/,
      /term outside the plan period/,
      /deleted header/,
      /renamed/,
      /merged/,
      /formula-looking name/,
      /hostile pattern/,
    ])
      expect(inputs).toMatch(wanted);
  });

  it("names for each row tests that exist, in test/bundle unless a path is given", () => {
    const missing = rows.flatMap((r) =>
      r.tests.filter((t) => !existsSync(path.join(ROOT, t.includes("/") ? t : `test/bundle/${t}`))),
    );
    expect(rows.filter((r) => r.tests.length > 0).length).toBeGreaterThanOrEqual(9);
    expect(missing).toEqual([]);
  });
});
