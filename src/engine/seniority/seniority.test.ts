import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates';
import type { CalcResult, CalcSuccess } from '../core/result';
import { computeSeniority, payableDates, seniorityStart, stepsInPayment, type SeniorityOutputs } from './index';
import { FIXTURE_RULES } from './fixtures';

const ctx = { rulesVersion: 'test-1' };
const d = (text: string) => text as IsoDate;
const run = (input: unknown) => computeSeniority(input, FIXTURE_RULES, ctx);
const base = { ruleset: 'confcommercio-tds', role: 'A', hireDate: '2010-01-01', asOf: '2013-06-15' };

function ok(result: CalcResult<SeniorityOutputs>): CalcSuccess<SeniorityOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.message.key}`);
  return result;
}
function failure(result: CalcResult<SeniorityOutputs>) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('seniority start and payable dates (D-SC-2, RULES.md 3.5 steps 2–3)', () => {
  it('starts on the hire date when hired on the 1st of a month', () => {
    expect(seniorityStart(d('2015-03-01'))).toBe('2015-03-01');
  });
  it('starts on the 1st of the next month otherwise, also from 29 February and 31 December', () => {
    expect(seniorityStart(d('2015-03-10'))).toBe('2015-04-01');
    expect(seniorityStart(d('2016-02-29'))).toBe('2016-03-01');
    expect(seniorityStart(d('2024-12-31'))).toBe('2025-01-01');
  });
  it('pays step n from anniv(start, period × n)', () => {
    expect(payableDates(d('2015-04-01'), 3, 3)).toEqual(['2018-04-01', '2021-04-01', '2024-04-01']);
  });
  it('counts a step whose payable date equals asOf, and not the day before', () => {
    const payable = [d('2018-04-01'), d('2021-04-01')];
    expect(stepsInPayment(payable, d('2021-04-01'))).toBe(2);
    expect(stepsInPayment(payable, d('2021-03-31'))).toBe(1);
  });
});

describe('computeSeniority with fixture tables (2-year steps, at most 3)', () => {
  it('counts the steps in payment and gives the next date (D-SC-2)', () => {
    const out = ok(run(base)).outputs;
    expect(out).toMatchObject({ count: 1, maxSteps: 3, nextStepDate: '2014-01-01', monthlyAmount: 10, amountPerStep: 10, seniorityStart: '2010-01-01' });
  });
  it('caps the count at the maximum and gives a null next date (D-SC-1)', () => {
    const out = ok(run({ ...base, asOf: '2030-01-01' })).outputs;
    expect(out.count).toBe(3);
    expect(out.nextStepDate).toBeNull();
    expect(out.schedule.every((s) => s.paid)).toBe(true);
  });
  it('multiplies amounts in exact decimals (C-10: 3 × 1.10 = 3.30, not 3.3000000000000003)', () => {
    const out = ok(run({ ...base, role: 'B', asOf: '2016-01-01' })).outputs;
    expect(out.monthlyAmount).toBe(3.3);
    expect(out.schedule.map((s) => s.cumulativeMonthlyAmount)).toEqual([1.1, 2.2, 3.3]);
  });
  it('lists the full schedule with paid flags', () => {
    const out = ok(run({ ...base, asOf: '2014-01-01' })).outputs;
    expect(out.schedule).toEqual([
      { n: 1, payableFrom: '2012-01-01', cumulativeMonthlyAmount: 10, paid: true },
      { n: 2, payableFrom: '2014-01-01', cumulativeMonthlyAmount: 20, paid: true },
      { n: 3, payableFrom: '2016-01-01', cumulativeMonthlyAmount: 30, paid: false },
    ]);
  });
  it('pro-rates the part-time amount from exact values, rounded half-up once (C-1): 3.30 × 50% = 1.65', () => {
    const out = ok(run({ ...base, role: 'B', asOf: '2016-01-01', partTimePercent: 50 })).outputs;
    expect(out.partTimeMonthlyAmount).toBe(1.65);
    expect(out.monthlyAmount).toBe(3.3);
  });
  it('rounds the part-time amount half-up: 1.10 × 2.5% = 0.0275 → 0.03', () => {
    expect(ok(run({ ...base, role: 'B', asOf: '2012-01-01', partTimePercent: 2.5 })).outputs.partTimeMonthlyAmount).toBe(0.03);
  });
  it('leaves partTimeMonthlyAmount null when no percentage is given', () => {
    expect(ok(run(base)).outputs.partTimeMonthlyAmount).toBeNull();
  });
  it('gives zero steps, not an error, when asOf is before the start of seniority', () => {
    const out = ok(run({ ...base, hireDate: '2010-01-10', asOf: '2010-01-20' })).outputs;
    expect(out).toMatchObject({ count: 0, nextStepDate: '2012-02-01', monthlyAmount: 0 });
  });
});

describe('explanation: statuses, warnings, information (D-GEN-3, RULES.md 3.8)', () => {
  it('carries each figure’s status, flags and sources on its step', () => {
    const result = ok(run({ ...base, role: 'B', hireDate: '2002-01-01' }));
    const amountStep = result.steps.find((s) => s.label.key === 'seniority.step.amountPerStep');
    expect(amountStep).toMatchObject({ value: 1.1, status: 'cited-source', flags: ['verify'], sourceIds: ['S48'] });
    const start = result.steps.find((s) => s.label.key === 'seniority.step.start');
    expect(start).toMatchObject({ status: 'inferred', flags: ['practice'] });
    expect(result.warnings.map((w) => w.code)).toEqual(['SC-G4', 'W-4']);
  });
  it('adds W-1, W-2, the training note (G1) and W-4 under Unimpresa', () => {
    const result = ok(run({ ...base, ruleset: 'unimpresa-vvp-2021', asOf: '2014-01-01' }));
    expect(result.warnings.map((w) => w.code)).toEqual(['SC-G1', 'W-1', 'W-2', 'W-4']);
  });
  it('defaults the ruleset to Unimpresa', () => {
    const { ruleset: _omit, ...rest } = base;
    expect(ok(run({ ...rest, asOf: '2014-01-01' })).ruleset).toBe('unimpresa-vvp-2021');
  });
  it('shows the part-time step only when a percentage is given, and the information lines always', () => {
    const result = ok(run({ ...base, partTimePercent: 60 }));
    expect(result.steps.some((s) => s.label.key === 'seniority.step.partTime')).toBe(true);
    expect(result.info.map((m) => m.key)).toEqual(['seniority.info.amountsUnchanged', 'seniority.info.notHandled']);
    expect(result.notCovered.map((m) => m.key)).toContain('seniority.notCovered.promotion');
    expect(result.rulesVersion).toBe('test-1');
  });
});

describe('errors (RULES.md 0.4, D-GEN-4, C-10, D-SC-4, D-SC-5)', () => {
  it.each([
    ['null input', null, undefined],
    ['an array', [base], undefined],
    ['a missing hireDate', { ...base, hireDate: undefined }, 'hireDate'],
    ['a numeric asOf', { ...base, asOf: 20240101 }, 'asOf'],
    ['a missing role under a CCNL', { ...base, role: undefined }, 'role'],
    ['a numeric ruleset', { ...base, ruleset: 3 }, 'ruleset'],
    ['a text partTimePercent', { ...base, partTimePercent: '50' }, 'partTimePercent'],
    ['a NaN partTimePercent', { ...base, partTimePercent: Number.NaN }, 'partTimePercent'],
  ])('refuses %s with invalid-value', (_name, input, field) => {
    const error = failure(run(input));
    expect(error.code).toBe('invalid-value');
    expect(error.field).toBe(field);
  });
  it('checks types before dates: a bad date and a missing role give invalid-value for role', () => {
    expect(failure(run({ ...base, hireDate: '2025-02-29', role: undefined }))).toMatchObject({ code: 'invalid-value', field: 'role' });
  });
  it('refuses a non-existent day with invalid-date', () => {
    expect(failure(run({ ...base, asOf: '2025-02-29' }))).toMatchObject({ code: 'invalid-date', field: 'asOf' });
  });
  it('refuses an unknown ruleset and an unknown role', () => {
    expect(failure(run({ ...base, ruleset: 'ccnl-x' })).code).toBe('unknown-ruleset');
    expect(failure(run({ ...base, ruleset: 'unimpresa-vvp-2021', role: 'C' })).code).toBe('unknown-role');
  });
  it('refuses asOf before hireDate with date-order (C-10), but accepts them equal', () => {
    expect(failure(run({ ...base, asOf: '2009-12-31' }))).toMatchObject({ code: 'date-order', field: 'asOf' });
    expect(ok(run({ ...base, asOf: '2010-01-01' })).outputs.count).toBe(0);
  });
  it.each([0, -5, 100.01])('refuses partTimePercent %s with out-of-range', (p) => {
    expect(failure(run({ ...base, partTimePercent: p }))).toMatchObject({ code: 'out-of-range', field: 'partTimePercent' });
  });
  it('accepts partTimePercent 100, equal to full-time', () => {
    const out = ok(run({ ...base, partTimePercent: 100 })).outputs;
    expect(out.partTimeMonthlyAmount).toBe(out.monthlyAmount);
  });
  it('answers not-covered under the statute, ignoring any role (D-SC-4, C-4)', () => {
    expect(failure(run({ ...base, ruleset: 'statute', role: 42 }))).toMatchObject({ code: 'not-covered', field: 'ruleset' });
  });
  it('answers not-covered for a hire the day before the cut-off, and covers the cut-off day (D-SC-5)', () => {
    const error = failure(run({ ...base, role: 'B', hireDate: '2000-12-31' }));
    expect(error).toMatchObject({ code: 'not-covered', field: 'hireDate', message: { key: 'seniority.error.conventionalStart' } });
    expect(ok(run({ ...base, role: 'B', hireDate: '2001-01-01' })).outputs.seniorityStart).toBe('2001-01-01');
  });
  it('answers not-covered outside the window of the amounts, looked up on asOf', () => {
    expect(failure(run({ ...base, asOf: '2031-01-01' }))).toMatchObject({ code: 'not-covered', field: 'asOf' });
    expect(failure(run({ ...base, ruleset: 'unimpresa-vvp-2021', hireDate: '2009-01-01', asOf: '2009-12-31' })).code).toBe('not-covered');
    expect(ok(run({ ...base, ruleset: 'unimpresa-vvp-2021', hireDate: '2009-01-01', asOf: '2010-01-01' })).outputs.count).toBe(0);
  });
  it('answers not-covered for a role with no amount row rather than guessing', () => {
    expect(failure(run({ ...base, role: 'C' }))).toMatchObject({ code: 'not-covered', field: 'role' });
  });
  it('refuses dates outside 1900–2199 as out-of-range before computing step dates (C-22)', () => {
    const wide = { ...base, ruleset: 'unimpresa-vvp-2021', hireDate: '9995-01-01', asOf: '9999-01-01' };
    expect(failure(run(wide))).toMatchObject({ code: 'out-of-range', field: 'hireDate' });
  });
});
