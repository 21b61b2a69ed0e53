// CSV import of people: hostile files refused with their reason, every bad row named by line and field, good
// rows written in one transaction with undo, and the data on the device unchanged by any refusal.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undoImport } from '../../../storage/backup';
import { database, resetConnectionState } from '../../../storage/connection';
import { ContrattoDb } from '../../../storage/db';
import { importPeople } from '../../../storage/peopleImport';
import { addPerson } from '../../../storage/repo';
import { locale } from '../../i18n/locale.svelte';
import './messages';
import { guessMapping, readCsv, readPeople, type CsvTable, type ImportReport } from './peopleImport';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/csv', name), 'utf8');

function table(name: string): CsvTable {
  const read = readCsv(fixture(name));
  if (!read.ok) throw new Error(`${name}: ${read.problem.issue}`);
  return read.table;
}

function report(name: string): ImportReport {
  const parsed = table(name);
  return readPeople(parsed, guessMapping(parsed.header), locale.current);
}

const problems = (found: ImportReport) => found.problems.map(({ line, field, issue }) => `${line} ${field} ${issue}`);

beforeEach(() => locale.set('it'));
afterEach(() => locale.set('it'));

describe('reading a CSV of people', () => {
  it('reads the app’s own export (BOM, semicolons, Italian headings, dd/mm/yyyy, 1.200 and 62,5)', () => {
    const found = report('app-export-bom.csv');
    expect(found.problems).toEqual([]);
    expect(found.people).toEqual([
      { label: 'Maria Rossi', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2017-01-10', schedule: { kind: 'horizontal', percent: 62.5 }, companyEmployees: 1200, notes: 'Turno: lun; mer' },
      { label: 'Luca Verdi', ruleset: 'statute', hireDate: '2025-09-01', schedule: { kind: 'full-time' }, contractEndDate: '2026-04-30' },
    ]);
  });

  it('guesses the columns from English headings, with commas and a quoted line break', () => {
    const parsed = table('english-commas.csv');
    expect(guessMapping(parsed.header)).toMatchObject({ label: 0, ruleset: 1, role: 2, hireDate: 3, notes: 4, schedule: null });
    const found = readPeople(parsed, guessMapping(parsed.header), 'en');
    expect(found.problems).toEqual([]);
    expect(found.people.map((person) => [person.label, person.ruleset, person.role, person.hireDate, person.notes])).toEqual([
      ['Anna Neri', 'confcommercio-tds', 'III', '2019-04-01', 'Line one\nline two, with comma'],
      ['Paolo Blu', 'unimpresa-vvp-2021', 'ov1', '2022-03-15', undefined],
    ]);
  });

  it('refuses formula cells (=, +, -, @) instead of importing them; our export’s apostrophe is taken off', () => {
    const found = report('formula-cells.csv');
    expect(problems(found)).toEqual(['2 label formula', '3 notes formula', '4 role formula', '5 hireDate formula', '6 notes formula']);
    expect(found.problems[0]?.value).toBe("=cmd|' /C calc'!A0");
    expect(found.people.map((person) => person.label)).toEqual(['=Ugo']);
  });

  it('refuses impossible dates, two-digit years and a contract ending before the hire', () => {
    expect(problems(report('impossible-dates.csv'))).toEqual(['2 hireDate not-a-date', '3 hireDate not-a-date', '4 hireDate short-year', '5 hireDate not-a-date', '6 contractEndDate end-before-hire']);
    // 29 February 2024 exists (2024 is a leap year).
    expect(report('impossible-dates.csv').people.map((person) => person.hireDate)).toEqual(['2024-02-29']);
  });

  it('refuses a level the contract does not have, a missing one, one under the law alone, an unknown contract', () => {
    expect(problems(report('unknown-role-ruleset.csv'))).toEqual(['2 role unknown-role', '3 role missing', '4 role role-without-levels', '5 ruleset unknown-ruleset', '6 role unknown-role']);
  });

  it('reads numbers as Italian writes them and names every bad one', () => {
    const found = report('bad-numbers.csv');
    expect(problems(found)).toEqual([
      '2 partTime ambiguous-number',
      '3 partTime too-large',
      '4 companyEmployees negative',
      '5 companyEmployees not-a-number',
      '6 partTime missing',
      '7 schedule unknown-schedule',
    ]);
    expect(found.people).toEqual([expect.objectContaining({ label: 'G', schedule: { kind: 'vertical', daysPerWeek: 3 }, companyEmployees: 1200 })]);
  });

  it('in English, 1,200 is twelve hundred and 1.5 a decimal', () => {
    const parsed: CsvTable = { header: ['Name', 'Contract', 'Level', 'Hire date', 'Schedule', 'Percent', 'Employees'], rows: [['A', 'tds', 'IV', '2017-01-10', 'horizontal', '62.5', '1,200']] };
    expect(readPeople(parsed, guessMapping(parsed.header), 'en').people[0]).toMatchObject({ schedule: { kind: 'horizontal', percent: 62.5 }, companyEmployees: 1200 });
  });

  it('refuses markup and script payloads with the record check every write passes', () => {
    expect(problems(report('script-payloads.csv'))).toEqual(['2 label markup', '3 notes markup', '4 notes markup']);
  });

  it('refuses a file that is not a usable CSV, saying why', () => {
    const issue = (text: string) => {
      const read = readCsv(text);
      return read.ok ? 'ok' : read.problem.issue;
    };
    expect(issue(fixture('wrong-separator.csv'))).toBe('one-column');
    expect(issue(fixture('header-only.csv'))).toBe('empty');
    expect(issue(fixture('binary-xlsx.csv'))).toBe('not-text');
    expect(issue('')).toBe('empty');
    // 20 MB: refused by size before it is parsed.
    expect(issue(`Nome;Contratto;Data di assunzione\n${'Maria Rossi;tds;10/01/2017\n'.repeat(800_000)}`)).toBe('too-large');
  });

  it('refuses a quote left open, naming its line, and takes headings such as __proto__ as plain text', () => {
    expect(readCsv(fixture('broken-quotes.csv'))).toEqual({ ok: false, problem: { issue: 'bad-quotes', line: 2 } });
    const parsed = table('proto-headers.csv');
    expect(parsed.header).toEqual(['__proto__', 'constructor', 'Data di assunzione', 'Contratto']);
    expect(Object.getPrototypeOf(guessMapping(parsed.header))).toBe(Object.prototype);
    const found = readPeople(parsed, { ...guessMapping(parsed.header), label: 0 }, 'it');
    expect(found.people).toEqual([{ label: 'A', ruleset: 'statute', hireDate: '2017-01-10', schedule: { kind: 'full-time' } }]);
  });
});

describe('writing the people read', () => {
  const NAME = 'people-import-test';
  let db: ContrattoDb;

  async function dump(): Promise<string> {
    return JSON.stringify(await Promise.all(['people', 'units', 'savedCases', 'settings'].map((name) => db.table(name).toArray())));
  }

  beforeEach(async () => {
    db = database(NAME);
    await addPerson({ label: 'Già presente', ruleset: 'statute', hireDate: '2010-01-01' as never, schedule: { kind: 'full-time' } }, db);
  });
  afterEach(async () => {
    resetConnectionState();
    await new ContrattoDb(NAME).delete();
  });

  it('writes the valid rows in one go, and one tap takes the import back', async () => {
    const before = await dump();
    const found = report('app-export-bom.csv');
    await importPeople(found.people, 'test', db);
    expect((await db.people.toArray()).map((person) => person.label).sort()).toEqual(['Già presente', 'Luca Verdi', 'Maria Rossi']);
    await undoImport('test', db);
    expect(await dump()).toBe(before);
  });

  it('writes nothing when one record is refused', async () => {
    const before = await dump();
    const found = report('app-export-bom.csv');
    const broken = [...found.people, { ...found.people[0], hireDate: '2024-02-30' } as never];
    await expect(importPeople(broken, 'test', db)).rejects.toMatchObject({ code: 'invalid-record', problem: { field: 'hireDate', issue: 'not-a-date' } });
    expect(await dump()).toBe(before);
    expect(await db.snapshots.count()).toBe(0);
  });
});
