import { describe, expect, it } from 'vitest';
import { calculate } from '../calculators';
import type { Person, Unit } from './db';
import { personToInput, unitToInput } from './toInput';

const stamps = { id: 'p1', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const person: Person = {
  ...stamps,
  label: 'Anna',
  ruleset: 'confcommercio-tds',
  role: 'IV',
  hireDate: '2010-05-31' as never,
  schedule: { kind: 'horizontal', percent: 50 },
  companyEmployees: 40,
};

describe('a saved person or unit fills a calculator', () => {
  it('gives the notice calculator ruleset, role and hire date, leaving the question to the form', () => {
    expect(personToInput(person, 'notice')).toEqual({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2010-05-31' });
  });

  it('gives seniority the part-time share of a horizontal schedule', () => {
    expect(personToInput(person, 'seniority')).toMatchObject({ partTimePercent: 50 });
    expect(personToInput({ ...person, schedule: { kind: 'full-time' } }, 'seniority')).not.toHaveProperty('partTimePercent');
  });

  it('produces inputs the calculators accept once the question is added', () => {
    const notice = calculate('notice', { ...personToInput(person, 'notice'), kind: 'dismissal', noticeDate: '2024-03-10' });
    const leave = calculate('leave', { ...personToInput(person, 'leave'), periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const seniority = calculate('seniority', { ...personToInput(person, 'seniority'), asOf: '2026-01-01' });
    expect([notice.ok, leave.ok, seniority.ok]).toEqual([true, true, true]);
  });

  it('gives the fixed-term calculator a unit’s counts', () => {
    const unit: Unit = { ...stamps, label: 'Negozio', ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2, exemptInForce: 1 };
    expect(unitToInput(unit)).toEqual({ ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2 });
    expect(calculate('fixed-term', unitToInput(unit), { today: '2026-06-01' as never }).ok).toBe(true);
  });
});
