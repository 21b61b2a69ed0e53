/**
 * Writes the people read from a CSV file (src/ui/pages/saved/peopleImport.ts) in ONE transaction: all of
 * them or, on any failure (a full disk, a record the check refuses), none. The data as it was is first kept
 * as the "before-import" snapshot, so `undoImport` (backup.ts) takes the import back in one tap.
 */
import { keepSnapshot, markImportDone } from './backup';
import { database } from './connection';
import { newId, type Person } from './db';
import { StorageError, guarded } from './errors';
import { afterWrite } from './health';
import type { PersonDraft } from './repo';
import { checkRecord } from './schema';

export async function importPeople(drafts: readonly PersonDraft[], appVersion: string, db = database()): Promise<Person[]> {
  const stamp = new Date().toISOString();
  // Checked before the transaction starts: a refused record writes nothing, not even the snapshot.
  const people = drafts.map((draft, index) => {
    const checked = checkRecord('people', { ...draft, id: newId(), createdAt: stamp, updatedAt: stamp }, index);
    if (!checked.ok) throw new StorageError('invalid-record', checked.problem);
    return checked.value;
  });
  await guarded(() =>
    db.transaction('rw', [db.people, db.units, db.savedCases, db.settings, db.snapshots], async () => {
      await keepSnapshot(appVersion, 'people-csv', db);
      await db.people.bulkAdd(people);
    }),
  );
  await markImportDone(db);
  await afterWrite(db);
  return people;
}
