import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERNAL_FAULT_KEY, type CalcResult } from '../core/result';
import { computeFixedTerm, type FixedTermCapsOutputs, type FixedTermFineOutputs, type FixedTermOutputs } from './index';
import { CTX, FIXTURE } from './fixtures';

const RUNS = { numRuns: 1000 } as const;
const CODES = ['invalid-value', 'invalid-date', 'date-order', 'out-of-range', 'unknown-role', 'unknown-ruleset', 'not-covered'];
const run = (input: unknown): CalcResult<FixedTermOutputs> => computeFixedTerm(input, FIXTURE, CTX);
const capsOf = (input: object) => {
  const result = run(input);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.field}`);
  return result.outputs as FixedTermCapsOutputs;
};
const fineOf = (input: object) => {
  const result = run(input);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.field}`);
  return result.outputs as FixedTermFineOutputs;
};

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (value && typeof value === 'object') return Object.values(value).every(finiteEverywhere);
  return true;
}

const anyField = fc.oneof(fc.anything(), fc.double(), fc.integer({ min: -5, max: 400 }), fc.boolean(), fc.constant(undefined), fc.constantFrom('2025-02-29', '2026-03-01', '2009-01-01', '12'));
const rulesetText = fc.constantFrom('unimpresa-vvp-2021', 'statute', 'confcommercio-tds', 'x', undefined);
const fineLike = fc.record({ workersOver: anyField, monthlyPay: anyField, months: anyField, extraDays: anyField }, { requiredKeys: [] });
const nearValid = fc.record(
  {
    ruleset: fc.oneof(rulesetText, anyField),
    permanentHeadcount: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), anyField),
    unitEmployees: anyField,
    companyEmployees: anyField,
    companyPermanentHeadcount: anyField,
    compensation: anyField,
    fixedTermInForce: anyField,
    agencyInForce: anyField,
    date: anyField,
    fine: fc.oneof(fineLike, anyField),
  },
  { requiredKeys: [] },
);

/** Headcount given as integer hundredths, so the oracle can use integers only. */
const hundredths = fc.integer({ min: 0, max: 2_000_000 });
/** Integer oracle of D-FT-1: round-half-up(percent × h / 10 000). */
const oracle = (percent: number, h: number) => Math.floor((percent * h + 5000) / 10000);
const noCap = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

const capsCase = fc.record({
  ruleset: fc.constantFrom('unimpresa-vvp-2021', 'statute'),
  h: hundredths,
  unit: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  compensation: fc.boolean(),
});
const capsInput = (c: { ruleset: string; h: number; unit: number | undefined; compensation: boolean }, h = c.h) => ({
  ruleset: c.ruleset, permanentHeadcount: h / 100, unitEmployees: c.unit, compensation: c.compensation,
});

describe('fixed-term engine properties (fixture 25% / 10% / 30%, statute 20% / 35%; 1,000 runs each)', () => {
  it('is total: any input gives a success with finite numbers or one known typed error, never a throw or an internal fault', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearValid), (input) => {
        const result = run(input);
        if (result.ok) return finiteEverywhere(result);
        return CODES.includes(result.error.code) && result.error.message.key !== INTERNAL_FAULT_KEY;
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(fc.property(fc.oneof(nearValid, capsCase.map((c) => capsInput(c))), (input) => {
      expect(run(input)).toEqual(run(input));
    }), RUNS);
  });

  it('is monotone: a larger base never lowers any cap, CCNL or statute (null = no cap)', () => {
    fc.assert(
      fc.property(capsCase, hundredths, (c, extra) => {
        const low = capsOf(capsInput(c));
        const high = capsOf(capsInput(c, c.h + extra));
        expect(high.fixedTermCap).toBeGreaterThanOrEqual(low.fixedTermCap);
        expect(noCap(high.agencyCap)).toBeGreaterThanOrEqual(noCap(low.agencyCap));
        expect(noCap(high.combinedCap)).toBeGreaterThanOrEqual(noCap(low.combinedCap));
        expect(noCap(high.compensationCap)).toBeGreaterThanOrEqual(noCap(low.compensationCap));
        expect(high.statute.fixedTermCap).toBeGreaterThanOrEqual(low.statute.fixedTermCap);
        expect(noCap(high.statute.combinedCap)).toBeGreaterThanOrEqual(noCap(low.statute.combinedCap));
      }),
      RUNS,
    );
  });

  it('rounds exactly: each cap equals round-half-up of the exact product, checked against an integer oracle', () => {
    fc.assert(
      fc.property(hundredths, (h) => {
        // Unit above every band and company above the small-employer threshold: no floor or minimum applies.
        const out = capsOf({ ruleset: 'unimpresa-vvp-2021', permanentHeadcount: h / 100, unitEmployees: 1000, companyEmployees: 1000, compensation: true });
        expect(out.fixedTermCap).toBe(oracle(25, h));
        expect(out.agencyCap).toBe(oracle(10, h));
        expect(out.compensationCap).toBe(Math.max(oracle(30, h), oracle(25, h)));
        expect(out.statute.fixedTermCap).toBe(oracle(20, h));
        expect(out.statute.combinedCap).toBe(Math.max(oracle(35, h), oracle(20, h)));
      }),
      RUNS,
    );
  });

  it('keeps the statutory combined cap ≥ its CTD cap and the CCNL offsetting cap ≥ the CCNL CTD cap (C-14)', () => {
    fc.assert(
      fc.property(capsCase, fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }), (c, companyEmployees) => {
        const out = capsOf({ ...capsInput(c), companyEmployees, compensation: true });
        expect(out.statute.combinedCap as number).toBeGreaterThanOrEqual(out.statute.fixedTermCap);
        if (c.ruleset !== 'statute') expect(out.compensationCap as number).toBeGreaterThanOrEqual(out.fixedTermCap);
      }),
      RUNS,
    );
  });

  it('fines a whole number of euros per worker-month: fineTotal = workersOver × monthlyFinePerWorker × counted months (R-1, D-FT-5), against an integer oracle', () => {
    const fineCase = fc.record({
      workersOver: fc.integer({ min: 0, max: 50 }), months: fc.integer({ min: 0, max: 60 }), extraDays: fc.integer({ min: 0, max: 30 }),
      cents: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fineCase, ({ cents, ...f }) => {
        const out = fineOf({ fine: { ...f, monthlyPay: cents / 100 } });
        const counted = f.months + (f.extraDays > 10 ? 1 : 0);
        const percent = f.workersOver <= 1 ? 10n : 40n;
        // cents × percent / 10,000 euros, half up to the euro, in integers.
        const monthly = Number((BigInt(cents) * percent + 5_000n) / 10_000n);
        expect(out.monthlyFinePerWorker).toBe(monthly);
        expect(Number.isInteger(out.monthlyFinePerWorker)).toBe(true);
        expect(out.countedMonths).toBe(counted);
        expect(out.fineTotal).toBe(f.workersOver * monthly * counted);
        expect(out.perWorker).toBe(monthly * counted);
      }),
      RUNS,
    );
  });

  it('gives headroom = cap − contracts in force for every cap that exists', () => {
    fc.assert(
      fc.property(capsCase, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (c, ft, ag) => {
        const out = capsOf({ ...capsInput(c), fixedTermInForce: ft, agencyInForce: ag });
        expect(out.headroom).toEqual({
          fixedTerm: out.fixedTermCap - ft,
          agency: out.agencyCap === null ? null : out.agencyCap - ag,
          combined: out.combinedCap === null ? null : out.combinedCap - ft - ag,
          statuteFixedTerm: out.statute.fixedTermCap - ft,
          statuteCombined: (out.statute.combinedCap as number) - ft - ag,
        });
      }),
      RUNS,
    );
  });
});
