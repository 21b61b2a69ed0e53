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
  if (typeof value === 'number') return fromNumber(value);
  return fromText(value);
}

// Figures repeat (26, 12, 0.2…): parsing a decimal is the engine's hottest path, so exact values are memoised.
// Sharing is safe: a Fraction is immutable (every operation returns a new one).
const memo = new Map<number, Fraction>();
const textMemo = new Map<string, Fraction>();

/** Rates in the rules are decimal text ('0.15'); fraction.js parses text with a regular expression, once per text here. */
function fromText(text: string): Fraction {
  const known = textMemo.get(text);
  if (known) return known;
  const result = new Fraction(text);
  if (textMemo.size < 4096) textMemo.set(text, result);
  return result;
}

function fromNumber(value: number): Fraction {
  const known = memo.get(value);
  if (known) return known;
  let result: Fraction;
  if (Number.isSafeInteger(value)) result = new Fraction(BigInt(value), 1n);
  else {
    const text = String(value);
    const point = text.indexOf('.');
    result =
      /e/i.test(text) || point < 0
        ? new Fraction(value)
        : new Fraction(BigInt(text.slice(0, point) + text.slice(point + 1)), 10n ** BigInt(text.length - point - 1));
  }
  if (memo.size < 4096) memo.set(value, result);
  return result;
}

/** Product of exact values. @example mul(0.15, 50).toString() // '7.5' */
export function mul(...values: DecimalInput[]): Fraction {
  let product = dec(values[0] ?? 1);
  for (let i = 1; i < values.length; i += 1) product = product.mul(dec(values[i] as DecimalInput));
  return product;
}

/** Sum of exact values. */
export function sum(...values: DecimalInput[]): Fraction {
  let total = dec(values[0] ?? 0);
  for (let i = 1; i < values.length; i += 1) total = total.add(dec(values[i] as DecimalInput));
  return total;
}

/** Exact quotient a / b (b ≠ 0). @example div(26, 3).toFraction() // '26/3' */
export function div(a: DecimalInput, b: DecimalInput): Fraction {
  return dec(a).div(dec(b));
}

// Powers of ten for the rounding places used (0, 2, 4…), and the largest numerator whose scaled value is still a safe integer.
const SCALES = Array.from({ length: 16 }, (_, places) => 10n ** BigInt(places));
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SAFE_NUMERATORS = SCALES.map((scale) => MAX_SAFE / scale);
const NUMBER_SCALES = SCALES.map(Number);

/** Rounds an exact value to `places` decimals, halves away from zero. */
function roundExact(value: DecimalInput, places: number): number {
  const f = dec(value);
  const scale = SCALES[places] ?? 10n ** BigInt(places);
  const numberScale = NUMBER_SCALES[places];
  if (numberScale !== undefined && f.n <= (SAFE_NUMERATORS[places] as bigint) && f.d <= MAX_SAFE) {
    return roundSafeIntegers(Number(f.n) * numberScale, Number(f.d), f.s < 0n) / numberScale;
  }
  const scaled = f.n * scale;
  let units = scaled / f.d;
  if ((scaled % f.d) * 2n >= f.d) units += 1n;
  const signed = f.s < 0n ? -units : units;
  return Number(signed) / Number(scale);
}

/**
 * scaled / d rounded half up, in integer arithmetic on safe integers (so exact,
 * and several times cheaper than BigInt): `%` on integers is exact, and
 * `scaled - rest` is a multiple of d. `0 - units` keeps a zero positive, as
 * the BigInt path does.
 */
function roundSafeIntegers(scaled: number, d: number, negative: boolean): number {
  const rest = scaled % d;
  let units = (scaled - rest) / d;
  if (rest * 2 >= d) units += 1;
  return negative ? 0 - units : units;
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
