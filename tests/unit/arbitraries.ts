/** Shared fast-check arbitraries for calculator properties. */
import fc from 'fast-check';
import { addDays, parseIsoDate, type IsoDate } from '../../src/engine/core/dates';
import { INTERNAL_FAULT_KEY, type CalcResult } from '../../src/calculators';

export const PROPERTY_RUNS = { numRuns: 1000 } as const;

/** A real civil date between two years (inclusive). */
export function civilDate(fromYear = 1985, toYear = 2035): fc.Arbitrary<IsoDate> {
  const start = parseIsoDate(`${fromYear}-01-01`) as IsoDate;
  const span = (toYear - fromYear + 1) * 366;
  return fc.integer({ min: 0, max: span - 1 }).map((n) => addDays(start, n)).filter((d) => d <= `${toYear}-12-31`);
}

/** Date-like strings, many of them impossible. */
export const dateLikeText = fc.oneof(
  civilDate(),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.string(),
);

/** Any value a hostile or careless caller could pass for a field. */
export const anyField = fc.oneof(fc.anything(), dateLikeText, fc.double(), fc.integer({ min: -5, max: 400 }), fc.boolean(), fc.constant(undefined));

/** No NaN or infinity anywhere in a value. */
export function hasNoNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(hasNoNaN);
  if (value && typeof value === 'object') return Object.values(value).every(hasNoNaN);
  return true;
}

const CODES = ['invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered'];

/** A result is a success with finite numbers or exactly one known typed error that is not an internal fault. */
export function isTotalResult(result: CalcResult): boolean {
  if (result.ok) return hasNoNaN(result.outputs);
  return CODES.includes(result.error.code) && result.error.message.key !== INTERNAL_FAULT_KEY;
}
