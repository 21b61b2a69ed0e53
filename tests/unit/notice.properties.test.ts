import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calculators';
import { addDays, type IsoDate } from '../../src/engine/core/dates';
import { anyField, civilDate, isTotalResult, PROPERTY_RUNS } from './arbitraries';

const roles = fc.constantFrom('ov1', 'ov2', 'Q', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII');
const validCase = fc
  .record({
    ruleset: fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021'),
    role: roles,
    kind: fc.constantFrom('dismissal', 'resignation'),
    hireDate: civilDate(1990, 2024),
    gap: fc.integer({ min: 0, max: 12_000 }),
    leaveDaysDuringNotice: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ gap, ...c }) => ({
    ...c,
    role: c.ruleset === 'unimpresa-vvp-2021' ? (c.role.startsWith('ov') ? c.role : 'ov1') : c.role,
    noticeDate: addDays(c.hireDate, gap),
  }))
  .filter((c) => c.noticeDate >= '2021-03-15' && c.noticeDate <= '2027-03-01');

type Out = { days: number; startDate: IsoDate; endDate: IsoDate; serviceYears: number };
const forward = (input: object) => {
  const result = calculate('notice', input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.key}`);
  return result.outputs as Out;
};

describe('notice properties (1,000 runs each)', () => {
  it('is total: any input gives a result or one typed error, never a throw or NaN', () => {
    const nearValid = fc.record(
      { ruleset: fc.oneof(fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021', 'statute', 'x'), anyField), role: fc.oneof(roles, anyField), kind: fc.oneof(fc.constantFrom('dismissal', 'resignation'), anyField), hireDate: anyField, noticeDate: anyField, inProbation: anyField, justCause: anyField, leaveDaysDuringNotice: anyField, monthlyPay: anyField, mode: fc.oneof(fc.constant('reverse'), anyField), targetEndDate: anyField },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(fc.anything(), nearValid), (input) => isTotalResult(calculate('notice', input))), PROPERTY_RUNS);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        expect(calculate('notice', input)).toEqual(calculate('notice', input));
      }),
      PROPERTY_RUNS,
    );
  });

  it('is monotone: longer service never shortens the notice', () => {
    fc.assert(
      fc.property(validCase, fc.integer({ min: 1, max: 4000 }), (input, extra) => {
        const later = addDays(input.noticeDate, extra);
        fc.pre(later <= '2027-03-31');
        expect(forward({ ...input, noticeDate: later }).days).toBeGreaterThanOrEqual(forward(input).days);
      }),
      PROPERTY_RUNS,
    );
  });

  it('runs from the 1st or the 16th strictly after receipt, for days + ferie inclusive', () => {
    fc.assert(
      fc.property(validCase, (input) => {
        const out = forward(input);
        expect(out.startDate > input.noticeDate).toBe(true);
        expect(['01', '16']).toContain(out.startDate.slice(8));
        expect(addDays(out.startDate, out.days - 1 + input.leaveDaysDuringNotice)).toBe(out.endDate);
        expect(addDays(input.noticeDate, 16) >= out.startDate).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });

  it('round-trips: the reverse mode gives the latest receipt date whose forward end fits the target', () => {
    fc.assert(
      fc.property(validCase, fc.integer({ min: 0, max: 20 }), (input, slack) => {
        const target = addDays(forward(input).endDate, slack);
        const reverse = calculate('notice', { ...input, mode: 'reverse', noticeDate: undefined, targetEndDate: target });
        if (!reverse.ok) throw new Error(reverse.error.code);
        const latest = (reverse.outputs as { latestNoticeDate: IsoDate }).latestNoticeDate;
        expect(latest >= input.noticeDate).toBe(true);
        expect(forward({ ...input, noticeDate: latest }).endDate <= target).toBe(true);
        const dayAfter = addDays(latest, 1);
        if (dayAfter <= '2027-03-31') expect(forward({ ...input, noticeDate: dayAfter }).endDate > target).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});
