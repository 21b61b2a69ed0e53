/** Comporto engine on fixture tables: 10 sickness days and 5 injury days in a 30-day window (expectations from D-CO-2 … D-CO-10). */
import { describe, expect, it } from 'vitest';
import type { CalcResult, CalcSuccess } from '../core/result';
import { computeComporto, exhaustionStep, type ComportoOutputs } from './index';
import { FIXTURE_COMPORTO_RULES } from './fixtures';

const ctx = { rulesVersion: 'test-1' };
const run = (input: object) => computeComporto(input, FIXTURE_COMPORTO_RULES, ctx);
function ok(result: CalcResult<ComportoOutputs>): CalcSuccess<ComportoOutputs> {
  if (!result.ok) throw new Error(`expected a result, got ${result.error.code} ${result.error.message.key}`);
  return result;
}
const base = { ruleset: 'confcommercio-tds', asOf: '2024-03-31' };
const sick = (from: string, to: string) => ({ from, to, kind: 'sickness' });
const out = (absences: object[], extra: object = {}) => ok(run({ ...base, absences, ...extra })).outputs;

describe('window and count (D-CO-2 … D-CO-5)', () => {
  it('counts the sick days in the 30 days ending on the check day', () => {
    expect(out([sick('2024-03-10', '2024-03-14')])).toMatchObject({ windowStart: '2024-03-02', sicknessDaysInWindow: 5, sicknessDaysLeft: 5, exceeded: false, exhaustionDate: '2024-04-06', daysLeavingWindow: 0 });
  });
  it('is still protected on exactly the limit, and exceeded one day over it', () => {
    expect(out([sick('2024-03-22', '2024-03-31')])).toMatchObject({ sicknessDaysInWindow: 10, sicknessDaysLeft: 0, exceeded: false, exhaustionDate: '2024-04-01', lastProtectedDay: '2024-03-31' });
    expect(out([sick('2024-03-21', '2024-03-31')])).toMatchObject({ sicknessDaysInWindow: 11, exceeded: true, exhaustionDate: null, lastProtectedDay: null });
  });
  it('counts a sick day on the window start and not the day before it', () => {
    expect(out([sick('2024-03-01', '2024-03-02')]).sicknessDaysInWindow).toBe(1);
  });
});

describe('exhaustion date with old episodes leaving (D-CO-6)', () => {
  it('postpones the date by the recorded days that leave the window first', () => {
    expect(out([sick('2024-03-02', '2024-03-06')])).toMatchObject({ sicknessDaysInWindow: 5, exhaustionDate: '2024-04-11', daysLeavingWindow: 5 });
  });
  it('with no absences is the check day + limit + 1', () => {
    expect(exhaustionStep([], 0, 29, 0, 10)).toEqual({ k: 11, left: 0 });
  });
});

describe('injury apart, overlaps, fixed-term, probation (D-CO-7, C-39, D-CO-10, 10.8)', () => {
  it('counts injury separately from sickness', () => {
    expect(out([{ from: '2024-03-20', to: '2024-03-31', kind: 'injury' }])).toMatchObject({ sicknessDaysInWindow: 0, injuryDaysInWindow: 12, injuryDaysLeft: 0, injuryExceeded: true });
  });
  it('counts a day entered as both as injury only, and warns', () => {
    const result = ok(run({ ...base, absences: [{ from: '2024-03-10', to: '2024-03-12', kind: 'injury' }, sick('2024-03-11', '2024-03-15')] }));
    expect(result.outputs).toMatchObject({ sicknessDaysInWindow: 3, injuryDaysInWindow: 3, sicknessInjuryOverlap: true });
    expect(result.warnings.map((w) => w.code)).toContain('sickness-injury-overlap');
  });
  it('merges overlapping sickness periods, each day once, and says so', () => {
    const result = ok(run({ ...base, absences: [sick('2024-03-10', '2024-03-14'), sick('2024-03-12', '2024-03-16')] }));
    expect(result.outputs).toMatchObject({ sicknessDaysInWindow: 7, overlapsMerged: true });
    expect(result.outputs.periods).toEqual([{ from: '2024-03-10', to: '2024-03-16', kind: 'sickness', daysInWindow: 7 }]);
    expect(result.warnings.map((w) => w.code)).toContain('absences-merged');
  });
  it('says the contract ends first when it ends before the exhaustion date', () => {
    expect(out([sick('2024-03-10', '2024-03-14')], { contractEndDate: '2024-04-05' }).contractEndsFirst).toBe(true);
    expect(out([sick('2024-03-10', '2024-03-14')], { contractEndDate: '2024-04-06' }).contractEndsFirst).toBe(false);
  });
  it('flags a check day that may fall inside the probation (fixture ceiling one month, prolonged by absences)', () => {
    expect(out([], { hireDate: '2024-03-01' }).mayBeInProbation).toBe(true);
    expect(out([], { hireDate: '2024-02-01' }).mayBeInProbation).toBe(false);
    expect(out([], { hireDate: '2024-02-15' }).mayBeInProbation).toBe(false);
    expect(out([sick('2024-02-20', '2024-03-10')], { hireDate: '2024-02-15' }).mayBeInProbation).toBe(true);
    expect(out([]).mayBeInProbation).toBeNull();
  });
});

describe('refusals (C-38)', () => {
  const code = (input: object) => {
    const result = run(input);
    return result.ok ? 'ok' : `${result.error.code}:${result.error.field ?? ''}`;
  };
  it.each([
    [{ ruleset: 'statute', asOf: '2024-03-31', absences: [] }, 'not-covered:ruleset'],
    [{ ruleset: 'unimpresa-vvp-2021', asOf: '2009-12-31', absences: [] }, 'not-covered:asOf'],
    [{ ...base, absences: [{ from: '2024-03-10', to: '2024-03-12', kind: 'maternity' }] }, 'invalid-value:absences[0].kind'],
    [{ ...base }, 'invalid-value:absences'],
    [{ ...base, hireDate: '2024-04-01', absences: [] }, 'date-order:asOf'],
    [{ ...base, contractEndDate: '2024-03-30', absences: [] }, 'date-order:asOf'],
    [{ ...base, hireDate: '2024-03-05', absences: [sick('2024-03-01', '2024-03-06')] }, 'date-order:absences[0].from'],
    [{ ...base, absences: [sick('2024-03-06', '2024-03-01')] }, 'date-order:absences[0].to'],
  ])('%o → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
  it('warns about serious illness, disability, oncology therapy and part-time on every result', () => {
    const codes = ok(run({ ...base, absences: [] })).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['serious-illness', 'disability', 'oncology', 'part-time', 'W-4']));
  });
});
