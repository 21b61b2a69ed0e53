/**
 * Real-rules tests of the leave calculator through calculate(): every
 * reference case (RULES.md 2.7) and edge-case row (2.6), plus the
 * conventions C-6 … C-9 and the validity windows. Expectations come from
 * RULES.md, never from the code's output.
 */
import { describe, expect, it } from 'vitest';
// Real-rules tests go through calculate() as the engines issue requires, although rules data may not import it.
import { calculate, type CalcResult, type CalcSuccess } from '../../../src/calculators';
import type { LeaveOutputs } from '../../../src/engine/leave/types';

const YEAR_2025 = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
const FULL = { kind: 'full-time' };

function run(input: Record<string, unknown>): CalcResult {
  return calculate('leave', input);
}
function ok(input: Record<string, unknown>): CalcSuccess<LeaveOutputs> {
  const result = run(input);
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} on ${result.error.field}`);
  return result as CalcSuccess<LeaveOutputs>;
}
function out(input: Record<string, unknown>): LeaveOutputs {
  return ok(input).outputs;
}
function errorOf(input: unknown): { code: string; field?: string } {
  const result = calculate('leave', input);
  if (result.ok) throw new Error('expected an error, got a result');
  return result.error;
}

describe('RULES.md 2.7 reference cases', () => {
  it('LV-1a: an Unimpresa fixed-term worker from 20 May to 10 Sep 2025 accrues 3 twelfths, 6.50 ferie, 8 h ex-festività, no ROL', () => {
    const o = out({ ruleset: 'unimpresa-vvp-2021', periodStart: '2025-05-20', periodEnd: '2025-09-10', schedule: FULL, companyEmployees: 8, hireDate: '2025-05-20' });
    expect(o).toMatchObject({ months: 3, ferieDays: 6.5, exFestivitaHours: 8, rolHours: 0, permitHours: 8 });
  });
  it('LV-2: a TDS worker hired in 2015 in a company of 30 accrues 26 ferie, 32 + 72 = 104 permit hours in 2025', () => {
    const o = out({ ruleset: 'confcommercio-tds', ...YEAR_2025, schedule: FULL, companyEmployees: 30, hireDate: '2015-01-12' });
    expect(o).toMatchObject({ months: 12, ferieDays: 26, exFestivitaHours: 32, rolHours: 72, permitHours: 104 });
  });
  it('LV-3: a TDS worker hired on 1 Mar 2023 gets no ROL in 2024 (1st–2nd year), 32 permit hours', () => {
    const o = out({ ruleset: 'confcommercio-tds', periodStart: '2024-01-01', periodEnd: '2024-12-31', schedule: FULL, companyEmployees: 25, hireDate: '2023-03-01' });
    expect(o).toMatchObject({ exFestivitaHours: 32, rolHours: 0, permitHours: 32 });
  });
  it('LV-4: a TDS worker hired on 4 Jan 2021 gets half the ROL in 2024: 68 h with 25 employees, 60 h with 12', () => {
    const base = { ruleset: 'confcommercio-tds', periodStart: '2024-01-01', periodEnd: '2024-12-31', schedule: FULL, hireDate: '2021-01-04' };
    expect(out({ ...base, companyEmployees: 25 })).toMatchObject({ exFestivitaHours: 32, rolHours: 36, permitHours: 68 });
    expect(out({ ...base, companyEmployees: 12 })).toMatchObject({ exFestivitaHours: 32, rolHours: 28, permitHours: 60 });
  });
  it('LV-5: a TDS worker hired on 1 Jun 2018 in a company of 12 gets the full 56 ROL in 2024, 88 h in all', () => {
    const o = out({ ruleset: 'confcommercio-tds', periodStart: '2024-01-01', periodEnd: '2024-12-31', schedule: FULL, companyEmployees: 12, hireDate: '2018-06-01' });
    expect(o).toMatchObject({ exFestivitaHours: 32, rolHours: 56, permitHours: 88 });
  });
  it('LV-7: an Unimpresa vertical part-timer on 3 days hired in 2009 accrues 13 ferie, 16 + 28 = 44 permit hours in 2025', () => {
    const o = out({ ruleset: 'unimpresa-vvp-2021', ...YEAR_2025, schedule: { kind: 'vertical', daysPerWeek: 3 }, companyEmployees: 10, hireDate: '2009-04-01' });
    expect(o).toMatchObject({ ferieDays: 13, exFestivitaHours: 16, rolHours: 28, permitHours: 44 });
  });
  it('LV-8h: an Unimpresa horizontal part-timer at 50% keeps 26 ferie and accrues 16 + 36 = 52 permit hours', () => {
    const o = out({ ruleset: 'unimpresa-vvp-2021', ...YEAR_2025, schedule: { kind: 'horizontal', percent: 50 }, companyEmployees: 20, hireDate: '2016-02-01' });
    expect(o).toMatchObject({ ferieDays: 26, exFestivitaHours: 16, rolHours: 36, permitHours: 52 });
  });
  it('LV-9v: an Unimpresa vertical part-timer on 4 days accrues 17.33 ferie, 21.33 + 48 = 69.33 permit hours', () => {
    const o = out({ ruleset: 'unimpresa-vvp-2021', ...YEAR_2025, schedule: { kind: 'vertical', daysPerWeek: 4 }, companyEmployees: 20, hireDate: '2012-01-09' });
    expect(o).toMatchObject({ ferieDays: 17.33, exFestivitaHours: 21.33, rolHours: 48, permitHours: 69.33 });
  });
  it('LV-6: under the statute a full-time worker on a 5-day week accrues 20 ferie days, with no permit fields and a warning', () => {
    const r = ok({ ruleset: 'statute', ...YEAR_2025, schedule: FULL });
    expect(r.outputs).toMatchObject({ months: 12, ferieDays: 20 });
    for (const field of ['exFestivitaHours', 'rolHours', 'permitHours']) expect(field in r.outputs).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain('LV-STATUTE-PERMITS');
    expect(r.defaultsUsed).toContain('workingDaysPerWeek');
  });
});

describe('RULES.md 2.6 edge cases: twelfths (D-LV-2, each month judged alone)', () => {
  const months = (periodStart: string, periodEnd: string) => out({ periodStart, periodEnd, schedule: FULL, companyEmployees: 5 }).months;
  it('15 days of February 2025 (14th–28th) count as one month', () => expect(months('2025-02-14', '2025-02-28')).toBe(1));
  it('14 days of February 2025 (15th–28th) do not count', () => expect(months('2025-02-15', '2025-02-28')).toBe(0));
  it('15 days of February 2024 (15th–29th, leap year) count', () => expect(months('2024-02-15', '2024-02-29')).toBe(1));
  it('in a 31-day month the 17th–31st (15 days) count and the 18th–31st (14 days) do not', () => {
    expect(months('2025-01-17', '2025-01-31')).toBe(1);
    expect(months('2025-01-18', '2025-01-31')).toBe(0);
  });
  it('20 Jan – 10 Feb 2025 (12 + 10 days) gives 0 months although 22 days were worked', () => expect(months('2025-01-20', '2025-02-10')).toBe(0));
  it('17 Jan – 14 Feb 2025 (15 + 14 days) gives 1 month', () => expect(months('2025-01-17', '2025-02-14')).toBe(1));
  it('hired 10 Jan 2025, period 10 Jan – 31 Dec: January counts (22 days), 12 months, 26 ferie', () => {
    expect(out({ periodStart: '2025-01-10', periodEnd: '2025-12-31', schedule: FULL, companyEmployees: 5, hireDate: '2025-01-10' })).toMatchObject({ months: 12, ferieDays: 26 });
  });
  it('a period with 0 counted months gives all outputs 0 and is not an error', () => {
    const o = out({ ruleset: 'confcommercio-tds', periodStart: '2025-03-20', periodEnd: '2025-04-02', schedule: FULL, companyEmployees: 30, hireDate: '2010-01-01' });
    expect(o).toMatchObject({ months: 0, ferieDays: 0, exFestivitaHours: 0, rolHours: 0, permitHours: 0 });
  });
  it('the explanation says why a month did not count ("14 giorni a febbraio: meno di 15")', () => {
    const r = ok({ periodStart: '2025-02-15', periodEnd: '2025-03-31', schedule: FULL, companyEmployees: 5 });
    const feb = r.steps.find((s) => s.label.params?.month === 'leave.month.2');
    expect(feb?.value).toBe(14);
    expect(feb?.detail).toEqual({ key: 'leave.detail.monthNotCounted.at-least', params: { days: 14, monthIn: 'leave.monthIn.2', threshold: 15 } });
  });
});

describe('RULES.md 2.6 edge cases: ROL size split and ramp (D-LV-4, C-2, C-6)', () => {
  const tds = { ruleset: 'confcommercio-tds', ...YEAR_2025, schedule: FULL };
  it('companyEmployees 15 gives 56 h of ROL, 16 gives 72 h', () => {
    expect(out({ ...tds, companyEmployees: 15, hireDate: '2010-01-01' }).rolHours).toBe(56);
    expect(out({ ...tds, companyEmployees: 16, hireDate: '2010-01-01' }).rolHours).toBe(72);
  });
  it('hired 2011-02-28 has no ramp (full ROL in 2012), hired 2011-03-01 has the ramp (no ROL in 2012), flagged contested (R-2)', () => {
    const y2012 = { ruleset: 'confcommercio-tds', periodStart: '2012-01-01', periodEnd: '2012-12-31', schedule: FULL, companyEmployees: 20 };
    expect(out({ ...y2012, hireDate: '2011-02-26' }).rolHours).toBe(72);
    expect(out({ ...y2012, hireDate: '2011-02-28' }).rolHours).toBe(72);
    expect(out({ ...y2012, hireDate: '2011-03-01' }).rolHours).toBe(0);
    const ramp = ok({ ...y2012, hireDate: '2011-03-01' }).steps.find((s) => s.sourceIds.includes('S67'));
    expect(ramp?.flags).toContain('contested');
  });
  it('hired 2023-03-20, > 15 employees: Jan–Mar 0%, Apr–Dec 50% → rolHours 27.00, permitHours 59.00; the 20 Mar 2025 anniversary is shown', () => {
    const r = ok({ ...tds, companyEmployees: 20, hireDate: '2023-03-20' });
    expect(r.outputs).toMatchObject({ rolHours: 27, permitHours: 59 });
    const change = r.steps.find((s) => s.label.key === 'leave.step.rampChange');
    expect(change?.value).toBe('2025-03-20');
    expect(change?.detail?.params).toMatchObject({ years: 2, share: 50, month: 'leave.month.4' });
  });
  it('hired 2023-03-01, > 15: 1 March 2025 is the 2nd anniversary, Mar–Dec 50% → rolHours 30.00', () => {
    expect(out({ ...tds, companyEmployees: 20, hireDate: '2023-03-01' }).rolHours).toBe(30);
  });
  it('hired 2021-07-10, ≤ 15: Jan–Jul 50%, Aug–Dec 100% → rolHours 39.67, permitHours 71.67', () => {
    expect(out({ ...tds, companyEmployees: 10, hireDate: '2021-07-10' })).toMatchObject({ rolHours: 39.67, permitHours: 71.67 });
  });
  it('C-6: with no hire date the ramp is assumed over (100%), flagged and listed as a default', () => {
    const r = ok({ ...tds, companyEmployees: 20 });
    expect(r.outputs.rolHours).toBe(72);
    expect(r.warnings.map((w) => w.code)).toContain('LV-HIRE-ASSUMED');
    expect(r.defaultsUsed).toContain('hireDate');
  });
  it('C-8 / D-LV-5: without companyEmployees rolHours and permitHours are null, exFestivitaHours is given, and ROL is not covered', () => {
    const r = ok({ ...tds, hireDate: '2010-01-01' });
    expect(r.outputs).toMatchObject({ exFestivitaHours: 32, rolHours: null, permitHours: null });
    expect(r.notCovered.map((m) => m.key)).toContain('leave.notCovered.rolCompanySize');
  });
});

describe('RULES.md 2.6 edge cases: rounding and part-time (C-1, D-LV-3, D-LV-6)', () => {
  it('5 months full-time under a CCNL: 26 × 5/12 = 10.8333 → 10.83 ferie', () => {
    expect(out({ periodStart: '2025-01-01', periodEnd: '2025-05-31', schedule: FULL, companyEmployees: 5 }).ferieDays).toBe(10.83);
  });
  it('horizontal 62.5%, March 2025, ROL at 50%: 1.67 + 1.88 shown beside a total of 3.54, not 3.55', () => {
    const o = out({ ruleset: 'confcommercio-tds', periodStart: '2025-03-01', periodEnd: '2025-03-31', schedule: { kind: 'horizontal', percent: 62.5 }, companyEmployees: 20, hireDate: '2022-06-01' });
    expect(o).toMatchObject({ exFestivitaHours: 1.67, rolHours: 1.88, permitHours: 3.54 });
  });
  it('vertical 3 days, full year: CCNL 13.00 ferie; statute 12.00 with the default 5-day week and with a 6-day week', () => {
    const vertical = { ...YEAR_2025, schedule: { kind: 'vertical', daysPerWeek: 3 }, companyEmployees: 5 };
    expect(out(vertical).ferieDays).toBe(13);
    expect(out({ ...vertical, ruleset: 'statute' }).ferieDays).toBe(12);
    expect(out({ ...vertical, ruleset: 'statute', workingDaysPerWeek: 6 }).ferieDays).toBe(12);
  });
  it('statute, full-time, full year, 6-day week: 24.00 ferie', () => {
    expect(out({ ruleset: 'statute', ...YEAR_2025, schedule: FULL, workingDaysPerWeek: 6 }).ferieDays).toBe(24);
  });
  it('statute, horizontal 50%, full year: 20.00 ferie (days unchanged) and no permit fields', () => {
    const o = out({ ruleset: 'statute', ...YEAR_2025, schedule: { kind: 'horizontal', percent: 50 } });
    expect(o.ferieDays).toBe(20);
    expect(Object.keys(o)).not.toContain('permitHours');
  });
  it('statute, January–May 2025, no workingDaysPerWeek: 5 months, 4 × 5 × 5/12 = 8.3333 → 8.33', () => {
    expect(out({ ruleset: 'statute', periodStart: '2025-01-01', periodEnd: '2025-05-31', schedule: FULL })).toMatchObject({ months: 5, ferieDays: 8.33 });
  });
});

describe('RULES.md 2.6 edge cases: refusals (C-7, C-9, D-GEN-4)', () => {
  const base = { periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: FULL };
  it('statute, vertical 6 days with the default 5-day week → out-of-range on schedule.daysPerWeek', () => {
    expect(errorOf({ ...base, ruleset: 'statute', schedule: { kind: 'vertical', daysPerWeek: 6 } })).toMatchObject({ code: 'out-of-range', field: 'schedule.daysPerWeek' });
  });
  it('periodEnd before periodStart → date-order', () => {
    expect(errorOf({ ...base, periodStart: '2025-09-30', periodEnd: '2025-03-01' }).code).toBe('date-order');
  });
  it('a hire after the start of the period → date-order on hireDate', () => {
    expect(errorOf({ ...base, hireDate: '2025-01-02' })).toMatchObject({ code: 'date-order', field: 'hireDate' });
  });
  it('period 2025-12-01 … 2026-01-31 spans two years → out-of-range', () => {
    expect(errorOf({ ...base, periodStart: '2025-12-01', periodEnd: '2026-01-31' }).code).toBe('out-of-range');
  });
  it.each([
    [{ kind: 'vertical', daysPerWeek: 0 }, 'schedule.daysPerWeek'],
    [{ kind: 'vertical', daysPerWeek: 7 }, 'schedule.daysPerWeek'],
    [{ kind: 'horizontal', percent: 0 }, 'schedule.percent'],
    [{ kind: 'horizontal', percent: 120 }, 'schedule.percent'],
  ])('schedule %j → out-of-range on %s', (schedule, field) => {
    expect(errorOf({ ...base, schedule })).toMatchObject({ code: 'out-of-range', field });
  });
  it.each([0, 7])('workingDaysPerWeek %i → out-of-range', (workingDaysPerWeek) => {
    expect(errorOf({ ...base, workingDaysPerWeek })).toMatchObject({ code: 'out-of-range', field: 'workingDaysPerWeek' });
  });
  it.each([
    [{ ...base, schedule: { kind: 'mixed' } }, 'schedule.kind'],
    [{ periodStart: '2025-01-01', periodEnd: '2025-12-31' }, 'schedule'],
    [{ ...base, schedule: { kind: 'vertical' } }, 'schedule.daysPerWeek'],
    [{ ...base, schedule: { kind: 'vertical', daysPerWeek: '3' } }, 'schedule.daysPerWeek'],
  ])('%j → invalid-value on %s', (input, field) => {
    expect(errorOf(input)).toMatchObject({ code: 'invalid-value', field });
  });
  it('31 June → invalid-date; an unknown ruleset → unknown-ruleset', () => {
    expect(errorOf({ ...base, periodEnd: '2025-06-31' })).toMatchObject({ code: 'invalid-date', field: 'periodEnd' });
    expect(errorOf({ ...base, ruleset: 'ccnl-x' }).code).toBe('unknown-ruleset');
  });
});

describe('validity windows: figures looked up on periodStart', () => {
  const inYear = (y: number, from = '01-01', to = '12-31') => ({ periodStart: `${y}-${from}`, periodEnd: `${y}-${to}`, schedule: FULL, companyEmployees: 5 });
  it('Unimpresa from 15 Mar 2021, open-ended: 14 Mar 2021 is not covered, 15 Mar 2021 and 2040 are', () => {
    expect(errorOf({ ...inYear(2021, '03-14'), ruleset: 'unimpresa-vvp-2021' }).code).toBe('not-covered');
    expect(out({ ...inYear(2021, '03-15'), ruleset: 'unimpresa-vvp-2021' }).months).toBe(10);
    expect(out({ ...inYear(2040), ruleset: 'unimpresa-vvp-2021' }).ferieDays).toBe(26);
  });
  it('TDS from 26 Feb 2011, open-ended: after 31 Mar 2027 with W-5 (D-GEN-5, R-5)', () => {
    expect(errorOf({ ...inYear(2011, '02-25'), ruleset: 'confcommercio-tds' }).code).toBe('not-covered');
    expect(out({ ...inYear(2011, '02-26'), ruleset: 'confcommercio-tds' }).months).toBe(10);
    const last = ok({ ...inYear(2027, '03-31'), ruleset: 'confcommercio-tds' });
    expect(last.outputs).toMatchObject({ months: 9 });
    expect(last.warnings.map((w) => w.code)).not.toContain('W-5');
    const after = ok({ ...inYear(2027, '04-01'), ruleset: 'confcommercio-tds' });
    expect(after.outputs).toMatchObject({ months: 9 });
    expect(after.warnings.map((w) => w.code)).toContain('W-5');
    expect(ok({ ...inYear(2027, '04-01'), ruleset: 'unimpresa-vvp-2021' }).warnings.map((w) => w.code)).not.toContain('W-5');
  });
  it('statute from 29 Apr 2003 (D.Lgs. 66/2003 in force), open-ended', () => {
    expect(errorOf({ ...inYear(2003, '04-28'), ruleset: 'statute' }).code).toBe('not-covered');
    expect(out({ ...inYear(2003, '04-29'), ruleset: 'statute' }).months).toBe(8);
  });
});

describe('extras: deadlines (art. 10 D.Lgs. 66/2003) and balances', () => {
  it('deadlines are 31 Dec of the accrual year and 30 June two years later', () => {
    expect(out({ ...YEAR_2025, schedule: FULL, companyEmployees: 5 }).deadlines).toEqual({ twoWeeksBy: '2025-12-31', restBy: '2027-06-30' });
    expect(out({ ruleset: 'statute', periodStart: '2024-03-01', periodEnd: '2024-04-30', schedule: FULL }).deadlines).toEqual({ twoWeeksBy: '2024-12-31', restBy: '2026-06-30' });
  });
  it('balances are accrued − taken from exact values; permitBalance is null when permit hours are missing', () => {
    const o = out({ periodStart: '2025-01-01', periodEnd: '2025-05-31', schedule: FULL, companyEmployees: 20, hireDate: '2010-01-01', ferieDaysTaken: 3, permitHoursTaken: 10 });
    expect(o.ferieBalance).toBe(7.83);
    expect(o.permitBalance).toBe(33.33);
    expect(out({ ruleset: 'statute', ...YEAR_2025, schedule: FULL, permitHoursTaken: 4 }).permitBalance).toBeNull();
    expect(out({ ...YEAR_2025, schedule: FULL, permitHoursTaken: 4 }).permitBalance).toBeNull();
  });
  it('balances are null when nothing taken is given; a negative taken figure is out-of-range', () => {
    expect(out({ ...YEAR_2025, schedule: FULL, companyEmployees: 5 })).toMatchObject({ ferieBalance: null, permitBalance: null });
    expect(errorOf({ ...YEAR_2025, schedule: FULL, ferieDaysTaken: -1 })).toMatchObject({ code: 'out-of-range', field: 'ferieDaysTaken' });
    expect(errorOf({ ...YEAR_2025, schedule: FULL, permitHoursTaken: '2' })).toMatchObject({ code: 'invalid-value', field: 'permitHoursTaken' });
  });
});

describe('RULES.md 2.8: statuses, warnings and information lines', () => {
  it('Unimpresa figures are inferred with W-1, W-2, W-4 and the G9 warning on ROL for OV', () => {
    const r = ok({ ...YEAR_2025, schedule: FULL, companyEmployees: 20, hireDate: '2010-01-01' });
    expect(r.steps.find((s) => s.label.key === 'leave.step.ferie')?.status).toBe('inferred');
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['W-1', 'W-2', 'W-4', 'LV-G9']));
    expect(r.info.map((m) => m.key)).toContain('leave.info.nonWaivableSeed');
  });
  it('TDS figures are cited-source, the threshold and ramp are flagged, and the part-time factor is inferred', () => {
    const r = ok({ ruleset: 'confcommercio-tds', ...YEAR_2025, schedule: { kind: 'vertical', daysPerWeek: 3 }, companyEmployees: 20, hireDate: '2022-01-01' });
    const byKey = (key: string) => r.steps.find((s) => s.label.key === key);
    expect(byKey('leave.step.ferie')?.status).toBe('cited-source');
    expect(byKey('leave.step.months')?.flags).toContain('contested');
    expect(byKey('leave.step.factor.vertical')?.status).toBe('inferred');
    expect(r.warnings.map((w) => w.code)).not.toContain('W-1');
  });
  it('every result carries the information lines of 2.8 and the rules version', () => {
    const r = ok({ ruleset: 'confcommercio-tds', ...YEAR_2025, schedule: FULL, companyEmployees: 20 });
    expect(r.info.map((m) => m.key)).toEqual(
      expect.arrayContaining(['leave.info.twoWeeks', 'leave.info.rest', 'leave.info.noPayInLieu', 'leave.info.illness', 'leave.info.notInsideNotice', 'leave.info.nonWaivable']),
    );
    expect(r.rulesVersion).toMatch(/\d/);
  });
  it('the D-LV-2 threshold warning appears when a month has exactly 15 days in the period', () => {
    const codes = (periodStart: string) => ok({ periodStart, periodEnd: '2025-02-28', schedule: FULL, companyEmployees: 5 }).warnings.map((w) => w.code);
    expect(codes('2025-02-14')).toContain('LV-THRESHOLD');
    expect(codes('2025-02-13')).not.toContain('LV-THRESHOLD');
  });
});

describe('not-covered lines name the chosen contract (issue 7)', () => {
  it('never names the Unimpresa articles under Confcommercio or the law alone', () => {
    const year = { periodStart: '2024-01-01', periodEnd: '2024-12-31', schedule: { kind: 'full-time' }, companyEmployees: 20, hireDate: '2015-01-12' };
    const uncovered = (ruleset: string) => ok({ ...year, ruleset }).notCovered.map((m) => m.key);
    expect(uncovered('confcommercio-tds')).toContain('leave.notCovered.otherLeaveTds');
    expect(uncovered('statute')).toContain('leave.notCovered.otherLeaveStatute');
    expect(uncovered('unimpresa-vvp-2021')).toContain('leave.notCovered.otherLeave');
    for (const ruleset of ['confcommercio-tds', 'statute']) expect(uncovered(ruleset)).not.toContain('leave.notCovered.otherLeave');
  });
});
