import { describe, expect, it } from 'vitest';
import type { CalcResult, CalcSuccess } from '../core/result';
import { computeFixedTerm, type FixedTermCapsOutputs, type FixedTermFineOutputs, type FixedTermOutputs } from './index';
import { CTX, FIXTURE } from './fixtures';

const run = (input: unknown): CalcResult<FixedTermOutputs> => computeFixedTerm(input, FIXTURE, CTX);
const ok = (input: unknown): CalcSuccess<FixedTermOutputs> => {
  const result = run(input);
  if (!result.ok) throw new Error(`unexpected ${result.error.code} ${result.error.field} ${result.error.message.key}`);
  return result;
};
const caps = (input: object) => ok(input).outputs as FixedTermCapsOutputs;
const fine = (input: object) => ok(input).outputs as FixedTermFineOutputs;
const failure = (input: unknown) => {
  const result = run(input);
  return result.ok ? 'no error' : { code: result.error.code, field: result.error.field };
};
const U = 'unimpresa-vvp-2021';
const infoKeys = (input: object) => ok(input).info.map((m) => m.key);
const warningCodes = (input: object) => ok(input).warnings.map((w) => w.code);
const stepKeys = (input: object) => ok(input).steps.map((s) => s.label.key);

describe('CCNL caps from the table (D-FT-2, fixture 25% / 10% / 30%)', () => {
  it('takes the percentages from the rules, not from the code: base 40 gives 10 CTD and 4 agency workers', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 40 })).toMatchObject({ fixedTermCap: 10, agencyCap: 4, combinedCap: null, compensationCap: null });
  });
  it('rounds an exact .5 up in decimal arithmetic (D-FT-1): 25% of 30 = 7.5 gives 8', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 30 }).fixedTermCap).toBe(8);
  });
  it('rounds below .5 down: 10% of 4 = 0.4 gives 0 above the floors', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 4, unitEmployees: 25 }).agencyCap).toBe(0);
  });
  it('applies the floors of the first band "in ogni caso": base 0 gives 3 / 1 / combined 4', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 0 })).toMatchObject({ fixedTermCap: 3, agencyCap: 1, combinedCap: 4 });
  });
  it('reads the size bands as real intervals (C-11): 10 is in the first band, 10.5 in the second', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 4, unitEmployees: 10 })).toMatchObject({ fixedTermCap: 3, agencyCap: 1, combinedCap: 4 });
    expect(caps({ ruleset: U, permanentHeadcount: 4, unitEmployees: 10.5 })).toMatchObject({ fixedTermCap: 5, agencyCap: 2, combinedCap: null });
  });
  it('has no floor above the last bounded band (C-11): unit 20 keeps 5 / 2, unit 20.01 drops to 1 / 0', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 4, unitEmployees: 20 })).toMatchObject({ fixedTermCap: 5, agencyCap: 2 });
    expect(caps({ ruleset: U, permanentHeadcount: 4, unitEmployees: 20.01 })).toMatchObject({ fixedTermCap: 1, agencyCap: 0 });
  });
  it('says when a floor lifts the percentage result', () => {
    expect(infoKeys({ ruleset: U, permanentHeadcount: 4 })).toEqual(expect.arrayContaining(['fixedTerm.info.fixedTermFloorApplied', 'fixedTerm.info.agencyFloorApplied']));
    expect(infoKeys({ ruleset: U, permanentHeadcount: 40 })).not.toContain('fixedTerm.info.fixedTermFloorApplied');
  });
  it('gives the offsetting cap only with compensation true (30% of 40 = 12)', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 40, compensation: true }).compensationCap).toBe(12);
    expect(caps({ ruleset: U, permanentHeadcount: 40, compensation: false }).compensationCap).toBeNull();
  });
  it('never puts the offsetting cap below the CTD cap, with an inferred step and a C-14 note (30% of 8 = 2.4 → 2, raised to 3)', () => {
    const result = ok({ ruleset: U, permanentHeadcount: 8, compensation: true });
    expect((result.outputs as FixedTermCapsOutputs).compensationCap).toBe(3);
    expect(result.steps.find((s) => s.label.key === 'fixedTerm.step.ccnl.compensationLifted')?.status).toBe('inferred');
    expect(result.info.map((m) => m.key)).toContain('fixedTerm.info.compensationLifted');
  });
});

describe('statute caps (D-FT-3, fixture 20% / 35%, small employers ≤ 3)', () => {
  it('is always present beside the CCNL result, on the company base (base 12, company 100 → 20 / 35)', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 100 }).statute).toEqual({ fixedTermCap: 20, combinedCap: 35 });
  });
  it('gives the statute values as top level under statute, agency and offsetting caps null', () => {
    expect(caps({ ruleset: 'statute', permanentHeadcount: 40, compensation: true })).toMatchObject({
      fixedTermCap: 8, agencyCap: null, combinedCap: 14, compensationCap: null, statute: { fixedTermCap: 8, combinedCap: 14 },
    });
    expect(infoKeys({ ruleset: 'statute', permanentHeadcount: 40, compensation: true })).toContain('fixedTerm.info.compensationStatute');
  });
  it('allows the small-employer minimum up to the threshold only (company 3 → 1, company 4 → 0)', () => {
    expect(caps({ ruleset: 'statute', permanentHeadcount: 2, companyEmployees: 3 }).fixedTermCap).toBe(1);
    expect(caps({ ruleset: 'statute', permanentHeadcount: 2, companyEmployees: 4 }).fixedTermCap).toBe(0);
  });
  it('takes companyEmployees from unitEmployees, then from the base (RULES.md 4.5 step 2)', () => {
    expect(caps({ ruleset: 'statute', permanentHeadcount: 2, unitEmployees: 3 }).fixedTermCap).toBe(1);
    expect(caps({ ruleset: 'statute', permanentHeadcount: 2, unitEmployees: 9 }).fixedTermCap).toBe(0);
    expect(caps({ ruleset: 'statute', permanentHeadcount: 2 }).fixedTermCap).toBe(1);
  });
  it('raises the combined cap to the CTD cap with an inferred step and a C-14 note (base 0: 35% → 0, CTD 1)', () => {
    const result = ok({ ruleset: 'statute', permanentHeadcount: 0 });
    expect((result.outputs as FixedTermCapsOutputs).statute).toEqual({ fixedTermCap: 1, combinedCap: 1 });
    expect(result.steps.find((s) => s.label.key === 'fixedTerm.step.statuteCombinedLifted')?.status).toBe('inferred');
    expect(result.info.map((m) => m.key)).toContain('fixedTerm.info.statuteCombinedLifted');
  });
});

describe('dates and validity windows', () => {
  it('uses ctx.today when date is absent and records it as a default', () => {
    const result = ok({ ruleset: 'statute', permanentHeadcount: 10 });
    expect(result.inputs.date).toBe('2026-01-15');
    expect(result.defaultsUsed).toContain('date');
    expect(ok({ ruleset: 'statute', permanentHeadcount: 10, date: '2020-05-05' }).defaultsUsed).not.toContain('date');
  });
  it('leaves the statutory combined cap not covered before its window, keeping the CTD cap', () => {
    const result = ok({ ruleset: 'statute', permanentHeadcount: 40, date: '2014-12-31' });
    expect(result.outputs).toMatchObject({ fixedTermCap: 8, combinedCap: null, statute: { fixedTermCap: 8, combinedCap: null } });
    expect(result.notCovered.map((m) => m.key)).toContain('fixedTerm.notCovered.statuteCombinedBefore');
    expect(caps({ ruleset: 'statute', permanentHeadcount: 40, date: '2015-01-01' }).combinedCap).toBe(14);
  });
  it('refuses as not covered, naming date, before the statute or the CCNL window', () => {
    expect(failure({ ruleset: 'statute', permanentHeadcount: 40, date: '2009-12-31' })).toEqual({ code: 'not-covered', field: 'date' });
    expect(failure({ ruleset: U, permanentHeadcount: 40, date: '2019-12-31' })).toEqual({ code: 'not-covered', field: 'date' });
    expect(failure({ fine: { workersOver: 1, monthlyPay: 1, months: 1, extraDays: 0 }, date: '2009-12-31' })).toEqual({ code: 'not-covered', field: 'date' });
  });
  it('refuses a non-existent date with invalid-date and a non-string date with invalid-value', () => {
    expect(failure({ permanentHeadcount: 4, date: '2025-02-29' })).toEqual({ code: 'invalid-date', field: 'date' });
    expect(failure({ permanentHeadcount: 4, date: 20250101 })).toEqual({ code: 'invalid-value', field: 'date' });
  });
});

describe('defaults (C-12) and ruleset coverage (D-FT-4)', () => {
  it('records every defaulted base under a CCNL ruleset', () => {
    expect(ok({ ruleset: U, permanentHeadcount: 12 }).defaultsUsed).toEqual(['date', 'unitEmployees', 'companyPermanentHeadcount', 'companyEmployees']);
  });
  it('does not call the statute base a default under statute, where permanentHeadcount is that base', () => {
    expect(ok({ ruleset: 'statute', permanentHeadcount: 12 }).defaultsUsed).toEqual(['date', 'companyEmployees']);
  });
  it('refuses a CCNL ruleset without quota tables as not covered, naming ruleset', () => {
    expect(failure({ ruleset: 'confcommercio-tds', permanentHeadcount: 20 })).toEqual({ code: 'not-covered', field: 'ruleset' });
  });
});

describe('warnings and information (RULES.md 0.3, 4.8, C-15)', () => {
  it('adds W-3 on every Unimpresa result, caps and fine, and never under statute', () => {
    expect(warningCodes({ ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 100 })).toContain('W-3');
    expect(warningCodes({ ruleset: U, fine: { workersOver: 1, monthlyPay: 1000, months: 1, extraDays: 0 } })).toContain('W-3');
    expect(warningCodes({ ruleset: 'statute', permanentHeadcount: 12 })).not.toContain('W-3');
  });
  it('warns ccnl-allows-more only when C-15 holds', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 10 }).ccnlAllowsMore).toBe(true);
    expect(warningCodes({ ruleset: U, permanentHeadcount: 10 })).toContain('ccnl-allows-more');
    expect(caps({ ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 100 }).ccnlAllowsMore).toBe(false);
    expect(warningCodes({ ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 100 })).not.toContain('ccnl-allows-more');
  });
  it('adds W-1 and W-4 under Unimpresa but not W-2 (its quotas are seed Arts. 21, 23, not TDS figures), only W-4 under statute', () => {
    expect(warningCodes({ ruleset: U, permanentHeadcount: 40 })).toEqual(expect.arrayContaining(['W-1', 'W-4']));
    expect(warningCodes({ ruleset: U, permanentHeadcount: 40 })).not.toContain('W-2');
    expect(warningCodes({ ruleset: 'statute', permanentHeadcount: 40 })).toEqual(['W-4']);
  });
  it('lists the exempt contracts, the Art. 28 duty and the consequences of going over', () => {
    const keys = infoKeys({ ruleset: U, permanentHeadcount: 40 });
    expect(keys).toEqual(expect.arrayContaining([
      'fixedTerm.info.ccnlExemptFixedTerm', 'fixedTerm.info.ccnlExemptAgency', 'fixedTerm.info.statuteExempt', 'fixedTerm.info.agencyExempt',
      'fixedTerm.info.notifyCommission', 'fixedTerm.info.overFixedTerm', 'fixedTerm.info.overAgency', 'fixedTerm.info.bothBases', 'fixedTerm.info.whoCounts',
    ]));
    expect(infoKeys({ ruleset: 'statute', permanentHeadcount: 40 })).not.toContain('fixedTerm.info.notifyCommission');
  });
  it('takes the art. 40 range and the Art. 29 figures from the rules', () => {
    const info = ok({ ruleset: U, permanentHeadcount: 40 }).info;
    expect(info.find((m) => m.key === 'fixedTerm.info.overAgency')?.params).toEqual({ min: 11, max: 99 });
    expect(info.find((m) => m.key === 'fixedTerm.info.ccnlExemptFixedTerm')?.params).toEqual({ months: 9, hours: 7 });
  });
  it('gives every legal step a source and a status', () => {
    for (const step of ok({ ruleset: U, permanentHeadcount: 8, compensation: true }).steps) {
      expect(step.sourceIds.length).toBeGreaterThan(0);
      expect(step.status).toBeDefined();
    }
    expect(stepKeys({ ruleset: U, permanentHeadcount: 8 })).toContain('fixedTerm.step.ccnlRounding');
  });
});

describe('headroom (contracts in force)', () => {
  it('is null when no count is given', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 10 }).headroom).toBeNull();
  });
  it('is cap minus count, negative when over, with an over-cap warning', () => {
    const input = { ruleset: U, permanentHeadcount: 10, fixedTermInForce: 3, agencyInForce: 2 };
    expect(caps(input).headroom).toEqual({ fixedTerm: 0, agency: -1, combined: -1, statuteFixedTerm: -1, statuteCombined: -1 });
    expect(warningCodes(input)).toContain('over-cap');
  });
  it('is null where the count or the cap is missing', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 10, fixedTermInForce: 1 }).headroom).toEqual({
      fixedTerm: 2, agency: null, combined: null, statuteFixedTerm: 1, statuteCombined: null,
    });
    expect(caps({ ruleset: 'statute', permanentHeadcount: 40, fixedTermInForce: 1, agencyInForce: 1 }).headroom).toMatchObject({ agency: null, combined: 12 });
  });
});

describe('fine form (D-FT-5, C-13; fixture 10% / 40%, extra month over 10 days)', () => {
  const f = (workersOver: number, monthlyPay: number, months: number, extraDays: number, ruleset = U) => ({ ruleset, fine: { workersOver, monthlyPay, months, extraDays } });
  it('adds a month only when the remaining days are strictly over the threshold', () => {
    expect(fine(f(1, 1000, 3, 10))).toEqual({ fineTotal: 300, monthlyFinePerWorker: 100, perWorker: 300, countedMonths: 3, ratePercent: 10 });
    expect(fine(f(1, 1000, 3, 11))).toMatchObject({ fineTotal: 400, countedMonths: 4 });
  });
  it('applies the higher rate to each worker when more than one is over', () => {
    expect(fine(f(2, 1000, 3, 11))).toEqual({ fineTotal: 3200, monthlyFinePerWorker: 400, perWorker: 1600, countedMonths: 4, ratePercent: 40 });
  });
  it('rounds the monthly amount per worker to whole euros first, then multiplies (R-1, D-FT-5)', () => {
    // 40% × 1,234.56 = 493.824 → 494 a month; 3 workers × 494 × 1 month = 1,482 (was 1,481.47 from the exact product).
    expect(fine(f(3, 1234.56, 1, 0))).toMatchObject({ monthlyFinePerWorker: 494, perWorker: 494, fineTotal: 1482 });
    // 10% × 1,234.50 = 123.45 → 123 (a first decimal below 5 goes down); × 2 months = 246.
    expect(fine(f(1, 1234.5, 2, 0))).toMatchObject({ monthlyFinePerWorker: 123, fineTotal: 246 });
    // 10% × 1,235 = 123.5 → 124 (half up).
    expect(fine(f(1, 1235, 1, 0))).toMatchObject({ monthlyFinePerWorker: 124, fineTotal: 124 });
  });
  it('is computed under every ruleset, the uncovered CCNL included (C-13)', () => {
    expect(fine(f(1, 1000, 3, 10, 'confcommercio-tds')).fineTotal).toBe(300);
  });
  it('shows the counted months and per-worker amount in steps, and the same-pay and suspension information', () => {
    const result = ok(f(2, 1000, 3, 11));
    expect(result.steps.map((s) => [s.label.key, s.value])).toEqual([
      ['fixedTerm.step.fine.months', 4], ['fixedTerm.step.fine.rate', 40], ['fixedTerm.step.fine.monthly', 400], ['fixedTerm.step.fine.perWorker', 1600], ['fixedTerm.step.fine.total', 3200],
    ]);
    expect(result.info.map((m) => m.key)).toEqual(expect.arrayContaining(['fixedTerm.info.fineSameForAll', 'fixedTerm.info.fineSuspensions']));
  });
  it('gives 0 when no worker is over', () => {
    expect(fine(f(0, 1000, 3, 11)).fineTotal).toBe(0);
  });
});

describe('validation (D-GEN-4, C-16)', () => {
  it.each([
    ['a missing permanentHeadcount', { ruleset: U }, 'invalid-value', 'permanentHeadcount'],
    ['a string headcount', { permanentHeadcount: '12' }, 'invalid-value', 'permanentHeadcount'],
    ['a non-boolean compensation', { permanentHeadcount: 12, compensation: 'yes' }, 'invalid-value', 'compensation'],
    ['a string unitEmployees', { permanentHeadcount: 12, unitEmployees: '20' }, 'invalid-value', 'unitEmployees'],
    ['a non-object fine', { fine: [1] }, 'invalid-value', 'fine'],
    ['a missing fine field', { fine: { workersOver: 1, monthlyPay: 1, months: 1 } }, 'invalid-value', 'fine.extraDays'],
    ['a string in fine', { fine: { workersOver: 1, monthlyPay: '1', months: 1, extraDays: 0 } }, 'invalid-value', 'fine.monthlyPay'],
    ['a type error before an unknown ruleset', { ruleset: 'x', permanentHeadcount: '12' }, 'invalid-value', 'permanentHeadcount'],
    ['an unknown ruleset', { ruleset: 'x', permanentHeadcount: 12 }, 'unknown-ruleset', 'ruleset'],
    ['a negative headcount', { permanentHeadcount: -1 }, 'out-of-range', 'permanentHeadcount'],
    ['a negative companyPermanentHeadcount', { permanentHeadcount: 1, companyPermanentHeadcount: -0.5 }, 'out-of-range', 'companyPermanentHeadcount'],
    ['a fractional count in force', { permanentHeadcount: 1, fixedTermInForce: 1.5 }, 'out-of-range', 'fixedTermInForce'],
    ['a negative agency count in force', { permanentHeadcount: 1, agencyInForce: -1 }, 'out-of-range', 'agencyInForce'],
    ['extraDays 31', { fine: { workersOver: 1, monthlyPay: 1, months: 1, extraDays: 31 } }, 'out-of-range', 'fine.extraDays'],
    ['1.5 workers over', { fine: { workersOver: 1.5, monthlyPay: 1, months: 1, extraDays: 0 } }, 'out-of-range', 'fine.workersOver'],
    ['negative pay', { fine: { workersOver: 1, monthlyPay: -1, months: 1, extraDays: 0 } }, 'out-of-range', 'fine.monthlyPay'],
    ['fractional months', { fine: { workersOver: 1, monthlyPay: 1, months: 1.5, extraDays: 0 } }, 'out-of-range', 'fine.months'],
  ])('refuses %s', (_name, input, code, field) => {
    expect(failure(input)).toEqual({ code, field });
  });
  it('refuses non-object input with invalid-value', () => {
    for (const input of [null, undefined, 12, 'x', [], true]) expect(failure(input)).toMatchObject({ code: 'invalid-value' });
  });
  it('accepts decimal headcounts (pro-rata part-timers)', () => {
    expect(caps({ ruleset: U, permanentHeadcount: 42.5, unitEmployees: 45 }).fixedTermCap).toBe(11);
  });
});
