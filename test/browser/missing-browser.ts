// What the browser run does without Chromium: fail on CI, else a loud banner and every check counted as skipped.

export function reportMissingBrowser(executable: string, checks: number): number {
  if (process.env.CI === "true") {
    console.error(
      `Browser tests need Chromium at ${executable}, and CI=true: failing. Install it: apt-get install chromium`,
    );
    console.log(`0 passed, ${checks} failed`);
    return 1;
  }
  const line = "!".repeat(72);
  console.log(
    [
      line,
      `!!  BROWSER TESTS SKIPPED: Chromium was not found at ${executable}`,
      "!!  The playground, sidebar and grid were NOT tested in a browser.",
      "!!  Install it and run again:   sudo apt-get install chromium",
      "!!  (On CI, with CI=true, a missing Chromium fails the run.)",
      line,
    ].join("\n"),
  );
  console.log(`0 passed, 0 failed, ${checks} skipped`);
  return 0;
}
