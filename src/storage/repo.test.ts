import { afterEach, describe, expect, it } from 'vitest';
import { calculate } from '../calculators';
import { resetConnectionState, database, onStorageEvent } from './connection';
import { ContrattoDb } from './db';
import { StorageError, toStorageError } from './errors';
import { HAD_DATA_KEY, detectEviction } from './health';
import { addPerson, deleteCase, deletePerson, getCase, listCases, listPeople, renameCase, restoreCase, restorePerson, saveCase, updateCaseResult, updatePerson, type PersonDraft } from './repo';

const MARIA: PersonDraft = { label: 'Maria Rossi', ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2017-01-10' as never, schedule: { kind: 'full-time' } };

afterEach(async () => {
  resetConnectionState();
  localStorage.clear();
  await new ContrattoDb('repo-test').delete();
});

describe('people, units and cases on the device', () => {
  it('adds, edits and lists a person, keeping the creation stamp', async () => {
    const db = database('repo-test');
    const added = await addPerson(MARIA, db);
    const edited = await updatePerson(added.id, { label: 'Maria Bianchi', contractEndDate: '2027-06-30' as never }, db);
    expect(edited).toMatchObject({ id: added.id, label: 'Maria Bianchi', contractEndDate: '2027-06-30', createdAt: added.createdAt });
    expect((await listPeople(db)).records).toEqual([edited]);
  });

  it('refuses to write a person with an impossible hire date, naming the field', async () => {
    const db = database('repo-test');
    const refused = await addPerson({ ...MARIA, hireDate: '2023-02-30' as never }, db).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StorageError);
    expect((refused as StorageError).problem).toMatchObject({ table: 'people', field: 'hireDate', issue: 'not-a-date' });
    expect(await db.people.count()).toBe(0);
  });

  it('deletes with an undo that brings back the same record', async () => {
    const db = database('repo-test');
    const added = await addPerson(MARIA, db);
    const removed = await deletePerson(added.id, db);
    expect((await listPeople(db)).records).toEqual([]);
    await restorePerson(removed, db);
    expect((await listPeople(db)).records).toEqual([added]);
  });

  it('saves a case with the result shown and its rules version, then renames and deletes it', async () => {
    const db = database('repo-test');
    const input = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
    const result = calculate('notice', input);
    const saved = await saveCase({ calculator: 'notice', input, result }, db);
    expect(saved.result).toEqual(JSON.parse(JSON.stringify(result)));
    expect(saved.rulesVersion).toBe(result.rulesVersion);
    const renamed = await renameCase(saved.id, 'NP-3', db);
    expect((await listCases(db)).records).toEqual([renamed]);
    const removed = await deleteCase(saved.id, db);
    await restoreCase(removed, db);
    expect((await listCases(db)).records[0]?.title).toBe('NP-3');
  });

  it('reopens one case as stored, and a recomputed result replaces it keeping id, title and link', async () => {
    const db = database('repo-test');
    const person = await addPerson(MARIA, db);
    const input = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
    const saved = await saveCase({ calculator: 'notice', input, result: calculate('notice', input), title: 'Preavviso – Maria', personId: person.id }, db);
    await db.savedCases.put({ ...saved, rulesVersion: '2025.01.01', result: { ...saved.result, rulesVersion: '2025.01.01' } as never });
    expect((await getCase(saved.id, db)).rulesVersion).toBe('2025.01.01');
    const again = calculate('notice', input);
    const updated = await updateCaseResult(saved.id, input, again, db);
    expect(updated).toMatchObject({ id: saved.id, title: 'Preavviso – Maria', personId: person.id, rulesVersion: again.rulesVersion, createdAt: saved.createdAt });
    expect(await getCase(saved.id, db)).toEqual(updated);
  });

  it('refuses to reopen a case that is gone or broken, saying which', async () => {
    const db = database('repo-test');
    expect(await getCase('nobody', db).catch((error: StorageError) => error.code)).toBe('not-found');
    const input = { ruleset: 'statute', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
    const saved = await saveCase({ calculator: 'notice', input, result: calculate('notice', input) }, db);
    await db.savedCases.put({ ...saved, calculator: 'weather' as never });
    const refused = await getCase(saved.id, db).then(
      () => null,
      (error: StorageError) => error,
    );
    expect([refused?.code, refused?.problem?.field]).toEqual(['invalid-record', 'calculator']);
  });

  it('lists a record an old build broke as a problem and still shows the good ones', async () => {
    const db = database('repo-test');
    const good = await addPerson(MARIA, db);
    await db.people.put({ ...good, id: 'broken-1', schedule: { kind: 'horizontal', percent: 250 } });
    const listing = await listPeople(db);
    expect(listing.records).toEqual([good]);
    expect(listing.problems).toEqual([{ table: 'people', record: 'broken-1', field: 'schedule.percent', issue: 'too-large' }]);
  });
});

describe('storage failures', () => {
  it('maps Dexie errors, also when wrapped, to typed errors with a message key', () => {
    const quota = toStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect([quota.code, quota.messageKey, quota.retry]).toEqual(['quota', 'storage.error.quota', true]);
    expect(toStorageError({ name: 'VersionError' }).code).toBe('version');
    expect(toStorageError({ name: 'DatabaseClosedError' }).code).toBe('closed');
    expect(toStorageError(new Error('?')).code).toBe('unknown');
  });

  it('closes and asks for a reload when another tab opens a newer version, and refuses later writes', async () => {
    const db = database('repo-test');
    await addPerson(MARIA, db);
    const events: string[] = [];
    onStorageEvent((event) => events.push(event.kind));
    const newer = new ContrattoDb('repo-test');
    newer.version(3).stores({ people: 'id, label, updatedAt, hireDate' });
    await newer.open();
    expect(events).toEqual(['reload-needed']);
    expect(() => database('repo-test')).toThrowError(StorageError);
    newer.close();
  });

  it('tells an evicted database from a new user by the marker outside IndexedDB', async () => {
    expect(await detectEviction('repo-test')).toBe('new');
    await addPerson(MARIA, database('repo-test'));
    expect(localStorage.getItem(HAD_DATA_KEY)).toBe('1');
    expect(await detectEviction('repo-test')).toBe('present');
    resetConnectionState();
    await new ContrattoDb('repo-test').delete();
    expect(await detectEviction('repo-test')).toBe('evicted');
  });

  it('looking for the database on a new device leaves alone the connection the archive opens at the same time', async () => {
    // The Saved page asks both at once on a first visit; the check used to create and delete the database,
    // which closed the archive's connection and asked the user to reload.
    const events: string[] = [];
    onStorageEvent((event) => events.push(event.kind));
    const [state, people] = await Promise.all([detectEviction('repo-test'), listPeople(database('repo-test'))]);
    expect(state).toBe('new');
    expect(people.records).toEqual([]);
    await addPerson(MARIA, database('repo-test'));
    expect(events).toEqual([]);
  });
});
