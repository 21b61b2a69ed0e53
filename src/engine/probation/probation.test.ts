/** Probation engine on fixture tables (figures chosen here; expectations counted by hand from D-PR-4 … D-PR-13). */
import { describe, expect, it } from 'vitest';
import { easterSunday } from '../core/holidays';
import type { CalcResult, CalcSuccess } from '../core/result';
import { computeProbation, type ProbationOutputs } from './index';
import { FIXTURE_PROBATION_RULES } from './fixtures';

const ctx = { rulesVersion: 'test-1' };
const run = (input: object) => computeProbation(input, FIXTURE_PROBATION_RULES, ctx);
function ok(result: CalcResult<ProbationOutputs>): CalcSuccess<ProbationOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.message.key}`);
  return result;
}
const out = (input: object) => ok(run(input)).outputs;
const code = (input: object) => {
  const result = run(input);
  return result.ok ? 'ok' : `${result.error.code}:${result.error.field ?? ''}`;
};
const tds = { ruleset: 'confcommercio-tds' };

describe('Easter by the Gregorian computus (RULES 9.3 check data)', () => {
  it.each([
    [2011, 4, 24], [2024, 3, 31], [2025, 4, 20], [2026, 4, 5], [2027, 3, 28], [2028, 4, 16], [2029, 4, 1], [2030, 4, 21],
  ])('Easter %i is on %i/%i (so Easter Monday is the day after)', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('days of actual work (D-PR-4)', () => {
  it('counts Monday–Saturday by default under a CCNL ruleset: 10 days from Monday 8 January 2024 end on Thursday the 18th', () => {
    const o = out({ ...tds, role: 'A', hireDate: '2024-01-08' });
    expect(o).toMatchObject({ unit: 'work-days', length: 10, endDate: '2024-01-18', workDaysCounted: 10, suspendedDays: 0, workingDaysPerWeek: 6 });
    expect(ok(run({ ...tds, role: 'A', hireDate: '2024-01-08' })).defaultsUsed).toContain('workingDaysPerWeek');
  });
  it('skips Easter Monday on a Monday–Friday week and lists it: 25 March 2024 + 10 days ends on 8 April', () => {
    const o = out({ ...tds, role: 'A', hireDate: '2024-03-25', workingDaysPerWeek: 5 });
    expect(o.endDate).toBe('2024-04-08');
    expect(o.holidays).toEqual([{ date: '2024-04-01', nameKey: 'holiday.easterMonday' }]);
  });
  it('suspends on absent working days and reports the absence: 10–12 January 2024 moves the end to the 24th', () => {
    const o = out({ ...tds, role: 'A', hireDate: '2024-01-08', workingDaysPerWeek: 5, absences: [{ from: '2024-01-10', to: '2024-01-12' }] });
    expect(o).toMatchObject({ endDate: '2024-01-24', workDaysCounted: 10, suspendedDays: 3 });
    expect(o.absences).toEqual([{ from: '2024-01-10', to: '2024-01-12', daysInside: 3 }]);
  });
  it('merges overlapping absences and says so (C-34)', () => {
    const result = ok(run({ ...tds, role: 'A', hireDate: '2024-01-08', workingDaysPerWeek: 5, absences: [{ from: '2024-01-10', to: '2024-01-11' }, { from: '2024-01-11', to: '2024-01-12' }] }));
    expect(result.outputs.suspendedDays).toBe(3);
    expect(result.warnings.map((w) => w.code)).toContain('absences-merged');
  });
  it('starts counting after a hire on a Sunday and notes it (C-32)', () => {
    const result = ok(run({ ...tds, role: 'A', hireDate: '2024-01-07' }));
    expect(result.outputs.endDate).toBe('2024-01-18');
    expect(result.info.map((m) => m.key)).toContain('probation.info.hireNotWorkDay');
  });
});

describe('calendar-month probation (D-PR-6, C-42)', () => {
  it('ends the day before the same day two months later, extended by the days of absence', () => {
    expect(out({ ...tds, role: 'M', hireDate: '2024-01-10' }).endDate).toBe('2024-03-09');
    expect(out({ ...tds, role: 'M', hireDate: '2024-01-10', absences: [{ from: '2024-02-01', to: '2024-02-05' }] })).toMatchObject({ endDate: '2024-03-14', suspendedDays: 5 });
  });
  it('extends again for an absence inside the extension itself', () => {
    expect(out({ ...tds, role: 'M', hireDate: '2024-01-10', absences: [{ from: '2024-02-01', to: '2024-02-05' }, { from: '2024-03-12', to: '2024-03-13' }] }).endDate).toBe('2024-03-16');
  });
  it('ends on the last day of a month without the hire day: 31 December 2023 + 2 months → 29 February 2024', () => {
    expect(out({ ...tds, role: 'M', hireDate: '2023-12-31' }).endDate).toBe('2024-02-29');
  });
});

describe('fixed-term contracts (D-PR-8 … D-PR-13, fixture ratio 1 per 10, minimum 3, caps 8 and 20)', () => {
  it('applies the shorter statutory figure, capped: 60 days → 6, ending on Saturday 13 January 2024', () => {
    expect(out({ ...tds, role: 'B', hireDate: '2024-01-08', contractEndDate: '2024-03-07' })).toMatchObject({
      applied: 'statute', length: 6, statutoryLength: 6, statutoryCap: 8, contractDays: 60, endDate: '2024-01-13', alternative: null, cappedAtContractEnd: false,
    });
  });
  it('applies the CCNL when strictly shorter; at six fixture months or more there is no cap, both readings and a warning', () => {
    const result = ok(run({ ...tds, role: 'A', hireDate: '2024-01-08', contractEndDate: '2024-07-07' }));
    expect(result.outputs).toMatchObject({ applied: 'ccnl', length: 10, statutoryLength: 18, statutoryCap: null, contractDays: 182, endDate: '2024-01-18' });
    expect(result.outputs.alternative).toEqual({ unit: 'work-days', length: 10, endDate: '2024-01-18' });
    expect(result.warnings.map((w) => w.code)).toContain('long-contract');
  });
  it('gives a tie to the statute (D-PR-10)', () => {
    expect(out({ ...tds, role: 'A', hireDate: '2024-01-08', contractEndDate: '2024-04-16' })).toMatchObject({ applied: 'statute', statutoryLength: 10, statutoryCap: 20 });
  });
  it('never outlasts the contract: cut at its last day when absences push the end beyond it (D-PR-13)', () => {
    expect(out({ ruleset: 'statute', hireDate: '2024-01-08', contractEndDate: '2024-01-10' })).toMatchObject({ endDate: '2024-01-10', length: 3, cappedAtContractEnd: false });
    expect(out({ ruleset: 'statute', hireDate: '2024-01-08', contractEndDate: '2024-01-10', absences: [{ from: '2024-01-09', to: '2024-01-10' }] })).toMatchObject({
      endDate: '2024-01-10', cappedAtContractEnd: true, workDaysCounted: 1, suspendedDays: 2,
    });
  });
});

describe('refusals in the order of C-31', () => {
  it.each([
    [{ ruleset: 'statute', hireDate: '2024-01-08' }, 'not-covered:contractEndDate'],
    [{ ...tds, role: 'A', hireDate: '2019-12-31', contractEndDate: '2020-03-01' }, 'not-covered:hireDate'],
    [{ ...tds, role: 'A', hireDate: '1989-12-31' }, 'not-covered:hireDate'],
    [{ ruleset: 'unimpresa-vvp-2021', role: 'A', hireDate: '1999-06-01' }, 'not-covered:hireDate'],
    [{ ...tds, role: 'A', hireDate: '2024-01-08', workingDaysPerWeek: 4 }, 'out-of-range:workingDaysPerWeek'],
    [{ ...tds, role: 'Z', hireDate: '2024-01-08', workingDaysPerWeek: 4 }, 'unknown-role:role'],
    [{ ...tds, role: 'A', hireDate: '2024-01-08', absences: [{ from: '2024-01-05', to: '2024-01-09' }] }, 'date-order:absences[0].from'],
    [{ ...tds, role: 'A', hireDate: '2024-01-08', absences: [{ from: '2024-01-10', to: '2024-01-09' }] }, 'date-order:absences[0].to'],
    [{ ...tds, role: 'A', hireDate: '2024-01-08', absences: [{ from: '2024-02-30', to: '2024-01-09' }] }, 'invalid-date:absences[0].from'],
    [{ ...tds, role: 'A', hireDate: '2024-01-08', absences: { from: '2024-01-10' } }, 'invalid-value:absences'],
    [{ ruleset: 'nope', hireDate: '2024-01-08' }, 'unknown-ruleset:ruleset'],
  ])('%o → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('warnings and notes (9.8)', () => {
  it('always warns about the patron saint and adds W-4; Unimpresa gets W-1 and W-2', () => {
    const codes = ok(run({ ruleset: 'unimpresa-vvp-2021', role: 'A', hireDate: '2024-01-08' })).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['patron-saint', 'W-1', 'W-2', 'W-4']));
  });
});
