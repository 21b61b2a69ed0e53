import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { calculate } from '../calculators';
import { ContrattoDb, type SavedCaseV1 } from './db';
import { checkRecords } from './schema';

const opened: Dexie[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** Cases as version 1 of the app saved them (RULES.md reference cases NP-3, a leave and a seniority case). */
const V1_CASES: SavedCaseV1[] = [
  {
    calculator: 'notice',
    title: 'NP-3',
    input: { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' },
    rulesVersion: '2026.11.23',
    savedAt: '2026-11-23T15:00:00.000Z',
  },
  {
    calculator: 'leave',
    title: 'Part-time 2025',
    input: { ruleset: 'confcommercio-tds', periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: { kind: 'horizontal', percent: 50 } },
    rulesVersion: '2026.11.23',
    savedAt: '2026-11-24T08:30:00.000Z',
  },
  {
    calculator: 'seniority',
    title: '',
    input: { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2010-05-31', asOf: '2026-01-01' },
    rulesVersion: '2026.11.20',
    savedAt: '2026-11-25T10:00:00.000Z',
  },
];

/** A database exactly as version 1 declared it: only `version(1)`, no later code. */
async function writeV1Fixture(name: string, cases: SavedCaseV1[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ cases: '++id, calculator, savedAt' });
  await v1.table('cases').bulkAdd(cases);
  v1.close();
}

describe('schema version 2 (fake-indexeddb in unit tests only)', () => {
  it('moves every version 1 case to savedCases with its inputs, title and rules version, and a string id', async () => {
    await writeV1Fixture('migrate-v1', V1_CASES);
    const db = new ContrattoDb('migrate-v1');
    opened.push(db);
    const raw = await db.savedCases.orderBy('updatedAt').toArray();
    const { records, problems } = checkRecords('savedCases', raw);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(V1_CASES.length);
    records.forEach((record, index) => {
      const before = V1_CASES[index] as SavedCaseV1;
      expect(record).toMatchObject({ calculator: before.calculator, title: before.title, input: before.input, rulesVersion: before.rulesVersion });
      expect([record.createdAt, record.updatedAt]).toEqual([before.savedAt, before.savedAt]);
      expect(record.result).toBeNull();
      expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
    });
    expect(db.tables.map((table) => table.name).sort()).toEqual(['people', 'savedCases', 'settings', 'snapshots', 'units']);
  });

  it('gives the same results from the migrated inputs as from the inputs version 1 saved', async () => {
    await writeV1Fixture('migrate-results', V1_CASES);
    const db = new ContrattoDb('migrate-results');
    opened.push(db);
    const migrated = await db.savedCases.orderBy('updatedAt').toArray();
    const today = { today: '2026-11-30' as never };
    migrated.forEach((record, index) => {
      const before = V1_CASES[index] as SavedCaseV1;
      const was = calculate(before.calculator, before.input, today);
      expect(was.ok).toBe(true);
      expect(calculate(record.calculator, record.input, today)).toEqual(was);
    });
  });

  it('carries a broken version 1 record across, so that the reader can report it instead of losing it', async () => {
    await writeV1Fixture('migrate-broken', [{ ...(V1_CASES[0] as SavedCaseV1), calculator: 'horoscope' as never }]);
    const db = new ContrattoDb('migrate-broken');
    opened.push(db);
    const { records, problems } = checkRecords('savedCases', await db.savedCases.toArray());
    expect(records).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ table: 'savedCases', field: 'calculator', issue: 'unknown-value' })]);
  });
});
