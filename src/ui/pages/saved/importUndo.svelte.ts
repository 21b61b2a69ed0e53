// The one undo offer for the last import, shared by the backup panel and the CSV import of people: each shows
// it only for its own kind of import, and the Saved page asks again after every change to the data, so the
// offer goes away as soon as undoing would throw away something saved after the import.
import { importUndo } from '../../../storage/backup';
import type { ImportKind } from '../../../storage/db';

export const lastImport = $state<{ undoable: ImportKind | null }>({ undoable: null });

export async function refreshImportUndo(): Promise<void> {
  try {
    lastImport.undoable = await importUndo();
  } catch {
    lastImport.undoable = null;
  }
}
