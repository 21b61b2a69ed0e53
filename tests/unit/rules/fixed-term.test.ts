import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Real-rules tests go through calculate() by the engines issue's rule, although rules data may not import it.
import { calculate, type CalcSuccess } from '../../../src/calculators';

type Out = Record<string, unknown> & { statute: { fixedTermCap: number; combinedCap: number | null } };
const TODAY = { today: '2026-11-23' as never };
const run = (input: unknown) => calculate('fixed-term', input, TODAY);
const ok = (input: object): CalcSuccess => {
  const result = run(input);
  if (!result.ok) throw new Error(`unexpected ${result.error.code} ${result.error.field} ${result.error.message.key}`);
  return result;
};
const out = (input: object) => ok(input).outputs as Out;
const errorOf = (input: unknown) => {
  const result = run(input);
  return result.ok ? 'no error' : result.error.code;
};
const U = 'unimpresa-vvp-2021';
const S = 'statute';
const fine = (workersOver: number, monthlyPay: number, months: number, extraDays: number) => ({ ruleset: U, fine: { workersOver, monthlyPay, months, extraDays } });

describe('RULES.md 4.7 reference cases', () => {
  it.each([
    ['FT-1: under the statute 100 permanent workers allow 20 CTD and 30 together', { ruleset: S, permanentHeadcount: 100 }, { fixedTermCap: 20, agencyCap: null, combinedCap: 30, compensationCap: null, statute: { fixedTermCap: 20, combinedCap: 30 } }],
    ['FT-2: under the statute base 3 allows 1 CTD (≤ 5 employees) and 1 together', { ruleset: S, permanentHeadcount: 3 }, { fixedTermCap: 1, combinedCap: 1 }],
    ['FT-2b: under the statute base 2 with 3 employees allows 1 CTD (0.4 raised to 1) and 1 together', { ruleset: S, permanentHeadcount: 2, companyEmployees: 3 }, { fixedTermCap: 1, combinedCap: 1 }],
    ['FT-3: under the statute base 7 allows 1 CTD (1.4) and 2 together', { ruleset: S, permanentHeadcount: 7 }, { fixedTermCap: 1, combinedCap: 2 }],
    ['FT-4: under the statute base 13 allows 3 CTD (2.6) and 4 together', { ruleset: S, permanentHeadcount: 13 }, { fixedTermCap: 3, combinedCap: 4 }],
    ['FT-5: under Unimpresa base 12 allows 4 / 2 / 6 and the statute 2 / 4', { ruleset: U, permanentHeadcount: 12 }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, compensationCap: null, statute: { fixedTermCap: 2, combinedCap: 4 } }],
    ['FT-6: under Unimpresa base 25 allows 6 / 5, no combined cap, and the statute 5 / 8', { ruleset: U, permanentHeadcount: 25 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: null, statute: { fixedTermCap: 5, combinedCap: 8 } }],
    ['FT-7: under Unimpresa base 50 with offsetting allows 10 / 8 / offsetting 14 and the statute 10 / 15', { ruleset: U, permanentHeadcount: 50, compensation: true }, { fixedTermCap: 10, agencyCap: 8, compensationCap: 14, statute: { fixedTermCap: 10, combinedCap: 15 } }],
    ['FT-11: under Unimpresa base 42.5 in a unit of 45 allows 9 (8.5) / 6 (6.375), no combined cap, and the statute 9 / 13', { ruleset: U, permanentHeadcount: 42.5, unitEmployees: 45 }, { fixedTermCap: 9, agencyCap: 6, combinedCap: null, statute: { fixedTermCap: 9, combinedCap: 13 } }],
    ['FT-12: under Unimpresa base 12 with offsetting allows 4 / 2 / 6 and offsetting 4, the statute 2 / 4', { ruleset: U, permanentHeadcount: 12, compensation: true }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, compensationCap: 4, statute: { fixedTermCap: 2, combinedCap: 4 } }],
  ])('%s', (_name, input, expected) => expect(out(input)).toMatchObject(expected));

  it('FT-8: one worker over the cap at €1,500 for 6 months and 10 days is fined €1,800.00', () => {
    expect(out(fine(1, 1500, 6, 10))).toMatchObject({ fineTotal: 1800, perWorker: 1800, countedMonths: 6, ratePercent: 20 });
  });
  it('FT-9: two workers over the cap at €1,500 for 4 months and 20 days are fined €7,500.00 (€3,750 each)', () => {
    expect(out(fine(2, 1500, 4, 20))).toMatchObject({ fineTotal: 7500, perWorker: 3750, countedMonths: 5, ratePercent: 50 });
  });
  it('FT-10: the TDS caps are not covered (D-FT-4)', () => {
    expect(errorOf({ ruleset: 'confcommercio-tds', permanentHeadcount: 20 })).toBe('not-covered');
  });
});

describe('RULES.md 4.6 edge cases', () => {
  it.each([
    ['15% × 50 = 7.5 gives 8 agency workers', { ruleset: U, permanentHeadcount: 50 }, { agencyCap: 8 }],
    ['20% × 12.5 = 2.5 gives 3 CTD under the statute', { ruleset: S, permanentHeadcount: 12.5 }, { fixedTermCap: 3 }],
    ['30% × 5 = 1.5 gives a combined 2 under the statute', { ruleset: S, permanentHeadcount: 5 }, { combinedCap: 2 }],
    ['20% × 7 = 1.4 gives 1 CTD under the statute', { ruleset: S, permanentHeadcount: 7, companyEmployees: 10 }, { fixedTermCap: 1 }],
    ['20% × 2.5 = 0.5 gives 1 CTD under the statute without the small-employer rule', { ruleset: S, permanentHeadcount: 2.5, companyEmployees: 10 }, { fixedTermCap: 1 }],
    ['base 0 under Unimpresa gives 4 / 2 / 6 and the statute 1 / 1', { ruleset: U, permanentHeadcount: 0 }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, statute: { fixedTermCap: 1, combinedCap: 1 } }],
    ['base 1 under the statute gives 1 / 1', { ruleset: S, permanentHeadcount: 1 }, { fixedTermCap: 1, combinedCap: 1 }],
    ['base 2 with 6 employees under the statute gives 0 CTD (no small-employer minimum) and combined 1', { ruleset: S, permanentHeadcount: 2, companyEmployees: 6 }, { fixedTermCap: 0, combinedCap: 1 }],
    ['a unit of exactly 15 is in the ≤ 15 band: 4 / 2 / combined 6', { ruleset: U, permanentHeadcount: 15 }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6 }],
    ['a unit of 16 gives 6 / 5 / no combined cap', { ruleset: U, permanentHeadcount: 16 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: null }],
    ['a unit of 30 (base 30) gives 6 / 5', { ruleset: U, permanentHeadcount: 30 }, { fixedTermCap: 6, agencyCap: 5 }],
    ['a unit of 31 (base 31) has no floors: 6 (6.2) / 5 (4.65)', { ruleset: U, permanentHeadcount: 31 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: null }],
    ['base 15.5 with the unit defaulted is in the second band (C-11): 6 / 5, statute 3 / 5', { ruleset: U, permanentHeadcount: 15.5 }, { fixedTermCap: 6, agencyCap: 5, statute: { fixedTermCap: 3, combinedCap: 5 } }],
    ['base 10 in a unit of 40 has no floors: CTD 2, agency 2 (1.5 → 2)', { ruleset: U, permanentHeadcount: 10, unitEmployees: 40 }, { fixedTermCap: 2, agencyCap: 2 }],
    ['offsetting with base 50 gives 14', { ruleset: U, permanentHeadcount: 50, compensation: true }, { compensationCap: 14 }],
    ['offsetting with base 12 gives 4 (28% = 3.36 → 3, raised to the CTD cap)', { ruleset: U, permanentHeadcount: 12, compensation: true }, { compensationCap: 4 }],
    ['Unimpresa base 12 with a company base of 60 gives 4 / 2 / 6 and the statute 12 / 18', { ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 60 }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, statute: { fixedTermCap: 12, combinedCap: 18 } }],
  ])('%s', (_name, input, expected) => expect(out(input)).toMatchObject(expected));

  it('explains the C-14 lift for base 0 or 1 under the statute and for offsetting with base 12', () => {
    expect(ok({ ruleset: U, permanentHeadcount: 0 }).info.map((m) => m.key)).toContain('fixedTerm.info.statuteCombinedLifted');
    expect(ok({ ruleset: S, permanentHeadcount: 1 }).info.map((m) => m.key)).toContain('fixedTerm.info.statuteCombinedLifted');
    expect(ok({ ruleset: U, permanentHeadcount: 12, compensation: true }).info.map((m) => m.key)).toContain('fixedTerm.info.compensationLifted');
  });
  it('counts the extra month of the fine at 16 days but not at 15 (D-FT-5)', () => {
    expect(out(fine(1, 1000, 2, 15))).toMatchObject({ countedMonths: 2, fineTotal: 400 });
    expect(out(fine(1, 1000, 2, 16))).toMatchObject({ countedMonths: 3, fineTotal: 600 });
  });
  it('applies 20% with one worker over and 50% to each worker with two', () => {
    expect(out(fine(1, 1000, 1, 0))).toMatchObject({ ratePercent: 20, fineTotal: 200 });
    expect(out(fine(2, 1000, 1, 0))).toMatchObject({ ratePercent: 50, fineTotal: 1000 });
  });
  it.each([
    ['a negative headcount', { permanentHeadcount: -1 }, 'out-of-range'],
    ['a negative pay', fine(1, -1, 1, 0), 'out-of-range'],
    ['extraDays 31', fine(1, 1000, 1, 31), 'out-of-range'],
    ['1.5 workers over', fine(1.5, 1000, 1, 0), 'out-of-range'],
    ['a missing permanentHeadcount', { ruleset: U }, 'invalid-value'],
    ['permanentHeadcount "12"', { permanentHeadcount: '12' }, 'invalid-value'],
    ['compensation "yes"', { permanentHeadcount: 12, compensation: 'yes' }, 'invalid-value'],
    ['the TDS caps', { ruleset: 'confcommercio-tds', permanentHeadcount: 40 }, 'not-covered'],
  ])('refuses %s', (_name, input, code) => expect(errorOf(input)).toBe(code));
});

describe('validity windows of the real tables', () => {
  it('covers the statute CTD cap from 21.3.2014 (D.L. 34/2014), not the day before', () => {
    expect(errorOf({ ruleset: S, permanentHeadcount: 100, date: '2014-03-20' })).toBe('not-covered');
    expect(out({ ruleset: S, permanentHeadcount: 100, date: '2014-03-21' })).toMatchObject({ fixedTermCap: 20, combinedCap: null });
  });
  it('adds the statutory combined 30% from 14.7.2018 (D.L. 87/2018), not covered the day before', () => {
    const before = ok({ ruleset: S, permanentHeadcount: 100, date: '2018-07-13' });
    expect(before.outputs).toMatchObject({ combinedCap: null, statute: { combinedCap: null } });
    expect(before.notCovered.map((m) => m.key)).toContain('fixedTerm.notCovered.statuteCombinedBefore');
    expect(out({ ruleset: S, permanentHeadcount: 100, date: '2018-07-14' }).combinedCap).toBe(30);
  });
  it('covers Unimpresa from 15.3.2021, open-ended', () => {
    expect(errorOf({ ruleset: U, permanentHeadcount: 12, date: '2021-03-14' })).toBe('not-covered');
    expect(out({ ruleset: U, permanentHeadcount: 12, date: '2021-03-15' }).fixedTermCap).toBe(4);
    expect(out({ ruleset: U, permanentHeadcount: 12, date: '2035-01-01' }).fixedTermCap).toBe(4);
  });
  it('computes the fine from 21.3.2014 only', () => {
    expect(errorOf({ ...fine(1, 1500, 6, 10), date: '2014-03-20' })).toBe('not-covered');
    expect(out({ ...fine(1, 1500, 6, 10), date: '2014-03-21' }).fineTotal).toBe(1800);
  });
  it('defaults the date to the calculation day and says so', () => {
    const result = ok({ ruleset: U, permanentHeadcount: 12 });
    expect(result.inputs.date).toBe('2026-11-23');
    expect(result.defaultsUsed).toEqual(expect.arrayContaining(['date', 'unitEmployees', 'companyPermanentHeadcount', 'companyEmployees']));
  });
});

describe('what the app must show (RULES.md 4.8, 0.3)', () => {
  it('shows W-3 on every Unimpresa result and ccnl-allows-more when the CCNL allows more (C-15: FT-5 4 > 2)', () => {
    const codes = ok({ ruleset: U, permanentHeadcount: 12 }).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['W-1', 'W-3', 'W-4', 'ccnl-allows-more']));
    expect(codes).not.toContain('W-2');
    expect(ok(fine(1, 1500, 6, 10)).warnings.map((w) => w.code)).toContain('W-3');
  });
  it('does not warn ccnl-allows-more when the statute on a larger company base allows more', () => {
    expect(ok({ ruleset: U, permanentHeadcount: 12, companyPermanentHeadcount: 60 }).warnings.map((w) => w.code)).not.toContain('ccnl-allows-more');
  });
  it('marks the Unimpresa floors, bands and rounding as inferred and the percentages as seed', () => {
    const steps = ok({ ruleset: U, permanentHeadcount: 12 }).steps;
    const status = (key: string) => steps.find((s) => s.label.key === key)?.status;
    expect(status('fixedTerm.step.ccnl.fixedTermShare')).toBe('seed');
    expect(status('fixedTerm.step.ccnl.fixedTermCap')).toBe('inferred');
    expect(status('fixedTerm.step.band')).toBe('inferred');
    expect(status('fixedTerm.step.ccnlRounding')).toBe('inferred');
    expect(status('fixedTerm.step.statuteFixedTermShare')).toBe('cited-source');
  });
  it('gives the art. 40 range €250–1,250 as an interpretation and the Art. 29 contract as 12 months with 16 hours of training', () => {
    const info = ok({ ruleset: U, permanentHeadcount: 12 }).info;
    expect(info.find((m) => m.key === 'fixedTerm.info.overAgency')?.params).toEqual({ min: 250, max: 1250 });
    expect(info.find((m) => m.key === 'fixedTerm.info.ccnlExemptFixedTerm')?.params).toEqual({ months: 12, hours: 16 });
  });
  it('gives the headroom left by the contracts in force (FT-5 caps: 4 / 2 / 6, statute 2 / 4)', () => {
    expect(out({ ruleset: U, permanentHeadcount: 12, fixedTermInForce: 3, agencyInForce: 1 }).headroom).toEqual({
      fixedTerm: 1, agency: 1, combined: 2, statuteFixedTerm: -1, statuteCombined: 0,
    });
  });
});

describe('real-rules property', () => {
  it('never lowers a cap when the base grows (Unimpresa and statute, unit defaulted)', () => {
    fc.assert(
      fc.property(fc.constantFrom(U, S), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 5_000 }), (ruleset, h, extra) => {
        const low = out({ ruleset, permanentHeadcount: h / 100, compensation: true });
        const high = out({ ruleset, permanentHeadcount: (h + extra) / 100, compensation: true });
        const n = (v: unknown) => (v === null ? Infinity : (v as number));
        for (const key of ['fixedTermCap', 'agencyCap', 'combinedCap', 'compensationCap'] as const) expect(n(high[key])).toBeGreaterThanOrEqual(n(low[key]));
        expect(high.statute.fixedTermCap).toBeGreaterThanOrEqual(low.statute.fixedTermCap);
        expect(n(high.statute.combinedCap)).toBeGreaterThanOrEqual(n(low.statute.combinedCap));
      }),
      { numRuns: 1000 },
    );
  });
});
