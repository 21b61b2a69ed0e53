import { describe, expect, it } from 'vitest';
import { calculate } from '../../../src/calculators';

type Out = Record<string, unknown>;
const run = (input: object) => calculate('notice', input);
const outputs = (input: object): Out => {
  const result = run(input);
  if (!result.ok) throw new Error(`unexpected ${result.error.code} ${result.error.message.key}`);
  return result.outputs as Out;
};
const errorOf = (input: object) => {
  const result = run(input);
  return result.ok ? 'no error' : result.error.code;
};
const tds = (role: string, kind: string, hireDate: string, noticeDate: string, extra: object = {}) =>
  ({ ruleset: 'confcommercio-tds', role, kind, hireDate, noticeDate, ...extra });
const ov1 = (hireDate: string, noticeDate: string) => ({ role: 'ov1', kind: 'dismissal', hireDate, noticeDate });

describe('RULES.md 1.7 reference cases', () => {
  it.each([
    ['NP-1', tds('IV', 'resignation', '2022-01-01', '2025-01-15'), { days: 15, serviceYears: 3, startDate: '2025-01-16', endDate: '2025-01-30' }],
    ['NP-2', tds('IV', 'resignation', '2018-01-01', '2025-01-15'), { days: 20, serviceYears: 7, startDate: '2025-01-16', endDate: '2025-02-04' }],
    ['NP-3 (TDS)', tds('ov1', 'dismissal', '2017-01-10', '2024-03-10'), { days: 45, serviceYears: 7, startDate: '2024-03-16', endDate: '2024-04-29' }],
    ['NP-3 (Unimpresa)', ov1('2017-01-10', '2024-03-10'), { days: 45, serviceYears: 7, startDate: '2024-03-16', endDate: '2024-04-29' }],
    ['NP-4', tds('ov2', 'resignation', '2010-01-01', '2022-03-10'), { days: 60, serviceYears: 12, startDate: '2022-03-16', endDate: '2022-05-14' }],
    ['NP-5', { role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', noticeDate: '2024-03-10' }, { days: 30, startDate: '2024-03-16', endDate: '2024-04-14', effectiveDate: '2024-04-15' }],
    ['NP-6', tds('IV', 'resignation', '2022-01-01', '2025-03-03', { leaveDaysDuringNotice: 5 }), { days: 15, startDate: '2025-03-16', endDate: '2025-04-04' }],
    ['NP-7', tds('IV', 'resignation', '2022-01-01', '2026-01-05'), { startDate: '2026-01-16' }],
    ['NP-8', tds('IV', 'resignation', '2022-01-01', '2026-01-20'), { startDate: '2026-02-01' }],
    ['NP-10', tds('VI', 'resignation', '2023-01-01', '2025-10-28'), { days: 10, startDate: '2025-11-01', endDate: '2025-11-10' }],
    ['NP-11', tds('IV', 'resignation', '2022-01-01', '2025-06-12'), { startDate: '2025-06-16' }],
    ['NP-13', tds('I', 'resignation', '2010-01-01', '2025-03-03'), { days: 90, startDate: '2025-03-16', endDate: '2025-06-13' }],
    ['NP-14', { role: 'ov1', kind: 'dismissal', hireDate: '2025-01-10', noticeDate: '2025-02-01', inProbation: true }, { required: false, days: 0 }],
  ])('%s', (_id, input, expected) => expect(outputs(input)).toMatchObject(expected));
  it('NP-15: the statute alone sets no length (art. 2118 c.c.)', () => {
    expect(errorOf({ ruleset: 'statute', kind: 'dismissal', hireDate: '2015-01-01', noticeDate: '2025-01-15' })).toBe('not-covered');
  });
});

describe('RULES.md 1.6 edge cases', () => {
  it.each([
    ['2025-06-01', '2025-06-16'], ['2025-01-15', '2025-01-16'], ['2025-01-16', '2025-02-01'], ['2025-01-31', '2025-02-01'],
    ['2025-02-28', '2025-03-01'], ['2024-02-29', '2024-03-01'], ['2025-04-30', '2025-05-01'], ['2025-12-31', '2026-01-01'],
  ])('notice received on %s starts on %s', (noticeDate, start) => expect(outputs(ov1('2020-01-01', noticeDate)).startDate).toBe(start));
  it('30 days from 16 February end on 17 March in 2025 and 16 March in 2024', () => {
    expect(outputs(ov1('2022-01-01', '2025-02-10')).endDate).toBe('2025-03-17');
    expect(outputs(ov1('2022-01-01', '2024-02-10')).endDate).toBe('2024-03-16');
  });
  it('the 5th anniversary is still band 1; the day after is band 2 with serviceYears still 5', () => {
    expect(outputs(ov1('2019-05-20', '2024-05-20'))).toMatchObject({ days: 30, serviceYears: 5 });
    expect(outputs(ov1('2019-05-20', '2024-05-21'))).toMatchObject({ days: 45, serviceYears: 5 });
  });
  it('the 10th anniversary is band 2; the day after is band 3', () => {
    expect(outputs(ov1('2014-09-30', '2024-09-30')).days).toBe(45);
    expect(outputs(ov1('2014-09-30', '2024-10-01')).days).toBe(60);
  });
  it('a 29 February hire reaches 5 years on 28 February 2025', () => {
    expect(outputs(ov1('2020-02-29', '2025-02-28'))).toMatchObject({ days: 30, startDate: '2025-03-01', endDate: '2025-03-30' });
    expect(outputs(ov1('2020-02-29', '2025-03-01'))).toMatchObject({ days: 45, startDate: '2025-03-16', endDate: '2025-04-29' });
  });
  it('notice on the hire day is band 1 with 0 years; before it is date-order', () => {
    expect(outputs(ov1('2025-01-10', '2025-01-10'))).toMatchObject({ serviceYears: 0, days: 30 });
    expect(errorOf(ov1('2025-01-10', '2025-01-09'))).toBe('date-order');
  });
  it('5 days of ferie on a 15-day notice from 16 March 2025 end it on 4 April', () => {
    expect(outputs(tds('IV', 'resignation', '2023-01-01', '2025-03-03', { leaveDaysDuringNotice: 5 })).endDate).toBe('2025-04-04');
  });
  it.each([[-1, 'out-of-range'], [2.5, 'out-of-range'], ['5', 'invalid-value']])('leaveDaysDuringNotice %j → %s', (value, code) => {
    expect(errorOf({ ...ov1('2020-01-01', '2025-01-10'), leaveDaysDuringNotice: value })).toBe(code);
  });
  it('kind "termination" or missing, and a missing role under TDS, are invalid-value', () => {
    expect(errorOf({ ...ov1('2020-01-01', '2025-01-10'), kind: 'termination' })).toBe('invalid-value');
    expect(errorOf({ role: 'ov1', hireDate: '2020-01-01', noticeDate: '2025-01-10' })).toBe('invalid-value');
    expect(errorOf({ ruleset: 'confcommercio-tds', kind: 'dismissal', hireDate: '2020-01-01', noticeDate: '2025-01-10' })).toBe('invalid-value');
  });
  it('role Q under Unimpresa is unknown-role; VIII under TDS too', () => {
    expect(errorOf({ ...ov1('2020-01-01', '2025-01-10'), role: 'Q' })).toBe('unknown-role');
    expect(errorOf(tds('VIII', 'dismissal', '2020-01-01', '2025-01-10'))).toBe('unknown-role');
  });
  it('the statute answers probation (C-3) but not the length', () => {
    const statute = { ruleset: 'statute', kind: 'dismissal', hireDate: '2020-01-01', noticeDate: '2025-01-10' };
    expect(outputs({ ...statute, inProbation: true })).toMatchObject({ required: false, startDate: null, endDate: null });
    expect(errorOf(statute)).toBe('not-covered');
  });
  it('probation and just cause together: no notice; just-cause resignation notes the indemnity owed (art. 2119)', () => {
    expect(outputs({ ...ov1('2020-01-01', '2025-01-10'), inProbation: true, justCause: true }).required).toBe(false);
    const result = run({ ...ov1('2020-01-01', '2025-01-10'), kind: 'resignation', justCause: true });
    expect(result.ok && result.info.map((m) => m.key)).toContain('notice.info.justCauseResignation');
  });
  it('VI/VII: 20 days of dismissal notice in both upper bands', () => {
    expect(outputs(tds('VII', 'dismissal', '2010-01-01', '2025-06-10')).days).toBe(20);
    expect(outputs(tds('VI', 'dismissal', '2018-01-01', '2025-06-10')).days).toBe(20);
  });
});

describe('statuses and warnings (RULES.md 0.2–0.3, 1.8)', () => {
  it('Unimpresa figures are inferred, with W-1 and W-2', () => {
    const result = run(ov1('2017-01-10', '2024-03-10'));
    expect(result.ok && result.steps.find((s) => s.label.key === 'notice.step.days')?.status).toBe('inferred');
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['W-1', 'W-2', 'W-4']));
  });
  it('TDS figures are cited-source without W-1; the OV resignation row is single-source', () => {
    const result = run(tds('ov2', 'resignation', '2010-01-01', '2022-03-10'));
    const step = result.ok ? result.steps.find((s) => s.label.key === 'notice.step.days') : undefined;
    expect(step).toMatchObject({ status: 'cited-source', flags: ['single-source'] });
    expect(result.ok && result.warnings.map((w) => w.code)).not.toContain('W-1');
  });
  it('outside the TDS window the answer is not-covered', () => {
    expect(errorOf(tds('IV', 'dismissal', '2000-01-01', '2010-06-01'))).toBe('not-covered');
  });
});

describe('reverse mode agrees with the forward mode', () => {
  it('to leave by 14 April 2024 an ov1 resigning after 3 years must give notice by 15 March', () => {
    const result = calculate('notice', { mode: 'reverse', role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', targetEndDate: '2024-04-14' });
    expect(result.ok && result.outputs).toMatchObject({ latestNoticeDate: '2024-03-15', startDate: '2024-03-16', endDate: '2024-04-14' });
  });
  it('uses the shorter band when the receipt window contains the 5th anniversary', () => {
    // Hire 2019-03-10: band 1 until 2024-03-10. Notice received on 10 March → 30 days from 16 March → ends 14 April;
    // received on 11–15 March → 45 days → ends 29 April. Target 20 April: latest receipt is the anniversary itself.
    const result = calculate('notice', { mode: 'reverse', role: 'ov1', kind: 'dismissal', hireDate: '2019-03-10', targetEndDate: '2024-04-20' });
    expect(result.ok && result.outputs).toMatchObject({ latestNoticeDate: '2024-03-10', days: 30, endDate: '2024-04-14' });
  });
  it('explains why the last day comes before the day asked for: notice runs only from the 1st or the 16th (RULES.md 1.3)', () => {
    // TDS, ov1 after 7 years: 45 days. To end by 30 September 2025 it must start on 16 August → last day 29 September.
    const result = calculate('notice', { mode: 'reverse', ruleset: 'confcommercio-tds', role: 'ov1', kind: 'resignation', hireDate: '2018-01-10', targetEndDate: '2025-09-30' });
    if (!result.ok) throw new Error(result.error.message.key);
    expect(result.outputs).toMatchObject({ days: 45, startDate: '2025-08-16', endDate: '2025-09-29' });
    const step = result.steps.find((s) => s.label.key === 'notice.step.startDays');
    expect(step?.detail).toMatchObject({ key: 'notice.detail.startDays.earlier', params: { days: '1, 16', target: '2025-09-30', start: '2025-08-16', end: '2025-09-29', length: 45 } });
    // The sources of the start rule, as the rules give them (not the public-sector ARAN opinion S38).
    const start = result.steps.find((s) => s.label.key === 'notice.step.start');
    expect(step?.sourceIds).toEqual(start?.sourceIds);
    expect(step?.sourceIds).not.toContain('S38');
  });
});
