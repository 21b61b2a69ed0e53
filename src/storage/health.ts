/**
 * Storage health: persistence, usage, last backup, eviction, erase-all.
 * A small marker in localStorage (outside IndexedDB) tells "the database
 * disappeared" (evicted by the browser, cleared) from "a new user".
 */
import Dexie from 'dexie';
import { closeDatabase, database } from './connection';
import { DB_NAME, type ContrattoDb } from './db';
import { guarded } from './errors';

export const HAD_DATA_KEY = 'cit.storage.hadData';
const BACKUP_REMINDER_DAYS = 30;

function local(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** After every successful write: remember that data exists, and ask once for persistent storage. */
export async function afterWrite(db: ContrattoDb): Promise<void> {
  local()?.setItem(HAD_DATA_KEY, '1');
  const asked = await db.settings.get('persistRequested');
  if (asked) return;
  await db.settings.put({ key: 'persistRequested', value: new Date().toISOString() });
  try {
    await navigator.storage?.persist?.();
  } catch {
    // the browser may refuse or not offer it; the health panel shows the outcome
  }
}

export async function countRecords(db: ContrattoDb): Promise<number> {
  const counts = await guarded(() => Promise.all([db.people.count(), db.units.count(), db.savedCases.count()]));
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Whether the database is there, without creating it. Dexie.exists opens it and, when it was not there, deletes
 * it again: a connection this tab opened meanwhile (the archive's first read) then got "versionchange" and the
 * page asked for a reload. indexedDB.databases() only lists; Dexie.exists is kept for browsers without it.
 */
async function databaseExists(name: string): Promise<boolean> {
  let listed: IDBDatabaseInfo[] | undefined;
  try {
    listed = await globalThis.indexedDB?.databases?.();
  } catch {
    listed = undefined;
  }
  return listed ? listed.some((info) => info.name === name) : Dexie.exists(name);
}

/** 'evicted' when this device had data and the database is gone or empty. */
export async function detectEviction(name = DB_NAME): Promise<'present' | 'new' | 'evicted'> {
  const hadData = local()?.getItem(HAD_DATA_KEY) === '1';
  const exists = await databaseExists(name);
  const count = exists ? await countRecords(database(name)) : 0;
  if (count > 0) return 'present';
  return hadData ? 'evicted' : 'new';
}

/** The user read the notice and chose to start afresh: forget the marker. */
export function acknowledgeEviction(): void {
  local()?.removeItem(HAD_DATA_KEY);
}

export interface StorageHealth {
  /** null when the browser cannot say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  lastBackupAt: string | null;
  records: number;
  backupReminder: boolean;
}

export function needsBackupReminder(records: number, lastBackupAt: string | null, now: Date): boolean {
  if (records === 0) return false;
  if (!lastBackupAt) return true;
  return now.getTime() - Date.parse(lastBackupAt) > BACKUP_REMINDER_DAYS * 86_400_000;
}

export async function storageHealth(db = database(), now = new Date()): Promise<StorageHealth> {
  const storage = globalThis.navigator?.storage;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
  const records = await countRecords(db);
  const lastBackupAt = (await guarded(() => db.settings.get('lastBackupAt')))?.value ?? null;
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    lastBackupAt,
    records,
    backupReminder: needsBackupReminder(records, lastBackupAt, now),
  };
}

/** "Cancella tutti i dati": the database, the caches, the service worker and local storage. */
export async function eraseAllData(name = DB_NAME): Promise<void> {
  closeDatabase();
  await guarded(() => Dexie.delete(name));
  if (globalThis.caches) for (const key of await caches.keys()) await caches.delete(key);
  const registrations = (await globalThis.navigator?.serviceWorker?.getRegistrations?.()) ?? [];
  for (const registration of registrations) await registration.unregister();
  local()?.clear();
}
