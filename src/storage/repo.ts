/**
 * Saved people, units and cases. Every write is checked before it reaches
 * the database and every read is checked after it (schema.ts): a broken
 * record is listed as a problem, the others are still shown. Deleting returns
 * the removed record, which `restore…` puts back (the UI's undo).
 */
import type { Table } from 'dexie';
import type { CalcResult, CalculatorId } from '../calculators';
import { database } from './connection';
import { newId, type ContrattoDb, type Person, type SavedCase, type Unit } from './db';
import { StorageError, guarded } from './errors';
import { afterWrite } from './health';
import { checkRecord, checkRecords, type RecordProblem } from './schema';

export interface Listing<T> {
  records: T[];
  /** Records that failed the check: reported, never shown as data. */
  problems: RecordProblem[];
}

type Stamp = 'id' | 'createdAt' | 'updatedAt';
export type PersonDraft = Omit<Person, Stamp>;
export type UnitDraft = Omit<Unit, Stamp>;

type Kind = 'people' | 'units' | 'savedCases';
type RecordOf<K extends Kind> = K extends 'people' ? Person : K extends 'units' ? Unit : SavedCase;

function now(): string {
  return new Date().toISOString();
}

/** Drops keys whose value is undefined, so an emptied optional field is removed, not stored as undefined. */
function clean<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function checked<K extends Kind>(kind: K, record: RecordOf<K>): RecordOf<K> {
  const result = checkRecord(kind, record);
  if (!result.ok) throw new StorageError('invalid-record', result.problem);
  return result.value as RecordOf<K>;
}

function table<K extends Kind>(db: ContrattoDb, kind: K): Table<RecordOf<K>, string> {
  return db.table(kind) as Table<RecordOf<K>, string>;
}

async function list<K extends Kind>(kind: K, db: ContrattoDb): Promise<Listing<RecordOf<K>>> {
  const raw = await guarded(() => table(db, kind).toArray());
  const { records, problems } = checkRecords(kind, raw);
  return { records: records as RecordOf<K>[], problems };
}

async function add<K extends Kind>(kind: K, fields: Omit<RecordOf<K>, Stamp>, db: ContrattoDb): Promise<RecordOf<K>> {
  const stamp = now();
  const record = checked(kind, clean({ ...fields, id: newId(), createdAt: stamp, updatedAt: stamp }) as RecordOf<K>);
  await guarded(() => table(db, kind).add(record));
  await afterWrite(db);
  return record;
}

async function update<K extends Kind>(kind: K, id: string, changes: Partial<Omit<RecordOf<K>, Stamp>>, db: ContrattoDb): Promise<RecordOf<K>> {
  return guarded(() =>
    db.transaction('rw', table(db, kind), async () => {
      const stored = await table(db, kind).get(id);
      if (!stored) throw new StorageError('not-found');
      const record = checked(kind, clean({ ...stored, ...changes, id, createdAt: stored.createdAt, updatedAt: now() }) as RecordOf<K>);
      await table(db, kind).put(record);
      return record;
    }),
  );
}

async function remove<K extends Kind>(kind: K, id: string, db: ContrattoDb): Promise<RecordOf<K>> {
  return guarded(() =>
    db.transaction('rw', table(db, kind), async () => {
      const stored = await table(db, kind).get(id);
      if (!stored) throw new StorageError('not-found');
      await table(db, kind).delete(id);
      return stored;
    }),
  );
}

async function restore<K extends Kind>(kind: K, record: RecordOf<K>, db: ContrattoDb): Promise<void> {
  await guarded(() => table(db, kind).put(checked(kind, record)));
}

export const listPeople = (db = database()) => list('people', db);
export const addPerson = (draft: PersonDraft, db = database()) => add('people', draft, db);
export const updatePerson = (id: string, changes: Partial<PersonDraft>, db = database()) => update('people', id, changes, db);
export const deletePerson = (id: string, db = database()) => remove('people', id, db);
export const restorePerson = (record: Person, db = database()) => restore('people', record, db);

export const listUnits = (db = database()) => list('units', db);
export const addUnit = (draft: UnitDraft, db = database()) => add('units', draft, db);
export const updateUnit = (id: string, changes: Partial<UnitDraft>, db = database()) => update('units', id, changes, db);
export const deleteUnit = (id: string, db = database()) => remove('units', id, db);
export const restoreUnit = (record: Unit, db = database()) => restore('units', record, db);

export interface CaseToSave {
  calculator: CalculatorId;
  input: Record<string, unknown>;
  result: CalcResult;
  title?: string;
  personId?: string;
  unitId?: string;
}

/** Saves a calculation with the result shown and the rules version that produced it. */
export function saveCase(toSave: CaseToSave, db = database()): Promise<SavedCase> {
  const { calculator, input, result, title = '', personId, unitId } = toSave;
  // Through JSON: the stored case holds exactly what a backup can carry, and a later change to the screen's objects cannot reach it.
  const snapshot = JSON.parse(JSON.stringify({ input, result })) as { input: Record<string, unknown>; result: CalcResult };
  return add('savedCases', { calculator, title, ...snapshot, rulesVersion: result.rulesVersion, personId, unitId }, db);
}
export const listCases = (db = database()) => list('savedCases', db);

/** One saved case, checked like every read; `not-found` when it is gone, `invalid-record` (naming the field) when it is broken. */
export async function getCase(id: string, db = database()): Promise<SavedCase> {
  const raw = await guarded(() => db.savedCases.get(id));
  if (raw === undefined) throw new StorageError('not-found');
  return checked('savedCases', raw);
}

/** "Ricalcola con le regole attuali", then saved: the case keeps its id, title and link, and takes the new result and its rules version. */
export function updateCaseResult(id: string, input: Record<string, unknown>, result: CalcResult, db = database()): Promise<SavedCase> {
  const snapshot = JSON.parse(JSON.stringify({ input, result })) as { input: Record<string, unknown>; result: CalcResult };
  return update('savedCases', id, { ...snapshot, rulesVersion: result.rulesVersion }, db);
}
export const renameCase = (id: string, title: string, db = database()) => update('savedCases', id, { title }, db);
export const deleteCase = (id: string, db = database()) => remove('savedCases', id, db);
export const restoreCase = (record: SavedCase, db = database()) => restore('savedCases', record, db);
