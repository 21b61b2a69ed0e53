import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, addYears, makeDate, parts, type IsoDate } from '../core/dates';
import { round2, mul } from '../core/decimal';
import { INTERNAL_FAULT_KEY, type CalcResult } from '../core/result';
import { computeSeniority, type SeniorityOutputs } from './index';
import { WIDE_RULES } from './fixtures';

const ctx = { rulesVersion: 'prop' };
const run = (input: unknown) => computeSeniority(input, WIDE_RULES, ctx);
const CODES = ['invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered'];
const RUNS = { numRuns: 1000 };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Date-like text, sometimes not a real day (31 April, 29 February 2025). */
const dateText = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** A real day between 1950 and 2150. */
// Up to 2100 so that asOf, 40 years and more later, stays inside the C-22 span (1900–2199).
const realDate = fc
  .tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => (makeDate(y, m, Math.min(d, 28)) ?? makeDate(y, m, 1)) as IsoDate);
const ccnl = fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021');

const nearValid = fc.record(
  {
    ruleset: fc.oneof(fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021', 'statute', 'x'), fc.anything()),
    role: fc.oneof(fc.constantFrom('IV', 'ov1', 'VIII'), fc.anything()),
    hireDate: fc.oneof(dateText, realDate, fc.anything()),
    asOf: fc.oneof(dateText, realDate, fc.anything()),
    partTimePercent: fc.oneof(fc.double(), fc.integer({ min: -10, max: 110 }), fc.anything()),
  },
  { requiredKeys: [] },
);

function hasNaN(value: unknown): boolean {
  if (typeof value === 'number') return Number.isNaN(value);
  if (Array.isArray(value)) return value.some(hasNaN);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasNaN);
  return false;
}
function outputs(result: CalcResult<SeniorityOutputs>): SeniorityOutputs {
  if (!result.ok) throw new Error(`unexpected ${result.error.code}: ${result.error.message.key}`);
  return result.outputs;
}
/** A valid pair hire ≤ asOf inside the fixture window. */
const hireAndAsOf = fc.tuple(realDate, fc.integer({ min: 0, max: 40 * 366 })).map(([hire, days]) => {
  const asOf = addMonths(hire, Math.floor(days / 30)) as IsoDate;
  return { hire, asOf };
});

describe('seniority properties (fast-check)', () => {
  it('totality: any input gives a result or one typed error, never a throw, NaN or internal fault', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValid), (input) => {
        const result = run(input);
        if (result.ok) {
          expect(hasNaN(result)).toBe(false);
        } else {
          expect(CODES).toContain(result.error.code);
          expect(result.error.message.key).not.toBe(INTERNAL_FAULT_KEY);
        }
      }),
      RUNS,
    );
  });

  it('determinism: the same input always gives the same result', () => {
    fc.assert(fc.property(fc.oneof(nearValid, fc.anything()), (input) => {
      expect(run(input)).toEqual(run(input));
    }), RUNS);
  });

  it('monotonicity: a later asOf never has fewer steps; count ≤ max; monthlyAmount = count × amount (C-10)', () => {
    fc.assert(
      fc.property(ccnl, hireAndAsOf, fc.integer({ min: 0, max: 5000 }), (ruleset, { hire, asOf }, extra) => {
        const later = addMonths(asOf, Math.floor(extra / 30));
        const a = outputs(run({ ruleset, role: 'ov1', hireDate: hire, asOf }));
        const b = outputs(run({ ruleset, role: 'ov1', hireDate: hire, asOf: later }));
        expect(a.count).toBeLessThanOrEqual(b.count);
        for (const out of [a, b]) {
          expect(out.count).toBeLessThanOrEqual(out.maxSteps);
          expect(out.monthlyAmount).toBe(round2(mul(out.count, out.amountPerStep)));
        }
      }),
      RUNS,
    );
  });

  it('schedule consistency: count = entries payable by asOf; nextStepDate is the first unpaid one', () => {
    fc.assert(
      fc.property(ccnl, hireAndAsOf, (ruleset, { hire, asOf }) => {
        const out = outputs(run({ ruleset, role: 'ov1', hireDate: hire, asOf }));
        expect(out.schedule).toHaveLength(out.maxSteps);
        expect(out.schedule.filter((s) => s.payableFrom <= asOf)).toHaveLength(out.count);
        expect(out.schedule.filter((s) => s.paid)).toHaveLength(out.count);
        expect(out.nextStepDate).toBe(out.schedule.find((s) => !s.paid)?.payableFrom ?? null);
        out.schedule.forEach((s, i) => {
          expect(s.n).toBe(i + 1);
          expect(s.cumulativeMonthlyAmount).toBe(round2(mul(s.n, out.amountPerStep)));
        });
      }),
      RUNS,
    );
  });

  it('time shift: hired on the 1st, steps fall exactly every 3 years; hired later in the month, as if hired on the next 1st', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 31 }), (y, m, day) => {
        const first = makeDate(y, m, 1) as IsoDate;
        const asOf = addYears(first, 31);
        const out = outputs(run({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: first, asOf }));
        out.schedule.forEach((s) => expect(s.payableFrom).toBe(addYears(first, 3 * s.n)));
        expect(parts(out.schedule[9]?.payableFrom as IsoDate).year).toBe(y + 30);
        const later = makeDate(y, m, Math.min(day, 28)) as IsoDate;
        const shifted = outputs(run({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: later, asOf: addMonths(asOf, 1) }));
        expect(shifted.schedule.map((s) => s.payableFrom)).toEqual(out.schedule.map((s) => addMonths(s.payableFrom, 1)));
      }),
      RUNS,
    );
  });
});
