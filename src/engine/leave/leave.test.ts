/** Engine unit tests with the fixture tables (fixtures.ts): RULES.md §2 mechanics, not the real figures. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates';
import { div, mul, round2 } from '../core/decimal';
import type { CalcResult, CalcSuccess } from '../core/result';
import { accrue, usageDeadlines } from './compute';
import { CTX, FIXTURE_CCNL, FIXTURE_RULES } from './fixtures';
import { computeLeave, coverMonths, monthCounts, shareOn, type LeaveOutputs } from './index';

const d = (text: string) => text as IsoDate;
const AT_LEAST = { minDays: 15, comparison: 'at-least' } as const;
const MORE_THAN = { minDays: 15, comparison: 'more-than' } as const;
const RAMP = FIXTURE_CCNL.rolRamp.value;
const YEAR = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };

const run = (input: unknown): CalcResult<LeaveOutputs> => computeLeave(input, FIXTURE_RULES, CTX);
function ok(input: unknown): CalcSuccess<LeaveOutputs> {
  const r = run(input);
  if (!r.ok) throw new Error(`unexpected ${r.error.code} on ${r.error.field}`);
  return r;
}
function err(input: unknown) {
  const r = run(input);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('twelfths (D-LV-2, RULES.md 2.5 step 2)', () => {
  it('the threshold and its comparison are parameters: 15 days count with "at least 15", not with "more than 15"', () => {
    expect(monthCounts(15, AT_LEAST)).toBe(true);
    expect(monthCounts(14, AT_LEAST)).toBe(false);
    expect(monthCounts(15, MORE_THAN)).toBe(false);
    expect(monthCounts(16, MORE_THAN)).toBe(true);
  });
  it('each month touched is judged alone: 17 Jan – 14 Feb 2025 covers 15 and 14 days', () => {
    expect(coverMonths(d('2025-01-17'), d('2025-02-14'), AT_LEAST).map((m) => [m.month, m.covered, m.counted])).toEqual([
      [1, 15, true],
      [2, 14, false],
    ]);
  });
  it('a ruleset with "more than 15" does not count 15 days of February', () => {
    const tds = { ruleset: 'confcommercio-tds', periodEnd: '2025-02-28', schedule: { kind: 'full-time' }, companyEmployees: 5 };
    expect(ok({ ...tds, periodStart: '2025-02-14' }).outputs.months).toBe(0);
    expect(ok({ ...tds, periodStart: '2025-02-13' }).outputs.months).toBe(1);
  });
});

describe('ROL ramp share (D-LV-4, C-2, C-6)', () => {
  it('completed years are read on the 1st of the month; a 1st before the hire counts 0 years (C-2)', () => {
    expect(shareOn(d('2024-03-20'), d('2024-03-01'), RAMP)).toEqual({ years: 0, share: 0 });
    expect(shareOn(d('2023-03-20'), d('2024-03-01'), RAMP)).toEqual({ years: 0, share: 0 });
    expect(shareOn(d('2023-03-20'), d('2024-04-01'), RAMP)).toEqual({ years: 1, share: 0.5 });
  });
  it('a 29 February hire reaches its anniversary on 28 February in a common year (RULES.md 0.4)', () => {
    expect(shareOn(d('2020-02-29'), d('2023-02-01'), RAMP).share).toBe(0.5);
    expect(shareOn(d('2020-02-29'), d('2023-03-01'), RAMP)).toEqual({ years: 3, share: 1 });
  });
  it('no hire date, or a hire on the cut-off day, gives the full share without a ramp (C-6)', () => {
    expect(shareOn(null, d('2025-01-01'), RAMP)).toEqual({ years: null, share: 1 });
    expect(shareOn(d('2000-01-01'), d('2000-02-01'), RAMP)).toEqual({ years: null, share: 1 });
    expect(shareOn(d('2000-01-02'), d('2000-02-01'), RAMP).share).toBe(0);
  });
});

describe('amounts (D-LV-3, D-LV-4, D-LV-6, C-1)', () => {
  it('accrue is exact: 36 × 1/12 × 62.5/100 is 1.875 and rounds to 1.88', () => {
    expect(accrue(36, 1, { num: 62.5, den: 100 }).equals(div(mul(36, 0.625), 12))).toBe(true);
    expect(round2(accrue(36, 1, { num: 62.5, den: 100 }))).toBe(1.88);
  });
  it('a full year with the ramp changing in July: ROL 60/12 × (6 × ½ + 6 × 1) = 45, permits 24 + 45 = 69', () => {
    const r = ok({ ...YEAR, schedule: { kind: 'full-time' }, companyEmployees: 12, hireDate: '2022-06-15' });
    expect(r.outputs).toMatchObject({ months: 12, ferieDays: 20, exFestivitaHours: 24, rolHours: 45, permitHours: 69 });
    expect(r.steps.find((s) => s.label.key === 'leave.step.rampChange')?.value).toBe('2025-06-15');
  });
  it('vertical 2 days of the fixture 5-day week: ferie and hours × 2/5', () => {
    const r = ok({ ...YEAR, schedule: { kind: 'vertical', daysPerWeek: 2 }, companyEmployees: 5 });
    expect(r.outputs).toMatchObject({ ferieDays: 8, exFestivitaHours: 9.6, rolHours: 16, permitHours: 25.6 });
    expect(r.warnings.map((w) => w.code)).toContain('LV-VERTICAL');
  });
  it('horizontal part-time keeps the ferie days and scales the hours', () => {
    expect(ok({ ...YEAR, schedule: { kind: 'horizontal', percent: 25 }, companyEmployees: 50 }).outputs).toMatchObject({
      ferieDays: 20,
      exFestivitaHours: 6,
      rolHours: 15,
      permitHours: 21,
    });
  });
  it('statute: 4 × workingDaysPerWeek, no permit fields (C-8), vertical × days/week (C-5)', () => {
    const r = ok({ ruleset: 'statute', ...YEAR, schedule: { kind: 'vertical', daysPerWeek: 4 }, workingDaysPerWeek: 6 });
    expect(r.outputs.ferieDays).toBe(16);
    expect(Object.keys(r.outputs).sort()).toEqual(['deadlines', 'ferieBalance', 'ferieDays', 'months', 'permitBalance']);
    expect(r.defaultsUsed).not.toContain('workingDaysPerWeek');
  });
  it('usage deadlines come from the table: 12 months in the fixture, 18 in the law', () => {
    expect(ok({ ...YEAR, schedule: { kind: 'full-time' } }).outputs.deadlines).toEqual({ twoWeeksBy: '2025-12-31', restBy: '2026-12-31' });
    expect(usageDeadlines(2024, { inYearWeeks: 2, restMonthsAfterYear: 18 })).toEqual({ twoWeeksBy: '2024-12-31', restBy: '2026-06-30' });
  });
  it('a balance below zero is kept (leave taken in advance) and explained by a warning', () => {
    const r = ok({ periodStart: '2025-01-01', periodEnd: '2025-03-31', schedule: { kind: 'full-time' }, companyEmployees: 5, ferieDaysTaken: 6 });
    expect(r.outputs.ferieBalance).toBe(-1);
    expect(r.warnings.map((w) => w.code)).toContain('LV-NEGATIVE-BALANCE');
  });
});

describe('validation order and fields (RULES.md 2.5 step 1, D-GEN-4, C-9)', () => {
  const base = { ...YEAR, schedule: { kind: 'full-time' } };
  it('anything that is not an object is invalid-value', () => {
    for (const input of [null, undefined, 3, 'x', [], true]) expect(err(input).code).toBe('invalid-value');
  });
  it('types come before dates, dates before the ruleset, the ruleset before order, order before ranges', () => {
    expect(err({ ...base, periodStart: 'bad', periodEnd: 5 })).toMatchObject({ code: 'invalid-value', field: 'periodEnd' });
    expect(err({ ...base, periodStart: '2025-02-30', ruleset: 'nope' })).toMatchObject({ code: 'invalid-date', field: 'periodStart' });
    expect(err({ ...base, periodEnd: '2024-01-01', ruleset: 'nope' }).code).toBe('unknown-ruleset');
    expect(err({ ...base, periodEnd: '2024-01-01', companyEmployees: -1 }).code).toBe('date-order');
    expect(err({ ...base, ruleset: 1 })).toMatchObject({ code: 'invalid-value', field: 'ruleset' });
  });
  it('optional fields are type-checked and range-checked with their own names', () => {
    expect(err({ ...base, companyEmployees: '5' })).toMatchObject({ code: 'invalid-value', field: 'companyEmployees' });
    expect(err({ ...base, companyEmployees: -0.5 })).toMatchObject({ code: 'out-of-range', field: 'companyEmployees' });
    expect(err({ ...base, hireDate: 20200101 })).toMatchObject({ code: 'invalid-value', field: 'hireDate' });
    expect(err({ ...base, workingDaysPerWeek: 5.5 })).toMatchObject({ code: 'out-of-range', field: 'workingDaysPerWeek' });
    expect(err({ ...base, permitHoursTaken: -2 })).toMatchObject({ code: 'out-of-range', field: 'permitHoursTaken' });
    expect(err({ ...base, schedule: { kind: 'vertical', daysPerWeek: 2.5 } })).toMatchObject({ code: 'out-of-range', field: 'schedule.daysPerWeek' });
    expect(err({ ...base, schedule: { kind: 'horizontal', percent: Number.NaN } })).toMatchObject({ code: 'invalid-value', field: 'schedule.percent' });
  });
  it('a period outside every window is not covered, naming periodStart', () => {
    expect(err({ ...base, periodStart: '2009-12-31', periodEnd: '2009-12-31' })).toMatchObject({ code: 'not-covered', field: 'periodStart' });
  });
});

describe('explanation (RULES.md 2.8)', () => {
  it('Unimpresa results carry W-1, W-2 (inferred figures), W-4 and the G9 doubt; TDS results only W-4 of those', () => {
    const codes = (ruleset: string) => ok({ ruleset, ...YEAR, schedule: { kind: 'full-time' }, companyEmployees: 5 }).warnings.map((w) => w.code);
    expect(codes('unimpresa-vvp-2021')).toEqual(expect.arrayContaining(['W-1', 'W-2', 'W-4', 'LV-G9']));
    expect(codes('confcommercio-tds')).not.toEqual(expect.arrayContaining(['W-1']));
    expect(codes('confcommercio-tds')).toContain('W-4');
  });
  it('every step with a status names its sources, and the inputs echo the defaults used', () => {
    const r = ok({ ruleset: 'statute', ...YEAR, schedule: { kind: 'full-time' } });
    for (const step of r.steps) if (step.status) expect(step.sourceIds.length).toBeGreaterThan(0);
    expect(r.inputs).toMatchObject({ workingDaysPerWeek: 5, ruleset: 'statute' });
    expect(r.info.map((m) => m.key)).toContain('leave.info.workingWeekAssumed');
  });
});
