/**
 * What the screens call (load this module lazily: it brings Dexie and valibot).
 * The calculator screens' "Scegli una persona" and "Salva" use listPeople,
 * personToInput, unitToInput and saveCase.
 */
export { saveCase, listCases, getCase, updateCaseResult, renameCase, deleteCase, restoreCase } from './repo';
export { listPeople, addPerson, updatePerson, deletePerson, restorePerson } from './repo';
export { listUnits, addUnit, updateUnit, deleteUnit, restoreUnit } from './repo';
export type { CaseToSave, Listing, PersonDraft, UnitDraft } from './repo';
export { personToInput, unitToInput, personChanges, unitChanges } from './toInput';
export { search, sortRecords, type SortKey } from './query';
export { onStorageEvent, type StorageEvent } from './connection';
export { StorageError, type StorageErrorCode } from './errors';
export type { Person, Unit, SavedCase, Schedule } from './db';
export type { RecordProblem } from './schema';
