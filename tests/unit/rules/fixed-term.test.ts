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
    ['FT-6 (rev. 2, R-8/R-9): under Unimpresa base 25 allows 6 / 5 / combined 7 (28%), the statute 5 / 8, safe answer 5 / 7', { ruleset: U, permanentHeadcount: 25 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: 7, statute: { fixedTermCap: 5, combinedCap: 8 }, safe: { fixedTermCap: 5, combinedCap: 7 } }],
    ['FT-7 (rev. 2): under Unimpresa base 50 with offsetting allows 10 / 8 / combined 14 / offsetting 14 and the statute 10 / 15', { ruleset: U, permanentHeadcount: 50, compensation: true }, { fixedTermCap: 10, agencyCap: 8, combinedCap: 14, compensationCap: 14, statute: { fixedTermCap: 10, combinedCap: 15 }, safe: { fixedTermCap: 10, combinedCap: 14 } }],
    ['FT-11 (rev. 2): under Unimpresa base 42.5 in a unit of 45 allows 9 (8.5) / 6 (6.375) / combined 12 (11.9), and the statute 9 / 13', { ruleset: U, permanentHeadcount: 42.5, unitEmployees: 45 }, { fixedTermCap: 9, agencyCap: 6, combinedCap: 12, statute: { fixedTermCap: 9, combinedCap: 13 } }],
    ['FT-10 (rev. 2, R-7): under TDS base 20 allows 6 (4 raised to the floor) / 5 (3 raised) / combined 6 (5.6), the statute 4 / 6', { ruleset: 'confcommercio-tds', permanentHeadcount: 20 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: 6, statute: { fixedTermCap: 4, combinedCap: 6 } }],
    ['FT-12: under Unimpresa base 12 with offsetting allows 4 / 2 / 6 and offsetting 4, the statute 2 / 4', { ruleset: U, permanentHeadcount: 12, compensation: true }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, compensationCap: 4, statute: { fixedTermCap: 2, combinedCap: 4 } }],
  ])('%s', (_name, input, expected) => expect(out(input)).toMatchObject(expected));

  it('FT-8: one worker over the cap at €1,500 for 6 months and 10 days is fined €1,800.00', () => {
    expect(out(fine(1, 1500, 6, 10))).toMatchObject({ fineTotal: 1800, monthlyFinePerWorker: 300, perWorker: 1800, countedMonths: 6, ratePercent: 20 });
  });
  it('FT-9: two workers over the cap at €1,500 for 4 months and 20 days are fined €7,500.00 (€3,750 each)', () => {
    expect(out(fine(2, 1500, 4, 20))).toMatchObject({ fineTotal: 7500, monthlyFinePerWorker: 750, perWorker: 3750, countedMonths: 5, ratePercent: 50 });
  });
  it('FT-13 (rev. 2, R-1): €1,717.04 × 20% = 343.408 → €343 a month, × 3 months = €1,029.00 (not 1,030.22)', () => {
    expect(out(fine(1, 1717.04, 3, 0))).toMatchObject({ monthlyFinePerWorker: 343, fineTotal: 1029 });
  });
  it('rev. 2 edge: €1,502.50, 2 workers, 1 month 16 days: 50% → 751.25 → €751; 2 counted months; €3,004.00', () => {
    expect(out(fine(2, 1502.5, 1, 16))).toMatchObject({ monthlyFinePerWorker: 751, countedMonths: 2, fineTotal: 3004 });
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
    ['a unit of 16 gives 6 / 5 / combined 6 (28% × 16 = 4.48 → 4, raised to the CTD cap: rev. 2)', { ruleset: U, permanentHeadcount: 16 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: 6 }],
    ['a unit of 30 (base 30) gives 6 / 5', { ruleset: U, permanentHeadcount: 30 }, { fixedTermCap: 6, agencyCap: 5 }],
    ['a unit of 31 (base 31) has no floors: 6 (6.2) / 5 (4.65) / combined 9 (8.68)', { ruleset: U, permanentHeadcount: 31 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: 9 }],
    ['TDS base 12 (unit ≤ 15, rev. 2): 4 / 2 / combined 6, statute 2 / 4', { ruleset: 'confcommercio-tds', permanentHeadcount: 12 }, { fixedTermCap: 4, agencyCap: 2, combinedCap: 6, statute: { fixedTermCap: 2, combinedCap: 4 } }],
    ['TDS base 25 (rev. 2): 6 (5 raised) / 5 (3.75 → 4, raised) / combined 7, statute 5 / 8', { ruleset: 'confcommercio-tds', permanentHeadcount: 25 }, { fixedTermCap: 6, agencyCap: 5, combinedCap: 7, statute: { fixedTermCap: 5, combinedCap: 8 } }],
    ['TDS base 100 (rev. 2): 20 / 15 / combined 28, statute 20 / 30', { ruleset: 'confcommercio-tds', permanentHeadcount: 100 }, { fixedTermCap: 20, agencyCap: 15, combinedCap: 28, statute: { fixedTermCap: 20, combinedCap: 30 } }],
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
  ])('refuses %s', (_name, input, code) => expect(errorOf(input)).toBe(code));
});

describe('validity windows of the real tables', () => {
  it.each([S, 'confcommercio-tds'])('answers %s from 14.7.2018 (D.L. 87/2018, D-GEN-5 rev. 2), not covered the day before, naming that date', (ruleset) => {
    const before = run({ ruleset, permanentHeadcount: 100, date: '2018-07-13' });
    expect(before.ok ? 'no error' : [before.error.code, before.error.field, before.error.message.params?.from]).toEqual(['not-covered', 'date', '2018-07-14']);
    expect(out({ ruleset, permanentHeadcount: 100, date: '2018-07-14' })).toMatchObject({ fixedTermCap: 20, statute: { combinedCap: 30 } });
  });
  it('has no end: TDS caps dated 2040 still answer, with W-5 after 31.03.2027 only (R-5)', () => {
    const codes = (date: string) => ok({ ruleset: 'confcommercio-tds', permanentHeadcount: 100, date }).warnings.map((w) => w.code);
    expect(codes('2027-03-31')).not.toContain('W-5');
    expect(codes('2027-04-01')).toContain('W-5');
    expect(codes('2040-01-01')).toContain('W-5');
    expect(codes('2040-01-01')).not.toContain('W-1');
  });
  it('covers Unimpresa from 15.3.2021, open-ended', () => {
    expect(errorOf({ ruleset: U, permanentHeadcount: 12, date: '2021-03-14' })).toBe('not-covered');
    expect(out({ ruleset: U, permanentHeadcount: 12, date: '2021-03-15' }).fixedTermCap).toBe(4);
    expect(out({ ruleset: U, permanentHeadcount: 12, date: '2035-01-01' }).fixedTermCap).toBe(4);
  });
  it('computes the fine from 14.7.2018 only (D-GEN-5 rev. 2: caps and fine)', () => {
    expect(errorOf({ ...fine(1, 1500, 6, 10), ruleset: S, date: '2018-07-13' })).toBe('not-covered');
    expect(out({ ...fine(1, 1500, 6, 10), ruleset: S, date: '2018-07-14' }).fineTotal).toBe(1800);
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

describe('Confcommercio TDS quotas and the safe answer (rev. 2: R-7, R-9, Table 4-C, C-21)', () => {
  const T = 'confcommercio-tds';
  it('gives TDS no W-3 and no "CCNL allows more" warning: its signatories meet art. 51, so its caps apply', () => {
    const codes = ok({ ruleset: T, permanentHeadcount: 12 }).warnings.map((w) => w.code);
    expect(codes).not.toContain('W-3');
    expect(codes).not.toContain('ccnl-allows-more');
    expect(ok({ ruleset: T, fine: { workersOver: 1, monthlyPay: 1000, months: 1, extraDays: 0 } }).warnings.map((w) => w.code)).not.toContain('W-3');
  });
  it('has a safe answer only under Unimpresa (FORMAT.md: absent under the other rulesets)', () => {
    expect(out({ ruleset: T, permanentHeadcount: 25 }).safe).toBeUndefined();
    expect(out({ ruleset: S, permanentHeadcount: 25 }).safe).toBeUndefined();
    expect(out({ ruleset: U, permanentHeadcount: 12 }).safe).toEqual({ fixedTermCap: 2, combinedCap: 4 });
  });
  it('marks the TDS percentages cited-source + verify, the agency floors inferred, and explains the base and the transcription', () => {
    const result = ok({ ruleset: T, permanentHeadcount: 12 });
    const step = (key: string) => result.steps.find((s) => s.label.key === key);
    expect(step('fixedTerm.step.ccnl.fixedTermShare')).toMatchObject({ status: 'cited-source', flags: ['verify'] });
    expect(step('fixedTerm.step.ccnl.agencyShare')?.flags).toEqual(['verify', 'single-source']);
    expect(step('fixedTerm.step.ccnl.agencyCap')).toMatchObject({ status: 'inferred', flags: ['verify'] });
    expect(step('fixedTerm.step.ccnl.combinedShare')).toMatchObject({ status: 'cited-source', flags: ['verify'] });
    expect(result.info.map((m) => m.key)).toEqual(expect.arrayContaining(['fixedTerm.info.tdsBase', 'fixedTerm.info.tdsTranscription']));
    // The Unimpresa Art. 28 duty and elided articles are not TDS's.
    expect(result.info.map((m) => m.key)).not.toContain('fixedTerm.info.notifyCommission');
    expect(result.notCovered.map((m) => m.key)).not.toContain('fixedTerm.notCovered.elidedArticles');
  });
  it('never puts a TDS cap below its "in ogni caso" floor (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.option(fc.integer({ min: 0, max: 6_000 }), { nil: undefined }), (hundredths, unit) => {
        const unitEmployees = unit === undefined ? undefined : unit / 100;
        const o = out({ ruleset: T, permanentHeadcount: hundredths / 100, unitEmployees }) as unknown as { fixedTermCap: number; agencyCap: number; combinedCap: number };
        const size = unitEmployees ?? hundredths / 100;
        const floors = size <= 15 ? { ft: 4, ag: 2, comb: 6 } : size <= 30 ? { ft: 6, ag: 5, comb: 0 } : { ft: 0, ag: 0, comb: 0 };
        const { ft, ag, comb } = floors;
        expect(o.fixedTermCap).toBeGreaterThanOrEqual(ft);
        expect(o.agencyCap).toBeGreaterThanOrEqual(ag);
        expect(o.combinedCap).toBeGreaterThanOrEqual(Math.max(comb, o.fixedTermCap));
      }),
      { numRuns: 1000 },
    );
  });
  it('never lets the safe answer exceed either regime, and it equals one of them (property, 1,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50_000 }), fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }), fc.boolean(), (base, company, compensation) => {
        const input = { ruleset: U, permanentHeadcount: base / 100, companyPermanentHeadcount: company === undefined ? undefined : company / 100, compensation };
        const o = out(input) as Out & { safe: { fixedTermCap: number; combinedCap: number }; combinedCap: number };
        expect(o.safe.fixedTermCap).toBe(Math.min(o.fixedTermCap as number, o.statute.fixedTermCap));
        expect(o.safe.combinedCap).toBeLessThanOrEqual(o.combinedCap);
        expect(o.safe.combinedCap).toBeLessThanOrEqual(o.statute.combinedCap as number);
        expect([o.combinedCap, o.statute.combinedCap]).toContain(o.safe.combinedCap);
      }),
      { numRuns: 1000 },
    );
  });
});
