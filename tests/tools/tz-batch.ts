/**
 * Prints a digest of every calculator's results on a fixed pseudo-random
 * batch of inputs; tests/unit/timezone.test.ts runs it under several TZ
 * values and requires the same digest (the engine reads no clock zone).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { calculate, CALCULATOR_IDS, type IsoDate } from '../../src/calculators';
import { civilDate } from '../unit/arbitraries';

const input = fc.record({
  ruleset: fc.constantFrom('unimpresa-vvp-2021', 'confcommercio-tds', 'statute'),
  role: fc.constantFrom('ov1', 'ov2', 'IV', 'Q'),
  kind: fc.constantFrom('dismissal', 'resignation'),
  hireDate: civilDate(1990, 2025),
  noticeDate: civilDate(2021, 2026),
  asOf: civilDate(2021, 2026),
  periodStart: civilDate(2024, 2024),
  periodEnd: civilDate(2024, 2024),
  schedule: fc.constantFrom({ kind: 'full-time' }, { kind: 'vertical', daysPerWeek: 3 }, { kind: 'horizontal', percent: 62.5 }),
  companyEmployees: fc.integer({ min: 0, max: 40 }),
  permanentHeadcount: fc.integer({ min: 0, max: 400 }).map((n) => n / 4),
  tool: fc.constantFrom('crm', 'gps', 'video', 'attendance', 'operator-monitoring'),
  canMonitorWorkers: fc.boolean(),
  tracksOperatorActivity: fc.boolean(),
  purpose: fc.constantFrom('organisational', 'performance', 'safety'),
  // Probation and comporto walk days: their periods go through the same check.
  absences: fc.array(fc.record({ from: civilDate(2024, 2025), to: civilDate(2024, 2026), kind: fc.constantFrom('sickness', 'injury') }), { maxLength: 3 }),
});

const batch = fc.sample(input, { numRuns: 300, seed: 20261123 });
const hash = createHash('sha256');
for (const item of batch) {
  for (const calculator of CALCULATOR_IDS) {
    hash.update(JSON.stringify(calculate(calculator, item, { today: '2026-11-23' as IsoDate })));
  }
}
console.log(hash.digest('hex'));
