import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../core/dates';
import { FIXTURE_TERM_WARNINGS } from '../core/fixtures';
import { table } from '../core/rules';
import { bandOn, computeNotice, computeNoticeDeadline, noticeStart, type NoticeRules, type NoticeTerms } from './index';

// Fixture figures (not the real CCNL): band limits 2 and 4 years, starts on the 1st only.
const fixtureTerms: NoticeTerms = {
  rows: [
    { roles: ['a'], kind: 'dismissal', days: [10, 20, 40], status: 'cited-source', sourceIds: ['S49'] },
    { roles: ['a'], kind: 'resignation', days: [5, 6, 7], status: 'inferred', flags: ['single-source'], sourceIds: ['S49'] },
  ],
  bandLimitYears: [2, 4],
  startDays: [1],
  startRuleStatus: 'inferred',
  startRuleSources: ['S49'],
  dailyPayDivisor: 26,
  payWeekDays: 6,
  extraMonthlyPayments: 2,
  payStatus: 'cited-source',
  paySources: ['S47'],
};
const rules: NoticeRules = {
  roles: { 'unimpresa-vvp-2021': ['a'], 'confcommercio-tds': ['a'], statute: [] },
  terms: {
    'unimpresa-vvp-2021': table('fixture', [{ validFrom: '2000-01-01' as IsoDate, value: fixtureTerms, sourceIds: ['S49'], status: 'inferred' }]),
  },
  termWarnings: FIXTURE_TERM_WARNINGS,
};
const ctx = { rulesVersion: 'fixture' };
const base = { role: 'a', kind: 'dismissal', hireDate: '2020-03-10', noticeDate: '2021-05-05' };

describe('notice engine with fixture tables', () => {
  it('applies the band limits of the table, judged on anniversaries', () => {
    expect(bandOn('2020-03-10' as IsoDate, '2022-03-10' as IsoDate, [2, 4])).toBe(1);
    expect(bandOn('2020-03-10' as IsoDate, '2022-03-11' as IsoDate, [2, 4])).toBe(2);
    expect(bandOn('2020-03-10' as IsoDate, '2024-03-11' as IsoDate, [2, 4])).toBe(3);
  });
  it('starts on the next allowed day of the table', () => {
    expect(noticeStart('2021-05-01' as IsoDate, [1])).toBe('2021-06-01');
    expect(noticeStart('2021-05-15' as IsoDate, [1, 16])).toBe('2021-05-16');
    expect(noticeStart('2021-12-16' as IsoDate, [1, 16])).toBe('2022-01-01');
  });
  it('computes length, dates and statuses from the table', () => {
    const result = computeNotice(base, rules, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.outputs).toMatchObject({ required: true, days: 10, serviceYears: 1, startDate: '2021-06-01', endDate: '2021-06-10', effectiveDate: '2021-06-11' });
    const daysStep = result.steps.find((s) => s.label.key === 'notice.step.days');
    expect(daysStep?.status).toBe('cited-source');
    expect(result.warnings.map((w) => w.code)).toEqual(['W-1', 'W-2', 'W-4']);
    expect(result.rulesVersion).toBe('fixture');
  });
  it('adds W-5 to results of its own ruleset whose notice date is after the term end, never W-1 there (R-5, R-10)', () => {
    const tdsRules: NoticeRules = { ...rules, terms: { 'confcommercio-tds': table('fixture.tds', [{ validFrom: '2000-01-01' as IsoDate, value: fixtureTerms, sourceIds: ['S49'], status: 'cited-source' }]) } };
    const codes = (noticeDate: string) => {
      const result = computeNotice({ ...base, ruleset: 'confcommercio-tds', noticeDate }, tdsRules, ctx);
      return result.ok ? result.warnings.map((w) => w.code) : result.error.code;
    };
    expect(codes('2029-12-31')).toEqual(['W-4']);
    expect(codes('2030-01-01')).toEqual(['W-5', 'W-4']);
    const unimpresa = computeNotice({ ...base, noticeDate: '2031-01-01' }, rules, ctx);
    expect(unimpresa.ok && unimpresa.warnings.map((w) => w.code)).toEqual(['W-1', 'W-2', 'W-4']);
  });
  it('carries the flags of the row used', () => {
    const result = computeNotice({ ...base, kind: 'resignation' }, rules, ctx);
    expect(result.ok && result.steps.find((s) => s.label.key === 'notice.step.days')?.flags).toEqual(['single-source']);
  });
  it('answers not-covered for a ruleset with no table and before the window', () => {
    const tds = computeNotice({ ...base, ruleset: 'confcommercio-tds' }, rules, ctx);
    expect(!tds.ok && tds.error.code).toBe('not-covered');
    const old = computeNotice({ ...base, hireDate: '1990-01-01', noticeDate: '1999-12-31' }, rules, ctx);
    expect(!old.ok && old.error).toMatchObject({ code: 'not-covered', field: 'noticeDate' });
  });
  it('pays the indemnity as daily pay (÷ divisor) per working day plus the extra months’ accrual', () => {
    // Notice 2021-06-01..2021-06-10: Tue 1 … Thu 10 June 2021 has 9 Mon–Sat days (Sunday 6 excluded).
    const result = computeNotice({ ...base, monthlyPay: 2600 }, rules, ctx);
    expect(result.ok && result.outputs.indemnity).toBe(1050);
  });
  it('finds the latest receipt date in reverse mode', () => {
    const result = computeNoticeDeadline({ ...base, noticeDate: undefined, targetEndDate: '2021-06-10' }, rules, ctx);
    expect(result.ok && result.outputs.latestNoticeDate).toBe('2021-05-31');
    const tooSoon = computeNoticeDeadline({ ...base, targetEndDate: '2020-03-20' }, rules, ctx);
    expect(!tooSoon.ok && tooSoon.error.code).toBe('date-order');
  });
});
