import { describe, expect, it } from 'vitest';
import { differences } from '../golden/compare';
import { MalformedCaseFile, parseCaseFile } from '../golden/format';
import { runCase, runFile } from '../golden/runner';

const problemOf = (text: string) => {
  try {
    parseCaseFile('my.json', text);
    return 'accepted';
  } catch (error) {
    return error instanceof MalformedCaseFile ? error.path : String(error);
  }
};

describe('case-file runner', () => {
  it('names the JSON path of a malformed file', () => {
    expect(problemOf('{')).toBe('$');
    expect(problemOf('{"calculator":"payroll","cases":[]}')).toBe('$.calculator');
    expect(problemOf('{"calculator":"notice","cases":[{"id":"a","title":"t","source":"s","input":{}}]}')).toBe('$.cases[0]');
    expect(problemOf('{"calculator":"notice","cases":[{"id":"a","title":"t","source":"s","input":{},"expectError":{"code":"boom"}}]}')).toBe('$.cases[0].expectError.code');
    expect(problemOf('{"calculator":"notice","cases":[{"id":"a","title":"t","source":"s","input":[],"expect":{}}]}')).toBe('$.cases[0].input');
  });

  it('compares only expected fields, numbers within 0.005, lists in order', () => {
    expect(differences({ days: 10.83 }, { days: 10.834, other: 1 })).toEqual([]);
    expect(differences({ days: 10.83 }, { days: 10.84 })).toEqual(['days: expected 10.83, got 10.84']);
    expect(differences({ procedure: ['a', 'b'] }, { procedure: ['b', 'a'] })).toHaveLength(2);
    expect(differences({ statute: { fixedTermCap: 2 } }, { statute: { fixedTermCap: 2, combinedCap: 4 } })).toEqual([]);
    expect(differences({ nextStepDate: null }, {})).toEqual(['nextStepDate: expected null, got absent']);
  });

  it('fails a case whose expectation is wrong and passes the right one', () => {
    const input = { ruleset: 'confcommercio-tds', role: 'IV', kind: 'resignation', hireDate: '2022-01-01', noticeDate: '2025-01-15' };
    const base = { id: 'x', title: 't', source: 'RULES.md NP-1', input };
    expect(runCase('notice', { ...base, expect: { days: 15 } }).verdict).toBe('ok');
    expect(runCase('notice', { ...base, expect: { days: 20 } }).verdict).toBe('FAIL');
    expect(runCase('notice', { ...base, expectError: { code: 'not-covered' } }).verdict).toBe('FAIL');
  });
  it('runs probation and comporto files now that their engines exist (no longer PENDING), and refuses an unknown calculator', () => {
    const file = parseCaseFile('p.json', '{"calculator":"probation","cases":[{"id":"a","title":"t","source":"s","input":{},"expect":{"days":1}}]}');
    expect(runFile(file).map((r) => r.verdict)).toEqual(['FAIL']);
    expect(problemOf('{"calculator":"payroll","cases":[]}')).toBe('$.calculator');
  });
});
