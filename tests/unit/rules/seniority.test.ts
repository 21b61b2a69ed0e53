import { describe, expect, it } from 'vitest';
// Real-rules tests go through calculate() by the engines issue's rule, although rules data may not import it.
import { calculate, type CalcResult, type CalcSuccess } from '../../../src/calculators';
import { windowProblems } from '../../../src/engine/core/rules';
import type { SeniorityOutputs } from '../../../src/engine/seniority';
import { SENIORITY_RULES } from '../../../src/rules/seniority';

const TDS = 'confcommercio-tds';
const UNI = 'unimpresa-vvp-2021';
const seniority = (ruleset: string, role: string, hireDate: string, asOf: string, extra: object = {}) =>
  calculate('seniority', { ruleset, role, hireDate, asOf, ...extra }) as CalcResult<SeniorityOutputs>;

function ok(result: CalcResult<SeniorityOutputs>): CalcSuccess<SeniorityOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.message.key}`);
  return result;
}
const out = (...args: Parameters<typeof seniority>) => ok(seniority(...args)).outputs;
const code = (result: CalcResult) => (result.ok ? 'ok' : result.error.code);

describe('RULES.md 3.7 reference cases', () => {
  it('SC-1: TDS IV hired 2015-03-01 has on 2024-06-15 three steps, next 2027-03-01, €61.98', () => {
    expect(out(TDS, 'IV', '2015-03-01', '2024-06-15')).toMatchObject({ count: 3, maxSteps: 10, nextStepDate: '2027-03-01', monthlyAmount: 61.98 });
  });
  it('SC-2: TDS IV hired 2015-03-10 has three steps on 2024-06-15 (next 2027-04-01) and two on 2024-03-15 (next 2024-04-01, €41.32)', () => {
    expect(out(TDS, 'IV', '2015-03-10', '2024-06-15')).toMatchObject({ count: 3, nextStepDate: '2027-04-01' });
    expect(out(TDS, 'IV', '2015-03-10', '2024-03-15')).toMatchObject({ count: 2, nextStepDate: '2024-04-01', monthlyAmount: 41.32 });
  });
  it('SC-3: TDS I hired 1990-01-01 has on 2025-01-01 ten steps (not 11), next null, €248.40', () => {
    expect(out(TDS, 'I', '1990-01-01', '2025-01-01')).toMatchObject({ count: 10, nextStepDate: null, monthlyAmount: 248.4 });
  });
  it('SC-6: Unimpresa ov1 hired 2010-02-01 has on 2025-06-01 five steps, next 2028-02-01, €77.50', () => {
    expect(out(UNI, 'ov1', '2010-02-01', '2025-06-01')).toMatchObject({ count: 5, nextStepDate: '2028-02-01', monthlyAmount: 77.5 });
  });
  it('SC-7: Unimpresa ov2 hired 1995-09-01 has on 2025-10-15 ten steps (the 10th from 2025-09-01), next null, €144.60', () => {
    const result = out(UNI, 'ov2', '1995-09-01', '2025-10-15');
    expect(result).toMatchObject({ count: 10, nextStepDate: null, monthlyAmount: 144.6 });
    expect(result.schedule[9]).toEqual({ n: 10, payableFrom: '2025-09-01', cumulativeMonthlyAmount: 144.6, paid: true });
  });
  it('SC-7b: Unimpresa ov2 hired 1990-01-01 is not covered (OV hired before 1.6.1995, D-SC-5)', () => {
    const result = seniority(UNI, 'ov2', '1990-01-01', '2025-01-01');
    expect(result).toMatchObject({ ok: false, error: { code: 'not-covered', field: 'hireDate', message: { key: 'seniority.error.conventionalStart' } } });
  });
  it('SC-8: the statute alone is not covered, for any role (D-SC-4)', () => {
    expect(code(seniority('statute', 'ov1', '2010-02-01', '2025-06-01'))).toBe('not-covered');
    expect(code(calculate('seniority', { ruleset: 'statute', hireDate: '2010-02-01', asOf: '2025-06-01' }))).toBe('not-covered');
  });
});

describe('RULES.md 3.6 edge cases', () => {
  it('hired 2016-02-01: no step on 2019-01-31 (next 2019-02-01), one on 2019-02-01 (next 2022-02-01)', () => {
    expect(out(TDS, 'IV', '2016-02-01', '2019-01-31')).toMatchObject({ count: 0, nextStepDate: '2019-02-01' });
    expect(out(TDS, 'IV', '2016-02-01', '2019-02-01')).toMatchObject({ count: 1, nextStepDate: '2022-02-01' });
  });
  it('hired 2016-02-29: start 2016-03-01, no step on 2019-02-28, one on 2019-03-01', () => {
    expect(out(TDS, 'IV', '2016-02-29', '2019-02-28')).toMatchObject({ seniorityStart: '2016-03-01', count: 0 });
    expect(out(TDS, 'IV', '2016-02-29', '2019-03-01').count).toBe(1);
  });
  it('hired 2024-12-31: start 2025-01-01, first step 2028-01-01', () => {
    expect(out(TDS, 'IV', '2024-12-31', '2025-01-01')).toMatchObject({ seniorityStart: '2025-01-01', count: 0, nextStepDate: '2028-01-01' });
  });
  it('hired 2015-03-10, asOf 2015-03-20 before the start: zero steps, next 2018-04-01, not an error', () => {
    expect(out(TDS, 'IV', '2015-03-10', '2015-03-20')).toMatchObject({ count: 0, nextStepDate: '2018-04-01', monthlyAmount: 0 });
  });
  it('an asOf equal to a payable date counts that step', () => {
    expect(out(TDS, 'IV', '2015-03-01', '2018-03-01').count).toBe(1);
  });
  it('Q hired 1995-01-01: 9 steps, €229.14, next 2025-01-01 on 2024-12-31; 10 steps, €254.60, next null on 2025-01-01', () => {
    expect(out(TDS, 'Q', '1995-01-01', '2024-12-31')).toMatchObject({ count: 9, monthlyAmount: 229.14, nextStepDate: '2025-01-01' });
    expect(out(TDS, 'Q', '1995-01-01', '2025-01-01')).toMatchObject({ count: 10, monthlyAmount: 254.6, nextStepDate: null });
  });
  it('more than 30 years of service stays at 10 steps', () => {
    expect(out(TDS, 'VII', '1988-01-01', '2027-03-31')).toMatchObject({ count: 10, monthlyAmount: 194.7 });
  });
  it('asOf before hireDate gives date-order (C-10)', () => {
    expect(code(seniority(TDS, 'V', '2020-03-01', '2020-01-01'))).toBe('date-order');
  });
  it('level IV hired 1987-03-27 is not covered; hired 1987-03-28 starts 1987-04-01 with 10 steps, €206.60 (D-SC-5)', () => {
    expect(code(seniority(TDS, 'IV', '1987-03-27', '2025-01-01'))).toBe('not-covered');
    expect(out(TDS, 'IV', '1987-03-28', '2025-01-01')).toMatchObject({ seniorityStart: '1987-04-01', count: 10, monthlyAmount: 206.6 });
  });
  it.each([TDS, UNI])('ov1 hired 1995-05-31 is not covered; hired 1995-06-01 has 9 steps, €139.50, next 2025-06-01 (D-SC-5, %s)', (ruleset) => {
    expect(code(seniority(ruleset, 'ov1', '1995-05-31', '2025-01-01'))).toBe('not-covered');
    expect(out(ruleset, 'ov1', '1995-06-01', '2025-01-01')).toMatchObject({ count: 9, monthlyAmount: 139.5, nextStepDate: '2025-06-01' });
  });
  it('an 8th level is an unknown role under TDS, and a TDS level is unknown under Unimpresa', () => {
    expect(code(seniority(TDS, 'VIII', '2015-03-01', '2024-06-15'))).toBe('unknown-role');
    expect(code(seniority(UNI, 'IV', '2015-03-01', '2024-06-15'))).toBe('unknown-role');
  });
});

describe('RULES.md 3.3 figures: amounts, statuses and flags', () => {
  it.each([
    ['Q', 25.46], ['I', 24.84], ['II', 22.83], ['III', 21.95], ['IV', 20.66], ['V', 20.3], ['VI', 19.73], ['VII', 19.47], ['ov1', 15.5], ['ov2', 14.46],
  ])('TDS %s is paid %s euros per step', (role, amount) => {
    expect(out(TDS, role, '2015-03-01', '2024-06-15')).toMatchObject({ amountPerStep: amount, monthlyAmount: Math.round(3 * amount * 100) / 100 });
  });
  const amountStep = (result: CalcResult<SeniorityOutputs>) => ok(result).steps.find((s) => s.label.key === 'seniority.step.amountPerStep');
  it('TDS levels Q–VII are cited-source without verify (R-3, S65); OV amounts carry verify (D-SC-3, G4)', () => {
    for (const level of ['Q', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII']) {
      const step = amountStep(seniority(TDS, level, '2015-03-01', '2024-06-15'));
      expect(step).toMatchObject({ status: 'cited-source' });
      expect(step?.flags).toBeUndefined();
      expect(step?.sourceIds).toContain('S65');
    }
    expect(amountStep(seniority(TDS, 'ov2', '2015-03-01', '2024-06-15'))).toMatchObject({ status: 'cited-source', flags: ['verify'] });
  });
  it('Unimpresa figures are all inferred, with W-1, W-2 and the Arts. 42–45 training note (D-GEN-1, RULES.md 3.8)', () => {
    const result = ok(seniority(UNI, 'ov1', '2010-02-01', '2025-06-01'));
    expect(result.steps.filter((s) => s.status !== undefined).every((s) => s.status === 'inferred')).toBe(true);
    expect(amountStep(result)).toMatchObject({ flags: ['verify'] });
    expect(result.warnings.map((w) => w.code)).toEqual(['SC-G4', 'SC-G1', 'W-1', 'W-2', 'W-4']);
  });
  it('the TDS month convention is inferred (exact wording not read), the period and maximum cited-source', () => {
    const result = ok(seniority(TDS, 'IV', '2015-03-10', '2024-06-15'));
    expect(result.steps.find((s) => s.label.key === 'seniority.step.start')).toMatchObject({ status: 'inferred', flags: ['practice'] });
    expect(result.steps.find((s) => s.label.key === 'seniority.step.period')).toMatchObject({ status: 'cited-source', value: 3 });
    expect(result.warnings.map((w) => w.code)).toEqual(['W-4']);
  });
  it('shows that amounts are unchanged since 1.1.1990 and what is not handled', () => {
    const result = ok(seniority(TDS, 'IV', '2015-03-01', '2024-06-15'));
    expect(result.info.map((m) => m.key)).toEqual(expect.arrayContaining(['seniority.info.amountsUnchanged', 'seniority.info.notHandled']));
    expect(result.notCovered.length).toBeGreaterThan(0);
  });
  it('part-time 62.5% of SC-1 gives €38.74 while monthlyAmount stays full-time €61.98 (C-10)', () => {
    expect(out(TDS, 'IV', '2015-03-01', '2024-06-15', { partTimePercent: 62.5 })).toMatchObject({ monthlyAmount: 61.98, partTimeMonthlyAmount: 38.74 });
  });
});

describe('validity windows (amounts looked up on asOf)', () => {
  it('TDS amounts run from 1990-01-01, open-ended: after 2027-03-31 with W-5 (R-5)', () => {
    expect(code(seniority(TDS, 'IV', '1989-01-01', '1989-12-31'))).toBe('not-covered');
    expect(out(TDS, 'IV', '1989-01-01', '1990-01-01').count).toBe(0);
    expect(out(TDS, 'IV', '2015-03-01', '2027-03-31').count).toBe(4);
    const after = ok(seniority(TDS, 'IV', '2015-03-01', '2027-04-01'));
    expect(after.outputs).toMatchObject({ count: 4 });
    expect(after.warnings.map((w) => w.code)).toContain('W-5');
  });
  it('Unimpresa figures run from 2021-03-15, open-ended', () => {
    expect(code(seniority(UNI, 'ov1', '2010-02-01', '2021-03-14'))).toBe('not-covered');
    expect(out(UNI, 'ov1', '2010-02-01', '2021-03-15').count).toBe(3);
    expect(out(UNI, 'ov1', '2010-02-01', '2060-01-01').count).toBe(10);
  });
  it('every table has no gaps, overlaps or missing sources', () => {
    for (const table of Object.values(SENIORITY_RULES.terms)) expect(windowProblems(table)).toEqual([]);
  });
});
