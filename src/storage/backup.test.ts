import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calculate } from '../calculators';
import { database, resetConnectionState } from './connection';
import { ContrattoDb } from './db';
import { MAX_BACKUP_BYTES, applyImport, exportBackup, importBackup, importUndo, parseBackup, previewImport, undoImport, type BackupProblem } from './backup';
import { addPerson, addUnit, saveCase, updatePerson } from './repo';

const FIXTURES = join(process.cwd(), 'tests/fixtures/backups');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const EXPECTED = JSON.parse(fixture('expected.json')) as Record<string, BackupProblem>;
const NAME = 'backup-test';

/** Every table, in primary-key order, as text: "unchanged" means this string is identical. */
async function dump(db: ContrattoDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

async function seed(db: ContrattoDb): Promise<void> {
  await addPerson({ label: 'Maria Rossi', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2017-01-10' as never, schedule: { kind: 'vertical', daysPerWeek: 3 }, notes: 'Turno: lun, mer; ven' }, db);
  await addUnit({ label: 'Negozio Roma', ruleset: 'statute', permanentHeadcount: 12.5, fixedTermInForce: 2 }, db);
  const input = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
  await saveCase({ calculator: 'notice', input, result: calculate('notice', input), title: 'NP-3' }, db);
}

let db: ContrattoDb;
beforeEach(async () => {
  db = database(NAME);
  await seed(db);
});
afterEach(async () => {
  resetConnectionState();
  await new ContrattoDb(NAME).delete();
});

describe('hostile and broken backup files', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.json') && name !== 'expected.json');

  it('has a corpus of at least 30 files, each with its expected refusal', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s is refused with the record and field named, and the data on the device is unchanged', async (name) => {
    const before = await dump(db);
    const result = await importBackup(fixture(name), 'replace', 'test', db);
    expect(result).toEqual({ ok: false, problem: EXPECTED[name] });
    expect(await dump(db)).toBe(before);
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a 20 MB file before parsing it, leaving the data unchanged', async () => {
    const { text } = await exportBackup('test', db);
    const before = await dump(db);
    const huge = text.replace('"notes": "', `"notes": "${'a'.repeat(20 * 1024 * 1024)}`);
    expect(huge.length).toBeGreaterThan(MAX_BACKUP_BYTES);
    expect(await importBackup(huge, 'merge', 'test', db)).toEqual({ ok: false, problem: { issue: 'too-large' } });
    expect(await dump(db)).toBe(before);
  });

  it('accepts the well-formed file of the corpus (so the refusals are about the faults)', async () => {
    const parsed = await parseBackup(fixture('valid.backup'));
    expect(parsed.ok).toBe(true);
  });
});

describe('export and import', () => {
  it('gives back identical data after export, erase and import, and records the backup date', async () => {
    const { text, fileName } = await exportBackup('test', db, new Date('2026-11-30T09:00:00Z'));
    expect(fileName).toBe('contratto-in-tasca-backup-2026-11-30.json');
    const before = await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()]);
    expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-30T09:00:00.000Z');
    await Promise.all([db.people.clear(), db.units.clear(), db.savedCases.clear()]);
    expect(await importBackup(text, 'replace', 'test', db)).toEqual({ ok: true });
    expect(await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()])).toEqual(before);
  });

  it('refuses a file whose data was edited after export (checksum)', async () => {
    const { text } = await exportBackup('test', db);
    expect(await parseBackup(text.replace('Maria Rossi', 'Mario Rossi'))).toEqual({ ok: false, problem: { issue: 'bad-checksum', field: 'checksum' } });
  });

  it('previews counts and conflicts by id; merge keeps the more recently updated record and adds the new ones', async () => {
    const { text } = await exportBackup('test', db);
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error('valid export refused');
    const [maria] = await db.people.toArray();
    await updatePerson(maria!.id, { label: 'Maria Rossi (edited after the backup)' }, db);
    const anna = await addPerson({ label: 'Anna', ruleset: 'statute', hireDate: '2020-02-29' as never, schedule: { kind: 'full-time' } }, db);
    const preview = await previewImport(parsed.backup, db);
    expect(preview.counts).toEqual({ people: 1, units: 1, savedCases: 1 });
    expect(preview.conflicts.people).toEqual([maria!.id]);
    await applyImport(parsed.backup, 'merge', 'test', db);
    expect((await db.people.get(maria!.id))?.label).toBe('Maria Rossi (edited after the backup)');
    expect(await db.people.get(anna.id)).toEqual(anna);
  });

  it('undoes an import in one step, back to the data as it was', async () => {
    const { text } = await exportBackup('test', db);
    await addPerson({ label: 'Anna', ruleset: 'statute', hireDate: '2020-02-29' as never, schedule: { kind: 'full-time' } }, db);
    const before = await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()]);
    await importBackup(text, 'replace', 'test', db);
    expect(await db.people.count()).toBe(1);
    expect(await importUndo(db)).toBe('backup');
    await undoImport('test', db);
    expect(await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()])).toEqual(before);
    expect(await importUndo(db)).toBeNull();
  });

  it('no longer undoes an import once the data changed after it: the work done since is kept', async () => {
    const { text } = await exportBackup('test', db);
    await importBackup(text, 'merge', 'test', db);
    expect(await importUndo(db)).toBe('backup');
    // Saved after the import: undoing would put back the data from before the import, without Anna.
    const anna = await addPerson({ label: 'Anna', ruleset: 'statute', hireDate: '2020-02-29' as never, schedule: { kind: 'full-time' } }, db);
    const after = await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()]);
    await expect(undoImport('test', db)).rejects.toMatchObject({ name: 'StorageError', code: 'undo-outdated' });
    expect(await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray()])).toEqual(after);
    expect(await db.people.get(anna.id)).toEqual(anna);
    expect(await importUndo(db)).toBeNull();
  });

  it('offers no undo for a snapshot of an earlier version, which does not say what the import left', async () => {
    const { text } = await exportBackup('test', db);
    await importBackup(text, 'merge', 'test', db);
    await db.snapshots.update('before-import', { afterImport: undefined });
    expect(await importUndo(db)).toBeNull();
    expect(await db.snapshots.count()).toBe(0);
  });
});
