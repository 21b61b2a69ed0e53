import { describe, expect, it } from 'vitest';
import { checkRecord, checkRecords } from './schema';

const person = {
  id: '0b8f3c1e-5a55-4a4b-9a0e-6f5d3c2b1a00',
  label: 'Maria Rossi',
  ruleset: 'confcommercio-tds',
  role: 'IV',
  hireDate: '2017-01-10',
  schedule: { kind: 'horizontal', percent: 62.5 },
  createdAt: '2026-11-23T15:00:00.000Z',
  updatedAt: '2026-11-23T15:00:00.000Z',
};

describe('stored record shapes', () => {
  it('accepts a complete person and returns it unchanged', () => {
    expect(checkRecord('people', person)).toEqual({ ok: true, value: person });
  });

  it.each([
    ['hireDate', { hireDate: '2023-02-29' }, 'not-a-date'],
    ['hireDate', { hireDate: '1850-01-01' }, 'date-out-of-range'],
    ['schedule.percent', { schedule: { kind: 'horizontal', percent: -5 } }, 'too-small'],
    ['ruleset', { ruleset: 'metalmeccanici' }, 'unknown-value'],
    ['label', { label: '   ' }, 'empty'],
    ['companyEmployees', { companyEmployees: Number.POSITIVE_INFINITY }, 'not-a-number'],
    ['createdAt', { createdAt: 'yesterday' }, 'not-a-timestamp'],
  ])('names the field %s of the record at fault', (field, change, issue) => {
    const checked = checkRecord('people', { ...person, ...change });
    expect(checked).toEqual({ ok: false, problem: { table: 'people', record: person.id, field, issue } });
  });

  it('refuses a field it does not know rather than carrying it along', () => {
    const checked = checkRecord('people', { ...person, isAdmin: true });
    expect(checked.ok ? null : checked.problem).toMatchObject({ field: 'isAdmin', issue: 'unknown-field' });
  });

  it('refuses an input deeper than the limit or holding a constructor key', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let level = 0; level < 20; level += 1) deep = { deep };
    const base = { id: 'c1', calculator: 'notice', title: 't', result: null, rulesVersion: '1', createdAt: person.createdAt, updatedAt: person.createdAt };
    const tooDeep = checkRecord('savedCases', { ...base, input: deep });
    expect(tooDeep.ok ? null : tooDeep.problem).toMatchObject({ field: 'input', issue: 'too-deep' });
    const withKey = checkRecord('savedCases', { ...base, input: JSON.parse('{"constructor":{"a":1}}') });
    expect(withKey.ok ? null : withKey.problem).toMatchObject({ field: 'input', issue: 'forbidden-key' });
  });

  it('keeps the good records when one in the middle is broken, naming the broken one by position when it has no id', () => {
    const { records, problems } = checkRecords('people', [person, { label: 'x' }, { ...person, id: 'p3' }]);
    expect(records.map((record) => record.id)).toEqual([person.id, 'p3']);
    expect(problems).toEqual([{ table: 'people', record: '#2', field: 'id', issue: 'missing' }]);
  });
});
