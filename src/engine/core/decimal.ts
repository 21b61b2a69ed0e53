/**
 * Exact arithmetic for legal figures (RULES.md 0.4, C-1, D-FT-1). Values are
 * exact rationals (fraction.js on BigInt), so 0.15 × 50 is 7.5 and
 * 36 × 1/12 × 0.625 is exactly 1.875: a truncated decimal quotient would
 * give 1.8749… and round the wrong way. Rounding happens once, at the end,
 * half away from zero.
 */
import Fraction from 'fraction.js';

export type Decimal = Fraction;
export type DecimalInput = Fraction | number | string;

/**
 * An exact value. Numbers are read through their shortest decimal text, so
 * the float 0.15 becomes exactly 3/20.
 * @example dec(0.15).mul(50).toString() // '7.5'
 */
export function dec(value: DecimalInput): Fraction {
  if (value instanceof Fraction) return value;
  if (typeof value === 'number') {
    const text = String(value);
    return /e/i.test(text) ? new Fraction(value) : new Fraction(text);
  }
  return new Fraction(value);
}

/** Product of exact values. @example mul(0.15, 50).toString() // '7.5' */
export function mul(...values: DecimalInput[]): Fraction {
  return values.reduce<Fraction>((acc, v) => acc.mul(dec(v)), new Fraction(1));
}

/** Sum of exact values. */
export function sum(...values: DecimalInput[]): Fraction {
  return values.reduce<Fraction>((acc, v) => acc.add(dec(v)), new Fraction(0));
}

/** Exact quotient a / b (b ≠ 0). @example div(26, 3).toFraction() // '26/3' */
export function div(a: DecimalInput, b: DecimalInput): Fraction {
  return dec(a).div(dec(b));
}

/** Rounds an exact value to `places` decimals, halves away from zero. */
function roundExact(value: DecimalInput, places: number): number {
  const f = dec(value);
  const scale = 10n ** BigInt(places);
  const scaled = f.n * scale;
  let units = scaled / f.d;
  if ((scaled % f.d) * 2n >= f.d) units += 1n;
  const signed = f.s < 0n ? -units : units;
  return Number(signed) / Number(scale);
}

/**
 * Rounds half-up to 2 decimals and returns a plain number (C-1).
 * @example round2(mul(36, div(1, 12), 0.625)) // 1.88
 */
export function round2(value: DecimalInput): number {
  return roundExact(value, 2);
}

/**
 * Rounds to an integer with decimals ≥ 0.5 going up (D-FT-1).
 * @example roundHalfUp(mul(0.15, 50)) // 8
 * @example roundHalfUp(mul(0.2, 7)) // 1
 */
export function roundHalfUp(value: DecimalInput): number {
  return roundExact(value, 0);
}

/** Compares exact values: -1, 0 or 1. */
export function compare(a: DecimalInput, b: DecimalInput): number {
  return dec(a).compare(dec(b));
}

/** Plain decimal text for explanations, at most `maxDecimals` places (half away from zero). */
export function decimalText(value: DecimalInput, maxDecimals = 4): string {
  const rounded = roundExact(value, maxDecimals);
  return String(rounded);
}
