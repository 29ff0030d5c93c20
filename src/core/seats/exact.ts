// Exact arithmetic for seat math: numbers taken as the decimals they print as, in BigInt (no float ties or drift).

/** A non-negative fraction num / den with den > 0. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

// BigInt() rather than literals such as 10n: Apps Script's editor has been reported to reject BigInt literals.
export const ZERO = BigInt(0);
export const ONE = BigInt(1);
const TEN = BigInt(10);

/** 10 to a non-negative whole power. */
export function powerOfTen(exponent: number): bigint {
  return TEN ** BigInt(exponent);
}

/** A finite x ≥ 0 as digits × 10^exponent, exactly the decimal JavaScript prints for it ("0.07", "1e+21"). */
function decimalOf(x: number): { digits: bigint; exponent: number } {
  const [mantissa, exponent = "0"] = String(x).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  return { digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length };
}

/** A finite x ≥ 0 as the fraction its decimal writes: 0.07 is exactly 7/100, 1.2 is 12/10. */
export function fractionOf(x: number): Fraction {
  const { digits, exponent } = decimalOf(x);
  return exponent >= 0
    ? { num: digits * powerOfTen(exponent), den: ONE }
    : { num: digits, den: powerOfTen(-exponent) };
}

/**
 * Finite numbers ≥ 0 as whole BigInts on one scale: values[i] = scaled[i] / 10^decimals exactly, with
 * `decimals` the fewest that makes every value whole (0 for vote counts).
 */
export function commonScale(values: readonly number[]): { scaled: bigint[]; decimals: number } {
  const parts = values.map(decimalOf);
  const decimals = Math.max(0, ...parts.map((p) => -p.exponent));
  return { scaled: parts.map((p) => p.digits * powerOfTen(p.exponent + decimals)), decimals };
}

/** a/b compared with c/d for non-negative fractions: negative, zero or positive. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left > right ? 1 : left < right ? -1 : 0;
}
