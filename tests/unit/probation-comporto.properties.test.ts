/**
 * Properties of probation and comporto (issue 11), 1,000 runs each: totality,
 * and the monotonicity the brief names — an absence never ends probation
 * earlier, a holiday less never ends a work-days probation later, one more
 * sick day never moves the exhaustion date later.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calculators';
import { addDays, type IsoDate } from '../../src/engine/core/dates';
import type { FixedHoliday } from '../../src/engine/core/holidays';
import { computeProbation } from '../../src/engine/probation';
import { fixtureProbationRules } from '../../src/engine/probation/fixtures';
import { anyField, civilDate, isTotalResult, PROPERTY_RUNS } from './arbitraries';

const period = (start: IsoDate, maxStart: number, maxLength: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxStart }), fc.integer({ min: 0, max: maxLength })).map(([offset, length]) => {
    const from = addDays(start, offset);
    return { from, to: addDays(from, length) };
  });

const probationCase = civilDate(2025, 2027).filter((d) => d >= '2025-01-12').chain((hireDate) =>
  fc.record({
    ruleset: fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021', 'statute'),
    role: fc.constantFrom('Q', 'I', 'IV', 'VI', 'ov1', 'ov2'),
    hireDate: fc.constant(hireDate),
    workingDaysPerWeek: fc.constantFrom(5, 6),
    contractDays: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
    absences: fc.array(period(hireDate, 200, 40), { maxLength: 5 }),
    extra: period(hireDate, 200, 40),
  }).map(({ contractDays, role, ...c }) => ({
    ...c,
    role: c.ruleset === 'unimpresa-vvp-2021' ? (role.startsWith('ov') ? role : 'ov1') : role,
    ...(contractDays === undefined && c.ruleset !== 'statute' ? {} : { contractEndDate: addDays(hireDate, contractDays ?? 100) }),
  })),
);

function endOf(input: object): string {
  const result = calculate('probation', input);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message.key}`);
  return (result.outputs as { endDate: string }).endDate;
}

describe('probation properties', () => {
  it('is total on any input: a result or one typed error, never an internal fault', () => {
    fc.assert(
      fc.property(fc.record({ ruleset: anyField, role: anyField, hireDate: anyField, contractEndDate: anyField, workingDaysPerWeek: anyField, absences: fc.oneof(anyField, fc.array(fc.record({ from: anyField, to: anyField }), { maxLength: 3 })) }), (input) => {
        expect(isTotalResult(calculate('probation', input))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
  it('adding an absence never makes probation end earlier', () => {
    fc.assert(
      fc.property(probationCase, ({ extra, ...input }) => {
        const before = endOf(input);
        expect(endOf({ ...input, absences: [...input.absences, extra] }) >= before).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
  it('ends on a day of actual work, or at the contract end when cut there (D-PR-4, D-PR-13)', () => {
    fc.assert(
      fc.property(probationCase, ({ extra: _extra, ...input }) => {
        const result = calculate('probation', input);
        if (!result.ok) throw new Error(result.error.code);
        const o = result.outputs as { unit: string; length: number; workDaysCounted: number; cappedAtContractEnd: boolean; endDate: string };
        if (o.unit === 'work-days' && !o.cappedAtContractEnd) expect(o.workDaysCounted).toBe(o.length);
        if ('contractEndDate' in input) expect(o.endDate <= (input.contractEndDate as string)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});

const holidayArb: fc.Arbitrary<FixedHoliday> = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), nameKey: fc.constant('holiday.fixture') });

describe('probation on fixture holiday calendars', () => {
  it('removing a holiday never makes a work-days probation end later', () => {
    fc.assert(
      fc.property(fc.uniqueArray(holidayArb, { minLength: 1, maxLength: 12, selector: (h) => h.month * 100 + h.day }), fc.nat(), civilDate(2000, 2030), fc.constantFrom('A', 'B'), fc.constantFrom(5, 6), (holidays, pick, hireDate, role, week) => {
        const fewer = holidays.filter((_, i) => i !== pick % holidays.length);
        const input = { ruleset: 'confcommercio-tds', role, hireDate, workingDaysPerWeek: week };
        const all = computeProbation(input, fixtureProbationRules(holidays), { rulesVersion: 't' });
        const less = computeProbation(input, fixtureProbationRules(fewer), { rulesVersion: 't' });
        if (!all.ok || !less.ok) throw new Error('fixture case refused');
        expect(less.outputs.endDate <= all.outputs.endDate).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
});

const comportoCase = civilDate(2022, 2027).chain((asOf) =>
  fc.record({
    ruleset: fc.constantFrom('confcommercio-tds', 'unimpresa-vvp-2021'),
    asOf: fc.constant(asOf),
    absences: fc.array(
      fc.tuple(period(addDays(asOf, -400), 420, 120), fc.constantFrom('sickness', 'injury')).map(([p, kind]) => ({ ...p, kind })),
      { maxLength: 6 },
    ),
    extraDay: fc.integer({ min: -400, max: 10 }),
  }),
);

function exhaustion(input: object): { exceeded: boolean; exhaustionDate: string | null } {
  const result = calculate('comporto', input);
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.message.key}`);
  return result.outputs as { exceeded: boolean; exhaustionDate: string | null };
}

describe('comporto properties', () => {
  it('is total on any input', () => {
    fc.assert(
      fc.property(fc.record({ ruleset: anyField, asOf: anyField, hireDate: anyField, contractEndDate: anyField, absences: fc.oneof(anyField, fc.array(fc.record({ from: anyField, to: anyField, kind: anyField }), { maxLength: 3 })) }), (input) => {
        expect(isTotalResult(calculate('comporto', input))).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
  it('one more recorded sick day never moves the exhaustion date later (nor un-exceeds the comporto)', () => {
    fc.assert(
      fc.property(comportoCase, ({ extraDay, ...input }) => {
        const day = addDays(input.asOf, extraDay);
        const before = exhaustion(input);
        const after = exhaustion({ ...input, absences: [...input.absences, { from: day, to: day, kind: 'sickness' }] });
        if (before.exceeded) expect(after.exceeded).toBe(true);
        else if (!after.exceeded) expect((after.exhaustionDate as string) <= (before.exhaustionDate as string)).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });
  it('the exhaustion date is at most asOf + 181 days and after asOf (D-CO-6)', () => {
    fc.assert(
      fc.property(comportoCase, ({ extraDay: _e, ...input }) => {
        const o = exhaustion(input);
        if (o.exhaustionDate !== null) {
          expect(o.exhaustionDate > input.asOf).toBe(true);
          expect(o.exhaustionDate <= addDays(input.asOf, 181)).toBe(true);
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
