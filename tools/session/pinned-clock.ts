// A Date constructor pinned to one day: `new Date()` and `Date.now()` give noon UTC of that day, all else is Date.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of noon UTC on an ISO day (the same calendar day in every time zone from −11 to +11). */
export function noonOf(iso: string): number {
  const m = ISO_DAY.exec(iso);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`Not a date (YYYY-MM-DD): ${iso}`);
  }
  return ms;
}

/** Replaces the bundle's global Date, so code asking for "now" sees the pinned day. */
export function pinnedDate(iso: string): DateConstructor {
  const fixed = noonOf(iso);
  class PinnedDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [number, number, number, number, number, number, number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  return PinnedDate as unknown as DateConstructor;
}
