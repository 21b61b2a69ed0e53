/**
 * The one open database of this tab, and what happens around it: another tab
 * upgrading the schema, a blocked upgrade, the database vanishing.
 */
import { ContrattoDb, DB_NAME } from './db';
import { StorageError } from './errors';

export type StorageEvent = { kind: 'reload-needed' } | { kind: 'blocked' };
type Listener = (event: StorageEvent) => void;

const listeners = new Set<Listener>();
let current: ContrattoDb | null = null;
let reloadNeeded = false;

/** The UI subscribes to learn when it must ask for a reload. Returns the unsubscribe function. */
export function onStorageEvent(listener: Listener): () => void {
  listeners.add(listener);
  if (reloadNeeded) listener({ kind: 'reload-needed' });
  return () => listeners.delete(listener);
}

function emit(event: StorageEvent): void {
  for (const listener of listeners) listener(event);
}

/**
 * Opens (once) the database. When a newer version opens in another tab, this
 * tab closes its connection, so the other tab's upgrade is not blocked, and
 * refuses later writes with `version` until the page is reloaded: a write is
 * either finished before the close or refused with a message, never lost.
 */
export function database(name = DB_NAME): ContrattoDb {
  if (reloadNeeded) throw new StorageError('version');
  if (current && current.name === name) return current;
  const db = new ContrattoDb(name);
  db.on('versionchange', () => {
    db.close();
    reloadNeeded = true;
    current = null;
    emit({ kind: 'reload-needed' });
    return false;
  });
  db.on('blocked', () => emit({ kind: 'blocked' }));
  current = db;
  return db;
}

/** Closes and forgets the connection (tests, erase-all). */
export function closeDatabase(): void {
  current?.close();
  current = null;
}

/** For tests: back to a fresh tab. */
export function resetConnectionState(): void {
  closeDatabase();
  reloadNeeded = false;
  listeners.clear();
}
