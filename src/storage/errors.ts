/**
 * Typed storage errors. Dexie and IndexedDB failures become one of these
 * codes; the UI renders `messageKey` (storage.error.<code>) in the user's
 * language and offers a retry where `retry` is true. Nothing is silent.
 */
import type { RecordProblem } from './schema';

export type StorageErrorCode =
  | 'quota'
  | 'version'
  | 'blocked'
  | 'closed'
  | 'unavailable'
  | 'not-found'
  | 'undo-outdated'
  | 'invalid-record'
  | 'invalid-backup'
  | 'unknown';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  /** The record and field at fault, for invalid records and backups. */
  readonly problem?: RecordProblem;

  constructor(code: StorageErrorCode, problem?: RecordProblem, cause?: unknown) {
    super(problem ? `${code}: ${problem.table} ${problem.record} ${problem.field} ${problem.issue}` : code, { cause });
    this.name = 'StorageError';
    this.code = code;
    this.problem = problem;
  }

  get messageKey(): string {
    return `storage.error.${this.code}`;
  }

  /** True when trying again may work (space freed, other tab closed, connection reopened). */
  get retry(): boolean {
    return this.code === 'quota' || this.code === 'blocked' || this.code === 'closed' || this.code === 'unknown';
  }
}

const BY_NAME: Record<string, StorageErrorCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  UpgradeError: 'version',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
  NotFoundError: 'not-found',
};

/** Maps anything thrown by Dexie (or IndexedDB under it) to a StorageError. Dexie wraps the cause in `inner`. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string' && name in BY_NAME) return new StorageError(BY_NAME[name] as StorageErrorCode, undefined, error);
    current = (current as { inner?: unknown }).inner;
  }
  return new StorageError('unknown', undefined, error);
}

/** Runs a database operation, turning every failure into a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
