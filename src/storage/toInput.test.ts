import { describe, expect, it } from 'vitest';
import { calculate } from '../calculators';
import type { Person, Unit } from './db';
import { personChanges, personToInput, unitChanges, unitToInput } from './toInput';

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

describe('"Aggiorna la scheda": what the form says differently from the record', () => {
  it('finds nothing to change when the form holds the person’s own facts', () => {
    const input = { ...personToInput(person, 'notice'), kind: 'dismissal', noticeDate: '2024-03-10' };
    expect(personChanges(person, 'notice', input)).toBeNull();
    expect(personChanges(person, 'leave', { ...personToInput(person, 'leave'), schedule: { percent: 50, kind: 'horizontal' } })).toBeNull();
  });

  it('names the changed hire date and role, and leaves the question’s own fields out', () => {
    const input = { ruleset: 'confcommercio-tds', role: 'III', hireDate: '2011-02-01', kind: 'dismissal', noticeDate: '2024-03-10' };
    expect(personChanges(person, 'notice', input)).toEqual({ role: 'III', hireDate: '2011-02-01' });
  });

  it('never erases a field the form left empty', () => {
    expect(personChanges(person, 'leave', { ruleset: 'confcommercio-tds', hireDate: '2010-05-31', schedule: { kind: 'horizontal', percent: 50 } })).toBeNull();
  });

  it('turns seniority’s part-time share into a horizontal schedule', () => {
    const fullTime: Person = { ...person, schedule: { kind: 'full-time' } };
    expect(personChanges(fullTime, 'seniority', { ...personToInput(fullTime, 'seniority'), partTimePercent: 75 })).toEqual({ schedule: { kind: 'horizontal', percent: 75 } });
  });

  it('compares a unit’s counts with the fixed-term form', () => {
    const unit: Unit = { ...stamps, label: 'Negozio', ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2 };
    expect(unitChanges(unit, { ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2, date: '2026-06-01' })).toBeNull();
    expect(unitChanges(unit, { ruleset: 'statute', permanentHeadcount: 14, agencyInForce: 1 })).toEqual({ permanentHeadcount: 14, agencyInForce: 1 });
  });
});
