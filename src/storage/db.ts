/**
 * The device's database (IndexedDB through Dexie). Nothing here is imported
 * by the first screen: Dexie loads with the pages that save or list cases.
 *
 * Schema versions are added, never edited (ARCHITECTURE.md practice 7): a
 * later version adds tables or indexes with `this.version(n + 1)` and an
 * upgrade function, so data saved by an older app survives every update.
 * Each version has a migration test (db.migration.test.ts) that opens a
 * fixture database of every earlier version.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { CalcResult, CalculatorId, IsoDate, RulesetId } from '../calculators';

/** Version 1 record (kept for the v1 → v2 upgrade and its test). */
export interface SavedCaseV1 {
  id?: number;
  calculator: CalculatorId;
  title: string;
  input: Record<string, unknown>;
  rulesVersion: string;
  /** ISO timestamp of saving (a record date, not a legal date). */
  savedAt: string;
}

/** Working pattern, the shape the leave calculator takes (FORMAT.md "leave"). */
export type Schedule = { kind: 'full-time' } | { kind: 'vertical'; daysPerWeek: number } | { kind: 'horizontal'; percent: number };

/** Record timestamps are instants (ISO 8601 with time), legal dates are civil `IsoDate`s. */
interface Stamped {
  /** crypto.randomUUID(): a backup from another device merges by id without collisions. */
  id: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * An employee. Only what a calculator asks: role and ruleset (notice, seniority,
 * leave), hire date (all three), schedule (leave; seniority's part-time share),
 * company size (leave permits), contract end (fixed-term staff, dashboard).
 * Periods of employment (a change of level or part-time share on a date) will
 * be a later schema version: a `periods` table keyed by personId, with this
 * record's fields as the first period, so nothing here has to change shape.
 */
export interface Person extends Stamped {
  label: string;
  ruleset: RulesetId;
  /** Level code of the ruleset (`ov1`, `IV`…); absent under `statute`. */
  role?: string;
  hireDate: IsoDate;
  schedule: Schedule;
  companyEmployees?: number;
  contractEndDate?: IsoDate;
  notes?: string;
}

/** A production unit, with the counts the fixed-term calculator asks (FORMAT.md "fixed-term"). */
export interface Unit extends Stamped {
  label: string;
  ruleset: RulesetId;
  permanentHeadcount: number;
  unitEmployees?: number;
  companyEmployees?: number;
  fixedTermInForce?: number;
  agencyInForce?: number;
  /** Contracts in force exempt from the caps (art. 23(2) D.Lgs. 81/2015), counted apart. */
  exemptInForce?: number;
}

/** A saved calculation: inputs, the result shown and the rules version that produced it, so it can be re-explained later. */
export interface SavedCase extends Stamped {
  calculator: CalculatorId;
  title: string;
  input: Record<string, unknown>;
  /** The result as shown when saved; null for cases saved by version 1, which kept no result. */
  result: CalcResult | null;
  rulesVersion: string;
  personId?: string;
  unitId?: string;
}

export type SettingKey = 'ruleset' | 'language' | 'lastBackupAt' | 'persistRequested';
/** Per-calculator contract is stored as `ruleset:<calculator>`; the default one as `ruleset`. */
export interface Setting {
  key: SettingKey | `ruleset:${CalculatorId}`;
  value: string;
}

/** The automatic backup written just before an import, so the import can be undone in one tap (only the last one is kept). */
export interface Snapshot {
  id: 'before-import';
  createdAt: string;
  /** A complete backup file (backup.ts format), checked again before it is restored. */
  text: string;
  /** Which import it was taken before: the undo offer is shown next to that import. Older snapshots: a backup. */
  kind?: ImportKind;
  /**
   * SHA-256 of the data as the import left it. Undoing puts back the data from before the import, so it is
   * offered only while the data is still exactly this: a person added since would otherwise be lost.
   */
  afterImport?: string;
}

export type ImportKind = 'backup' | 'people-csv';

export const DB_NAME = 'contratto-in-tasca';

export class ContrattoDb extends Dexie {
  savedCases!: EntityTable<SavedCase, 'id'>;
  people!: EntityTable<Person, 'id'>;
  units!: EntityTable<Unit, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  snapshots!: EntityTable<Snapshot, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ cases: '++id, calculator, savedAt' });
    // IndexedDB cannot change a table's primary key, so the numeric `cases` become `savedCases` with string ids.
    this.version(2)
      .stores({
        cases: null,
        savedCases: 'id, calculator, updatedAt, personId, unitId',
        people: 'id, label, updatedAt',
        units: 'id, label, updatedAt',
        settings: 'key',
        snapshots: 'id',
      })
      .upgrade(upgradeToV2);
  }
}

/** v1 → v2: every saved case keeps its calculator, title, inputs and rules version; its save time becomes both stamps. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const old = (await tx.table('cases').toArray()) as SavedCaseV1[];
  const moved: SavedCase[] = old.map((record) => ({
    id: newId(),
    calculator: record.calculator,
    title: record.title,
    input: record.input,
    result: null,
    rulesVersion: record.rulesVersion,
    createdAt: record.savedAt,
    updatedAt: record.savedAt,
  }));
  await tx.table('savedCases').bulkAdd(moved);
}

export function newId(): string {
  return crypto.randomUUID();
}
