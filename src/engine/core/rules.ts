/**
 * Effective-dated rule values (ARCHITECTURE.md practice 1): a formula never
 * holds a legal figure; it asks the table for the value in force on a date.
 * Outside every window the answer is `not-covered`, never a guess.
 */
import { addDays, type IsoDate } from './dates';
import { refuse, type Flag, type SourceId, type Status } from './result';

/** One value with its validity window (both ends inclusive), sources and status. */
export interface Dated<T> {
  validFrom: IsoDate;
  /** Last day the value is in force; absent = still in force. */
  validTo?: IsoDate;
  value: T;
  sourceIds: readonly SourceId[];
  status: Status;
  flags?: readonly Flag[];
}

/** A table of values for one figure, windows in ascending order, no gaps or overlaps. */
export interface Table<T> {
  /** Stable id for explanations and the coverage test, e.g. `notice.days.tds`. */
  id: string;
  entries: readonly Dated<T>[];
}

/**
 * The entry in force on `date`, or null outside the modelled window.
 * @example valueOn(table, '2024-03-10' as IsoDate)?.value
 */
export function valueOn<T>(table: Table<T>, date: IsoDate): Dated<T> | null {
  for (const entry of table.entries) {
    if (entry.validFrom <= date && (entry.validTo === undefined || date <= entry.validTo)) return entry;
  }
  return null;
}

/**
 * The entry in force on `date`, refusing with `not-covered` (naming the
 * modelled window and the date field) when there is none. Before the first
 * window the message names the day from which the rules are modelled (D-GEN-5).
 */
export function inForce<T>(table: Table<T>, date: IsoDate, field: string): Dated<T> {
  const entry = valueOn(table, date);
  if (entry) return entry;
  const first = table.entries[0];
  const last = table.entries[table.entries.length - 1];
  const before = first !== undefined && date < first.validFrom;
  return refuse('not-covered', field, before ? 'error.beforeWindow' : 'error.outsideWindow', {
    date,
    from: first?.validFrom ?? null,
    to: last?.validTo ?? null,
    table: table.id,
  });
}

/** Problems in a table's windows: gaps, overlaps, inverted windows, open ends not last. */
export function windowProblems(table: Table<unknown>): string[] {
  const problems: string[] = [];
  table.entries.forEach((entry, index) => {
    if (entry.validTo !== undefined && entry.validTo < entry.validFrom) {
      problems.push(`${table.id}[${index}] ends before it starts`);
    }
    if (entry.sourceIds.length === 0) problems.push(`${table.id}[${index}] has no source`);
    const next = table.entries[index + 1];
    if (!next) return;
    if (entry.validTo === undefined) {
      problems.push(`${table.id}[${index}] is open-ended but not last`);
      return;
    }
    const dayAfter = addDays(entry.validTo, 1);
    if (next.validFrom < dayAfter) problems.push(`${table.id}[${index}] overlaps [${index + 1}]`);
    if (next.validFrom > dayAfter) problems.push(`${table.id}: gap between [${index}] and [${index + 1}]`);
  });
  if (table.entries.length === 0) problems.push(`${table.id} is empty`);
  return problems;
}

/** Shorthand to declare a single-window table. */
export function table<T>(id: string, entries: readonly Dated<T>[]): Table<T> {
  return { id, entries };
}
