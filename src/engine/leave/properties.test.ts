/** fast-check properties of the leave engine (issue "The five calculation engines"), on the fixture tables. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, makeDate, type IsoDate } from '../core/dates';
import { INTERNAL_FAULT_KEY, type CalcResult } from '../core/result';
import { CTX, FIXTURE_CCNL, FIXTURE_RULES } from './fixtures';
import { computeLeave, shareOn, type LeaveOutputs } from './index';

const RUNS = { numRuns: 1000 };
const CODES = ['invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered'];
const run = (input: unknown): CalcResult<LeaveOutputs> => computeLeave(input, FIXTURE_RULES, CTX);

/** A real date of 2024 (leap) or 2025, as a day offset from 1 January. */
const dayOf = (year: number, offset: number) => addDays(makeDate(year, 1, 1) as IsoDate, offset);
const daysIn = (year: number) => (year === 2024 ? 366 : 365);

const rulesetArb = fc.constantFrom('unimpresa-vvp-2021', 'confcommercio-tds', 'statute');
const scheduleArb = fc.oneof(
  fc.constant({ kind: 'full-time' }),
  fc.record({ kind: fc.constant('vertical'), daysPerWeek: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('horizontal'), percent: fc.double({ min: 0.5, max: 100, noNaN: true }).map((p) => Math.round(p * 10) / 10) }),
);

/** Valid inputs: a period inside one year, a hire on or before its start. */
const validArb = fc
  .record({
    year: fc.constantFrom(2024, 2025),
    a: fc.nat(),
    b: fc.nat(),
    hireBack: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: undefined }),
    ruleset: rulesetArb,
    schedule: scheduleArb,
    companyEmployees: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
    workingDaysPerWeek: fc.option(fc.constantFrom(5, 6), { nil: undefined }),
  })
  .map(({ year, a, b, hireBack, ...rest }) => {
    const [lo, hi] = [a % daysIn(year), b % daysIn(year)].sort((x, y) => x - y) as [number, number];
    const periodStart = dayOf(year, lo);
    return { ...rest, periodStart, periodEnd: dayOf(year, hi), hireDate: hireBack === undefined ? undefined : addDays(periodStart, -hireBack) };
  });

const nearValidArb = fc.record(
  {
    ruleset: fc.oneof(rulesetArb, fc.string(), fc.integer()),
    periodStart: fc.oneof(fc.constantFrom('2025-01-01', '2025-02-29', '2024-02-29', '2025-13-01'), fc.string(), fc.integer()),
    periodEnd: fc.oneof(fc.constantFrom('2025-12-31', '2026-01-01', '2024-12-31', '2025-06-31'), fc.string()),
    schedule: fc.oneof(scheduleArb, fc.anything(), fc.record({ kind: fc.constantFrom('vertical', 'horizontal'), daysPerWeek: fc.anything(), percent: fc.anything() })),
    companyEmployees: fc.oneof(fc.double(), fc.anything()),
    hireDate: fc.oneof(fc.constantFrom('2020-02-29', '2025-06-01', '1999-01-01'), fc.anything()),
    workingDaysPerWeek: fc.oneof(fc.integer({ min: -1, max: 8 }), fc.double()),
    ferieDaysTaken: fc.oneof(fc.double(), fc.anything()),
    permitHoursTaken: fc.oneof(fc.double(), fc.anything()),
  },
  { requiredKeys: [] },
);

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

const accrued = (o: LeaveOutputs) => ({ months: o.months, ferie: o.ferieDays, ex: o.exFestivitaHours ?? 0, rol: o.rolHours ?? 0, permits: o.permitHours ?? 0 });
function outputs(input: unknown): LeaveOutputs {
  const r = run(input);
  if (!r.ok) throw new Error(`unexpected ${r.error.code} on ${r.error.field}`);
  return r.outputs;
}

describe('leave properties', () => {
  it('totality: any input gives a result or one known typed error, never a throw, NaN or internal fault', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValidArb, validArb), (input) => {
        const r = run(input);
        if (r.ok) {
          expect(numbersIn(r.outputs).every(Number.isFinite)).toBe(true);
          expect(numbersIn(r.steps.map((s) => s.value)).every(Number.isFinite)).toBe(true);
        } else {
          expect(CODES).toContain(r.error.code);
          expect(r.error.message.key).not.toBe(INTERNAL_FAULT_KEY);
        }
      }),
      RUNS,
    );
  });

  it('determinism: the same input gives the same result', () => {
    fc.assert(fc.property(fc.oneof(validArb, nearValidArb), (input) => {
      expect(run(input)).toEqual(run(structuredClone(input)));
    }), RUNS);
  });

  it('monotonicity: a later periodEnd in the same year never accrues fewer months, ferie or hours', () => {
    fc.assert(
      fc.property(validArb, fc.nat(400), (input, extra) => {
        const year = Number(input.periodEnd.slice(0, 4));
        const later = addDays(input.periodEnd, extra);
        fc.pre(later <= (makeDate(year, 12, 31) as string));
        const [a, b] = [accrued(outputs(input)), accrued(outputs({ ...input, periodEnd: later }))];
        for (const key of Object.keys(a) as (keyof typeof a)[]) expect(b[key]).toBeGreaterThanOrEqual(a[key]);
      }),
      RUNS,
    );
  });

  it('monotonicity: one more day per week never gives fewer ferie days or hours', () => {
    fc.assert(
      fc.property(validArb, fc.integer({ min: 1, max: 4 }), (input, days) => {
        const fewer = accrued(outputs({ ...input, schedule: { kind: 'vertical', daysPerWeek: days }, workingDaysPerWeek: 5 }));
        const more = accrued(outputs({ ...input, schedule: { kind: 'vertical', daysPerWeek: days + 1 }, workingDaysPerWeek: 5 }));
        for (const key of Object.keys(fewer) as (keyof typeof fewer)[]) expect(more[key]).toBeGreaterThanOrEqual(fewer[key]);
      }),
      RUNS,
    );
  });

  it('part-time never exceeds full-time', () => {
    fc.assert(
      fc.property(validArb, (input) => {
        const part = accrued(outputs(input));
        const full = accrued(outputs({ ...input, schedule: { kind: 'full-time' } }));
        for (const key of Object.keys(part) as (keyof typeof part)[]) expect(part[key]).toBeLessThanOrEqual(full[key]);
      }),
      RUNS,
    );
  });

  it('the ROL ramp share never decreases with a later month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 48 }), (h, m, step) => {
        const hire = addDays('1995-01-01' as IsoDate, h);
        const first = makeDate(2000 + Math.floor(m / 12), (m % 12) + 1, 1) as IsoDate;
        const next = makeDate(2000 + Math.floor((m + step) / 12), ((m + step) % 12) + 1, 1) as IsoDate;
        const ramp = FIXTURE_CCNL.rolRamp.value;
        expect(shareOn(hire, next, ramp).share).toBeGreaterThanOrEqual(shareOn(hire, first, ramp).share);
      }),
      RUNS,
    );
  });

  it('accrued outputs are never negative and never above a full year', () => {
    fc.assert(
      fc.property(validArb, (input) => {
        const o = outputs(input);
        for (const value of Object.values(accrued(o))) expect(value).toBeGreaterThanOrEqual(0);
        expect(o.months).toBeLessThanOrEqual(12);
      }),
      RUNS,
    );
  });
});
