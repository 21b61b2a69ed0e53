/**
 * Robustness of revision 2 (RULES.md C-22 … C-25, R-6) and issue 7's totality
 * points, through calculate() on the real rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, INTERNAL_FAULT_KEY, type CalcResult, type CalculatorId } from '../../src/calculators';
import { civilDate, PROPERTY_RUNS } from './arbitraries';

const TODAY = { today: '2026-11-23' as never };
/** One valid input per calculator, with every date field named (the base the properties perturb). */
const VALID: Record<Exclude<CalculatorId, never>, { input: Record<string, unknown>; dates: string[] }> = {
  notice: { input: { ruleset: 'confcommercio-tds', role: 'IV', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' }, dates: ['hireDate', 'noticeDate'] },
  leave: { input: { ruleset: 'confcommercio-tds', periodStart: '2024-01-01', periodEnd: '2024-12-31', schedule: { kind: 'full-time' }, companyEmployees: 20, hireDate: '2015-01-12' }, dates: ['hireDate', 'periodStart', 'periodEnd'] },
  seniority: { input: { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15' }, dates: ['hireDate', 'asOf'] },
  'fixed-term': { input: { ruleset: 'confcommercio-tds', permanentHeadcount: 20, date: '2024-06-15' }, dates: ['date'] },
  monitoring: { input: { tool: 'gps', canMonitorWorkers: true, purpose: 'safety', representation: 'none', date: '2024-06-15' }, dates: ['date'] },
  probation: { input: { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2025-03-03', contractEndDate: '2025-09-02', absences: [{ from: '2025-03-05', to: '2025-03-06' }] }, dates: ['hireDate', 'contractEndDate'] },
  comporto: { input: { ruleset: 'confcommercio-tds', asOf: '2025-12-31', hireDate: '2020-01-01', absences: [{ from: '2025-09-01', to: '2025-10-30', kind: 'sickness' }] }, dates: ['asOf', 'hireDate'] },
};
const CALCULATORS = Object.keys(VALID) as CalculatorId[];
const run = (calculator: CalculatorId, input: unknown): CalcResult => calculate(calculator, input, TODAY);
const errorOf = (result: CalcResult) => (result.ok ? 'no error' : { code: result.error.code, field: result.error.field });

/** A real calendar date outside 1900–2199 (C-22). */
const outsideSpan = fc.oneof(civilDate(1000, 1899), civilDate(2200, 9000), fc.constantFrom('0001-01-01', '9999-12-31'));

describe('C-22: dates outside 1900-01-01 … 2199-12-31', () => {
  it('are refused as out-of-range naming the field, for every date field of every calculator (1,000 runs)', () => {
    const pick = fc.constantFrom(...CALCULATORS).chain((calculator) => fc.tuple(fc.constant(calculator), fc.constantFrom(...VALID[calculator].dates)));
    fc.assert(
      fc.property(pick, outsideSpan, ([calculator, field], date) => {
        expect(errorOf(run(calculator, { ...VALID[calculator].input, [field]: date }))).toEqual({ code: 'out-of-range', field });
      }),
      PROPERTY_RUNS,
    );
  });
  it('9999-12-31 never reaches an internal error, in any date field (issue 7: RangeError)', () => {
    for (const calculator of CALCULATORS) {
      for (const field of VALID[calculator].dates) {
        const result = run(calculator, { ...VALID[calculator].input, [field]: '9999-12-31' });
        expect(result.ok ? 'ok' : result.error.message.key).not.toBe(INTERNAL_FAULT_KEY);
        expect(errorOf(result)).toEqual({ code: 'out-of-range', field });
      }
    }
  });
  it('checks the range right after invalid-date and before date-order (C-25)', () => {
    // noticeDate before hireDate would be date-order; the range check on hireDate comes first.
    expect(errorOf(run('notice', { ...VALID.notice.input, hireDate: '2300-01-01' }))).toEqual({ code: 'out-of-range', field: 'hireDate' });
    expect(errorOf(run('notice', { ...VALID.notice.input, hireDate: '2025-02-29' }))).toEqual({ code: 'invalid-date', field: 'hireDate' });
    expect(errorOf(run('notice', { ...VALID.notice.input, hireDate: '2025-01-01', noticeDate: '1899-12-31' }))).toEqual({ code: 'out-of-range', field: 'noticeDate' });
  });
  it('puts the window check last: a bad number before the window wins over not-covered (C-25)', () => {
    expect(errorOf(run('notice', { ...VALID.notice.input, hireDate: '2000-01-01', noticeDate: '2005-01-01', leaveDaysDuringNotice: 367 }))).toEqual({ code: 'out-of-range', field: 'leaveDaysDuringNotice' });
    expect(errorOf(run('fixed-term', { ...VALID['fixed-term'].input, date: '2015-01-01', permanentHeadcount: 1_000_000_001 }))).toEqual({ code: 'out-of-range', field: 'permanentHeadcount' });
  });
  it('warns above 50 years of service (check the hire date) on notice, leave and seniority results, not at 50', () => {
    const codes = (calculator: CalculatorId, input: object) => {
      const result = run(calculator, { ...VALID[calculator].input, ...input });
      return result.ok ? result.warnings.map((w) => w.code) : result.error.code;
    };
    expect(codes('notice', { hireDate: '1973-03-09', noticeDate: '2024-03-10' })).toContain('long-service');
    expect(codes('notice', { hireDate: '1974-03-10', noticeDate: '2024-03-10' })).not.toContain('long-service');
    expect(codes('leave', { hireDate: '1920-01-01' })).toContain('long-service');
    expect(codes('seniority', { role: 'IV', hireDate: '1988-01-01', asOf: '2039-06-15' })).toContain('long-service');
  });
});

describe('C-23: null means absent for optional fields, invalid-value for required ones', () => {
  it.each([
    ['notice', 'monthlyPay'], ['notice', 'leaveDaysDuringNotice'], ['notice', 'ruleset'],
    ['leave', 'hireDate'], ['leave', 'ferieDaysTaken'], ['seniority', 'partTimePercent'],
    ['fixed-term', 'unitEmployees'], ['fixed-term', 'companyPermanentHeadcount'], ['fixed-term', 'date'], ['monitoring', 'date'],
    ['probation', 'contractEndDate'], ['probation', 'workingDaysPerWeek'], ['probation', 'absences'], ['comporto', 'hireDate'], ['comporto', 'contractEndDate'],
  ] as const)('%s.%s: null gives the same answer as leaving it out', (calculator, field) => {
    const { [field]: _dropped, ...absent } = VALID[calculator].input as Record<string, unknown>;
    const a = run(calculator, absent);
    const b = run(calculator, { ...absent, [field]: null });
    expect(b.ok).toBe(a.ok);
    if (a.ok && b.ok) expect(b.outputs).toEqual(a.outputs);
  });
  it.each([['notice', 'hireDate'], ['seniority', 'asOf'], ['fixed-term', 'permanentHeadcount'], ['leave', 'periodStart'], ['probation', 'hireDate'], ['comporto', 'asOf'], ['comporto', 'absences']] as const)('%s.%s: null is invalid-value', (calculator, field) => {
    expect(errorOf(run(calculator, { ...VALID[calculator].input, [field]: null }))).toEqual({ code: 'invalid-value', field });
  });
});

describe('own-property look-ups (issue 7: "constructor" as a ruleset)', () => {
  const PROTO_NAMES = ['constructor', 'hasOwnProperty', '__proto__', '__defineGetter__', 'toString', 'valueOf'];
  it('answers unknown-ruleset for Object.prototype names, in every calculator (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CALCULATORS), fc.constantFrom(...PROTO_NAMES), (calculator, name) => {
        expect(errorOf(run(calculator, { ...VALID[calculator].input, ruleset: name }))).toEqual({ code: 'unknown-ruleset', field: 'ruleset' });
      }),
      PROPERTY_RUNS,
    );
  });
  it('answers unknown-role for them as a role, invalid-value as a kind', () => {
    for (const name of PROTO_NAMES) {
      expect(errorOf(run('notice', { ...VALID.notice.input, role: name }))).toEqual({ code: 'unknown-role', field: 'role' });
      expect(errorOf(run('seniority', { ...VALID.seniority.input, role: name }))).toEqual({ code: 'unknown-role', field: 'role' });
      expect(errorOf(run('notice', { ...VALID.notice.input, kind: name }))).toEqual({ code: 'invalid-value', field: 'kind' });
      expect(errorOf(run('leave', { ...VALID.leave.input, schedule: { kind: name } }))).toEqual({ code: 'invalid-value', field: 'schedule.kind' });
      expect(errorOf(run('monitoring', { ...VALID.monitoring.input, tool: name }))).toEqual({ code: 'invalid-value', field: 'tool' });
    }
  });
  it('a parsed JSON "__proto__" key is a plain own key and changes nothing', () => {
    const input = JSON.parse('{"__proto__": {"ruleset": "statute"}, "role": "IV", "kind": "dismissal", "hireDate": "2017-01-10", "noticeDate": "2024-03-10", "ruleset": "confcommercio-tds"}');
    expect(run('notice', input)).toMatchObject({ ok: true, ruleset: 'confcommercio-tds' });
  });
});

describe('calculate() stays total (issue 7)', () => {
  it('reads the notice mode inside the guard: a throwing getter or Proxy gives a typed failure, never a throw', () => {
    const getter = Object.defineProperty({ ...VALID.notice.input }, 'mode', { get() { throw new Error('mode'); }, enumerable: true });
    const proxy = new Proxy({}, { get() { throw new Error('proxy'); } });
    for (const input of [getter, proxy]) expect(() => calculate('notice', input)).not.toThrow();
    expect(calculate('notice', proxy).ok).toBe(false);
  });
  it('validates options.today like an input date', () => {
    const ft = { permanentHeadcount: 12 };
    expect(errorOf(calculate('fixed-term', ft, { today: 'tomorrow' as never }))).toEqual({ code: 'invalid-date', field: 'today' });
    expect(errorOf(calculate('fixed-term', ft, { today: '9999-12-31' as never }))).toEqual({ code: 'out-of-range', field: 'today' });
    expect(errorOf(calculate('fixed-term', ft, { today: 20260101 as never }))).toEqual({ code: 'invalid-value', field: 'today' });
    expect(calculate('fixed-term', ft, { today: '2026-01-01' as never }).ok).toBe(true);
  });
  it('looks the calculator up as an own property', () => {
    expect(calculate('constructor' as CalculatorId, {})).toMatchObject({ ok: false, error: { code: 'not-covered' } });
  });
});

describe('D-GEN-5 (rev. 2): before a window the refusal names the day the rules start; no window ends', () => {
  it('names the first modelled day', () => {
    const result = run('notice', { ...VALID.notice.input, hireDate: '2000-01-01', noticeDate: '2010-05-01' });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'not-covered', field: 'noticeDate', message: { key: 'error.beforeWindow', params: { from: '2011-02-26' } } });
  });
  it('answers a Confcommercio notice dated 2027-06-01 with W-5, and a TDS result before the term end without it', () => {
    const after = run('notice', { ...VALID.notice.input, noticeDate: '2027-06-01' });
    expect(after.ok && after.warnings.map((w) => w.code)).toContain('W-5');
    const before = run('notice', { ...VALID.notice.input, noticeDate: '2027-03-31' });
    expect(before.ok && before.warnings.map((w) => w.code)).not.toContain('W-5');
    const unimpresa = run('notice', { ...VALID.notice.input, ruleset: 'unimpresa-vvp-2021', role: 'ov1', noticeDate: '2027-06-01' });
    expect(unimpresa.ok && unimpresa.warnings.map((w) => w.code)).not.toContain('W-5');
  });
});
