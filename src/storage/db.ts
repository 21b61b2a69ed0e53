/**
 * The device's database (IndexedDB through Dexie). Nothing here is imported
 * by the first screen: Dexie loads with the pages that save or list cases.
 *
 * Schema versions are added, never edited (ARCHITECTURE.md practice 7): a
 * later version adds tables or indexes with `this.version(n + 1)` and an
 * upgrade function, so data saved by an older app survives every update.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { CalculatorId } from '../calculators';

/** A saved calculation: its inputs and the rules version that produced its result, so it can be re-explained later. */
export interface SavedCase {
  id?: number;
  calculator: CalculatorId;
  title: string;
  input: Record<string, unknown>;
  rulesVersion: string;
  /** ISO timestamp of saving (a record date, not a legal date). */
  savedAt: string;
}

export class ContrattoDb extends Dexie {
  cases!: EntityTable<SavedCase, 'id'>;

  constructor(name = 'contratto-in-tasca') {
    super(name);
    this.version(1).stores({ cases: '++id, calculator, savedAt' });
  }
}
