// Inputs for property tests of custom functions (any cell values, ranges and junk) and the check on their errors.
import fc from "fast-check";
import { MESSAGES } from "../../src/core/i18n/messages";
import { type EntryPoint, invokeEntry } from "../../src/entry/entry-point";

/** Every message template except the catch-all for unexpected errors, as regexes with open placeholders. */
const OUR_MESSAGES: readonly RegExp[] = Object.entries(MESSAGES)
  .filter(([key]) => key !== "errorUnexpected")
  .flatMap(([, text]) => [text.sv, text.en])
  .map((template) => {
    const pattern = template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*");
    return new RegExp(`^${pattern}$`);
  });

/** Values a cell could hold, and plenty it could not. */
const PLAUSIBLE: readonly unknown[] = [
  "",
  " ",
  "10 %",
  "−5 %",
  "10,5",
  "1 200",
  "VT 2025",
  "HT 2026",
  "2026",
  "2025-03-15",
  "up 10",
  "nedåt",
  "Ny i C",
  "*",
  0,
  1,
  117,
  0.1,
  -1,
  2026,
  45658,
  true,
  false,
  null,
  undefined,
];

/** Argument lists of any length, often shaped alike (the same column of plausible cells); `extra` adds cells. */
function argumentListsOf(extra: readonly unknown[] = []): fc.Arbitrary<unknown[]> {
  const scalar: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom<unknown>(...PLAUSIBLE, ...extra),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.date(),
    fc.constant(new Date(Number.NaN)),
    fc.constant(Object.create(null) as unknown),
    fc.constant({ toString: 0, valueOf: 0 } as unknown),
    fc.anything(),
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );
  const argument: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: scalar },
    { weight: 2, arbitrary: grid },
    { weight: 1, arbitrary: fc.array(fc.anything(), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }), { maxLength: 2 }),
    },
  );
  return fc.array(argument, { maxLength: 7 });
}

/**
 * True when a custom function failed as it should: an Error (never a TypeError or RangeError) whose message
 * names the function and then says one of our messages.
 */
function isOurMessage(functionName: string, error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError) return false;
  const prefix = `${functionName}: `;
  if (!error.message.startsWith(prefix)) return false;
  const message = error.message.slice(prefix.length);
  return OUR_MESSAGES.some((regex) => regex.test(message));
}

/**
 * The property every custom function holds: for any argument list (see argumentListsOf), `point` returns what
 * `rightShape` accepts, or fails with one of our messages.
 */
export function rightShapeOrOurMessage(
  point: EntryPoint,
  rightShape: (result: unknown, args: readonly unknown[]) => boolean,
  extra: readonly unknown[] = [],
): fc.IProperty<[unknown[]]> {
  return fc.property(argumentListsOf(extra), (args) => {
    let result: unknown;
    try {
      result = invokeEntry(point, args);
    } catch (error) {
      return isOurMessage(point.name, error);
    }
    return rightShape(result, args);
  });
}
