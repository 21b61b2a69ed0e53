/**
 * Backup files: one versioned JSON file with a SHA-256 checksum over the
 * canonical serialisation of its data. An import is checked whole before any
 * write (parseBackup), previewed (previewImport), then applied in ONE
 * transaction that first keeps the current data as an automatic snapshot, so
 * `undoImport` brings it back in one tap.
 */
import { RULES_VERSION } from '../calculators/catalog';
import { canonicalJson, sha256Hex } from './canonical';
import { database } from './connection';
import type { ContrattoDb, ImportKind, Person, SavedCase, Setting, Snapshot, Unit } from './db';
import { StorageError, guarded } from './errors';
import { checkRecord, instantIssue, type TableName } from './schema';

export const FORMAT_NAME = 'contratto-in-tasca-backup';
export const FORMAT_VERSION = 1;
/** 10,000 people take about 3 MB; a file 5 times that is not a backup of this app. */
export const MAX_BACKUP_BYTES = 15 * 1024 * 1024;
export const MAX_DEPTH = 16;
export const MAX_RECORDS = 100_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Settings that describe this device, not the user's data: never exported, never imported. */
const DEVICE_SETTINGS = new Set(['persistRequested', 'lastBackupAt']);

export interface BackupData {
  people: Person[];
  units: Unit[];
  savedCases: SavedCase[];
  settings: Setting[];
}
const DATA_TABLES = ['people', 'units', 'savedCases', 'settings'] as const satisfies readonly TableName[];

export interface BackupFile {
  format: typeof FORMAT_NAME;
  formatVersion: number;
  rulesVersion: string;
  exportedAt: string;
  appVersion: string;
  checksum: string;
  data: BackupData;
}

/** Why a file was refused. `table`, `record` and `field` name the place when there is one. */
export interface BackupProblem {
  issue: string;
  table?: TableName;
  record?: string;
  field?: string;
}

export type Parsed = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

async function readData(db: ContrattoDb): Promise<BackupData> {
  const [people, units, savedCases, settings] = await Promise.all([db.people.toArray(), db.units.toArray(), db.savedCases.toArray(), db.settings.toArray()]);
  return { people, units, savedCases, settings: settings.filter((setting) => !DEVICE_SETTINGS.has(setting.key)) };
}

function header(appVersion: string, exportedAt: string) {
  return { format: FORMAT_NAME, formatVersion: FORMAT_VERSION, rulesVersion: RULES_VERSION, exportedAt, appVersion } as const;
}

async function buildFile(data: BackupData, appVersion: string, exportedAt: string): Promise<BackupFile> {
  return { ...header(appVersion, exportedAt), checksum: await sha256Hex(canonicalJson(data)), data };
}

/** The snapshot is written inside the import's transaction, where no checksum can be computed; it gets one when restored. */
const SNAPSHOT_CHECKSUM = 'computed-on-restore';

/** The whole device's data as backup text; records the date of the last backup. */
export async function exportBackup(appVersion: string, db = database(), now = new Date()): Promise<{ text: string; fileName: string }> {
  const file = await buildFile(await guarded(() => readData(db)), appVersion, now.toISOString());
  await guarded(() => db.settings.put({ key: 'lastBackupAt', value: file.exportedAt }));
  return { text: JSON.stringify(file, null, 1), fileName: `contratto-in-tasca-backup-${file.exportedAt.slice(0, 10)}.json` };
}

/** Deepest nesting of arrays and objects, counted on the text before parsing (strings skipped). */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth -= 1;
  }
  return deepest;
}

class ForbiddenKey extends Error {}

/** JSON.parse that refuses `__proto__`, `constructor` and `prototype` keys instead of honouring or dropping them. */
function strictParse(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
    return value;
  });
}

/** Where the first forbidden key sits (only on the refusal path: JSON.parse makes `__proto__` an own key, so walking is safe). */
function locateForbiddenKey(value: unknown, path: string[] = []): string[] | null {
  if (value === null || typeof value !== 'object') return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = locateForbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}

function placeOf(path: readonly string[]): BackupProblem {
  const [top, table, index, ...field] = path;
  if (top === 'data' && (DATA_TABLES as readonly string[]).includes(table ?? '') && index !== undefined) {
    return { issue: '', table: table as TableName, record: `#${Number(index) + 1}`, field: field.join('.') };
  }
  return { issue: '', field: path.join('.') };
}

function parseText(text: string): { ok: true; value: unknown } | { ok: false; problem: BackupProblem } {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { issue: 'too-large' } };
  if (nestingDepth(text) > MAX_DEPTH) return { ok: false, problem: { issue: 'too-deep' } };
  try {
    return { ok: true, value: strictParse(text) };
  } catch (error) {
    if (!(error instanceof ForbiddenKey)) return { ok: false, problem: { issue: 'not-json' } };
    return { ok: false, problem: { ...placeOf(locateForbiddenKey(JSON.parse(text)) ?? []), issue: 'forbidden-key' } };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkHeader(value: unknown): BackupProblem | null {
  if (!isObject(value) || value.format !== FORMAT_NAME) return { issue: 'not-a-backup', field: 'format' };
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { issue: 'unknown-value', field: 'formatVersion' };
  if (version > FORMAT_VERSION) return { issue: 'newer-format', field: 'formatVersion' };
  for (const field of ['rulesVersion', 'appVersion', 'checksum'] as const) {
    const text = value[field];
    if (typeof text !== 'string' || text.length === 0 || text.length > 100) return { issue: 'not-text', field };
  }
  const exportedAt = instantIssue(value.exportedAt);
  if (exportedAt) return { issue: exportedAt, field: 'exportedAt' };
  if (!isObject(value.data)) return { issue: 'not-an-object', field: 'data' };
  const extra = Object.keys(value).find((key) => !['format', 'formatVersion', 'rulesVersion', 'exportedAt', 'appVersion', 'checksum', 'data'].includes(key));
  return extra ? { issue: 'unknown-field', field: extra } : null;
}

function checkTables(data: Record<string, unknown>): BackupProblem | null {
  const extra = Object.keys(data).find((key) => !(DATA_TABLES as readonly string[]).includes(key));
  if (extra) return { issue: 'unknown-field', field: `data.${extra}` };
  for (const table of DATA_TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows)) return { issue: 'not-a-list', table, field: `data.${table}` };
    if (rows.length > MAX_RECORDS) return { issue: 'too-large', table, field: `data.${table}` };
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      const checked = checkRecord(table, row, index);
      if (!checked.ok) return checked.problem;
      const id = (checked.value as { id?: string; key?: string }).id ?? (checked.value as Setting).key;
      if (seen.has(id)) return { issue: 'duplicate-id', table, record: id, field: table === 'settings' ? 'key' : 'id' };
      seen.add(id);
    }
  }
  return null;
}

/** Checks a whole backup file; nothing is written. */
export async function parseBackup(text: string): Promise<Parsed> {
  const parsed = parseText(text);
  if (!parsed.ok) return parsed;
  const header = checkHeader(parsed.value);
  if (header) return { ok: false, problem: header };
  const file = parsed.value as unknown as BackupFile;
  const tables = checkTables(file.data as unknown as Record<string, unknown>);
  if (tables) return { ok: false, problem: tables };
  if ((await sha256Hex(canonicalJson(file.data))) !== file.checksum) return { ok: false, problem: { issue: 'bad-checksum', field: 'checksum' } };
  return { ok: true, backup: file };
}

export interface ImportPreview {
  counts: Record<'people' | 'units' | 'savedCases', number>;
  /** Ids present both in the file and on the device, per table. */
  conflicts: Record<'people' | 'units' | 'savedCases', string[]>;
  /** 'same' or 'older' (a newer format is refused by parseBackup). */
  format: 'same' | 'older';
  rulesVersionDiffers: boolean;
  exportedAt: string;
}

export async function previewImport(backup: BackupFile, db = database()): Promise<ImportPreview> {
  const tables = ['people', 'units', 'savedCases'] as const;
  const conflicts = { people: [] as string[], units: [] as string[], savedCases: [] as string[] };
  for (const table of tables) {
    const ids = backup.data[table].map((record) => record.id);
    const found = await guarded(() => db.table(table).bulkGet(ids));
    conflicts[table] = ids.filter((_id, index) => found[index] !== undefined);
  }
  return {
    counts: { people: backup.data.people.length, units: backup.data.units.length, savedCases: backup.data.savedCases.length },
    conflicts,
    format: backup.formatVersion === FORMAT_VERSION ? 'same' : 'older',
    rulesVersionDiffers: backup.rulesVersion !== RULES_VERSION,
    exportedAt: backup.exportedAt,
  };
}

export type ImportMode = 'merge' | 'replace';

/**
 * Inside an import's transaction (over every data table and snapshots): keeps the current data as the
 * "before-import" snapshot that `undoImport` restores. Also used by the CSV import of people.
 */
export async function keepSnapshot(appVersion: string, kind: ImportKind, db: ContrattoDb): Promise<void> {
  // No checksum here: crypto.subtle is not an IndexedDB request, and awaiting it would let a real browser commit the transaction early.
  const current = { ...header(appVersion, new Date().toISOString()), checksum: SNAPSHOT_CHECKSUM, data: await readData(db) };
  await db.snapshots.put({ id: 'before-import', createdAt: current.exportedAt, text: JSON.stringify(current), kind });
}

/** The data's fingerprint, device settings left out (they change with no action of the user's). */
async function dataFingerprint(db: ContrattoDb): Promise<string> {
  return sha256Hex(canonicalJson(await guarded(() => db.transaction('r', [db.people, db.units, db.savedCases, db.settings], () => readData(db)))));
}

/**
 * After an import's transaction has committed: notes what the data is now, so the undo is offered only while
 * nothing has changed since. Its own step because the fingerprint (crypto.subtle) cannot run inside the import's
 * transaction; should it fail, the snapshot has no fingerprint and the undo is simply not offered.
 */
export async function markImportDone(db: ContrattoDb): Promise<void> {
  const afterImport = await dataFingerprint(db);
  await guarded(() => db.snapshots.update('before-import', { afterImport }));
}

function newer<T extends { updatedAt: string }>(local: T | undefined, incoming: T): boolean {
  return !local || incoming.updatedAt > local.updatedAt;
}

/**
 * Writes a checked backup in one transaction: the current data is first kept
 * as the "before-import" snapshot; merge keeps, for each id, the more recently
 * updated record; replace empties the tables first. Any failure rolls it all back.
 */
export async function applyImport(backup: BackupFile, mode: ImportMode, appVersion: string, db = database()): Promise<void> {
  await guarded(() =>
    db.transaction('rw', [db.people, db.units, db.savedCases, db.settings, db.snapshots], async () => {
      await keepSnapshot(appVersion, 'backup', db);
      if (mode === 'replace') {
        await Promise.all([db.people.clear(), db.units.clear(), db.savedCases.clear()]);
        await db.settings.bulkDelete((await db.settings.toCollection().primaryKeys()).filter((key) => !DEVICE_SETTINGS.has(key)));
      }
      for (const table of ['people', 'units', 'savedCases'] as const) {
        const incoming = backup.data[table] as { id: string; updatedAt: string }[];
        const local = (await db.table(table).bulkGet(incoming.map((record) => record.id))) as ({ updatedAt: string } | undefined)[];
        await db.table(table).bulkPut(incoming.filter((record, index) => newer(local[index], record)));
      }
      const localKeys = new Set(await db.settings.toCollection().primaryKeys());
      await db.settings.bulkPut(backup.data.settings.filter((setting) => !localKeys.has(setting.key)));
    }),
  );
  await markImportDone(db);
}

/**
 * The snapshot of the import that can still be undone, or null. Once the data has changed since the import (a person
 * added, a case saved, another import undone), undoing would throw that work away: the snapshot is dropped instead.
 */
async function undoableSnapshot(db: ContrattoDb): Promise<Snapshot | null> {
  const snapshot = await guarded(() => db.snapshots.get('before-import'));
  if (!snapshot) return null;
  if (snapshot.afterImport === undefined || snapshot.afterImport !== (await dataFingerprint(db))) {
    await guarded(() => db.snapshots.delete('before-import'));
    return null;
  }
  return snapshot;
}

/** Which import can still be undone (see `undoableSnapshot`), or null. */
export async function importUndo(db = database()): Promise<ImportKind | null> {
  const snapshot = await undoableSnapshot(db);
  return snapshot ? (snapshot.kind ?? 'backup') : null;
}

/** Puts back the data as it was just before the last import (the snapshot is checked like any file). */
export async function undoImport(appVersion: string, db = database()): Promise<void> {
  const snapshot = await undoableSnapshot(db);
  if (!snapshot) throw new StorageError('undo-outdated');
  const file = JSON.parse(snapshot.text) as BackupFile;
  // Still checked record by record like any file: only the checksum is supplied here.
  const parsed = await parseBackup(JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(file.data)) }));
  if (!parsed.ok) throw new StorageError('invalid-backup', { table: parsed.problem.table ?? 'settings', record: parsed.problem.record ?? '', field: parsed.problem.field ?? '', issue: parsed.problem.issue });
  await applyImport(parsed.backup, 'replace', appVersion, db);
  await guarded(() => db.snapshots.delete('before-import'));
}

/** Checks the whole text, then applies it; a refused file returns its problem and writes nothing. */
export async function importBackup(text: string, mode: ImportMode, appVersion: string, db = database()): Promise<{ ok: true } | { ok: false; problem: BackupProblem }> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return parsed;
  await applyImport(parsed.backup, mode, appVersion, db);
  return { ok: true };
}
