// Issue 10: each calculator screen calls its own entry point (src/calculators/<id>.ts) instead of calculate(),
// which holds every engine. Both must answer alike, refusals and the `today` check included.
import { describe, expect, it } from 'vitest';
import { calculate, type CalculatorId } from '../../src/calculators';
import { calculateFixedTerm } from '../../src/calculators/fixed-term';
import { calculateLeave } from '../../src/calculators/leave';
import { calculateMonitoring } from '../../src/calculators/monitoring';
import { calculateNotice } from '../../src/calculators/notice';
import type { Calculate } from '../../src/calculators/run';
import { calculateSeniority } from '../../src/calculators/seniority';

const today = '2026-11-23';
const cases: [CalculatorId, Calculate, object][] = [
  // RULES.md N-1 style: TDS, OV 1st category, dismissal after 7 years → 45 days.
  ['notice', calculateNotice, { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' }],
  ['notice', calculateNotice, { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', mode: 'reverse', hireDate: '2017-01-10', targetEndDate: '2024-06-30' }],
  ['leave', calculateLeave, { ruleset: 'confcommercio-tds', periodStart: '2025-01-01', periodEnd: '2025-06-30', schedule: { kind: 'full-time' }, hireDate: '2015-01-12' }],
  ['seniority', calculateSeniority, { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-01', asOf: '2026-01-01' }],
  ['fixed-term', calculateFixedTerm, { ruleset: 'unimpresa-vvp-2021', permanentHeadcount: 12 }],
  ['monitoring', calculateMonitoring, { tool: 'gps', canMonitorWorkers: true, neededToWork: false, purpose: 'safety', representation: 'none' }],
  ['notice', calculateNotice, { ruleset: 'statute', kind: 'dismissal' }],
];

describe('per-calculator entry points', () => {
  it.each(cases)('%s: the entry point answers as calculate() does', (id, entry, input) => {
    expect(entry(input, { today: today as never })).toEqual(calculate(id, input, { today: today as never }));
  });

  it('the notice entry gives 45 days for RULES.md N-1 (TDS, OV 1st category, 7 years)', () => {
    const result = calculateNotice(cases[0]![2]);
    expect(result.ok && (result.outputs as { days?: number }).days).toBe(45);
  });

  it('refuse a bad `today` and hostile input with a typed error, never a throw', () => {
    expect(calculateLeave({}, { today: 'yesterday' as never })).toMatchObject({ ok: false, error: { field: 'today' } });
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(() => calculateNotice(hostile)).not.toThrow();
    expect(calculateNotice(hostile).ok).toBe(false);
  });
});
