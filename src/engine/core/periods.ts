/**
 * Periods of absence (probation, comporto): `{ from, to }` with both days
 * included, read in the brief's order (C-30/C-37 types first, then dates,
 * then their order), and merged into disjoint day-number intervals so that
 * each day counts once (C-34, D-CO-4).
 */
import { compareDates, toDayNumber, type IsoDate } from './dates';
import { refuse } from './result';
import { asInput, checkDate, requireString, type Input } from './validate';

/** A period as typed, before its dates are checked. */
export interface PeriodText<K extends string = string> {
  from: string;
  to: string;
  kind: K | undefined;
  path: string;
}

export interface Period<K extends string = string> {
  from: IsoDate;
  to: IsoDate;
  kind: K | undefined;
}

/** Disjoint, sorted, inclusive day-number intervals. */
export type Intervals = readonly (readonly [number, number])[];

/**
 * The list in `field` as period texts: `invalid-value` when it is not a list,
 * an element is not an object, lacks a string `from`/`to`, or (when `kinds`
 * is given) has a `kind` missing or outside the list. Other members are ignored.
 */
export function readPeriodTexts<K extends string>(input: Input, field: string, kinds?: readonly K[]): PeriodText<K>[] | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) refuse('invalid-value', field, 'error.mustBeList');
  return value.map((element: unknown, index) => {
    const path = `${field}[${index}]`;
    const item = asInput(element, path);
    const from = requireString(item, 'from', `${path}.from`);
    const to = requireString(item, 'to', `${path}.to`);
    let kind: K | undefined;
    if (kinds) {
      const text = requireString(item, 'kind', `${path}.kind`);
      if (!kinds.includes(text as K)) refuse('invalid-value', `${path}.kind`, 'error.notInList', { value: text, allowed: kinds.join(', ') });
      kind = text as K;
    }
    return { from, to, kind, path };
  });
}

/** `invalid-date` (then C-22 range) for each `from` before its `to`, in list order. */
export function checkPeriodDates<K extends string>(texts: readonly PeriodText<K>[]): (Period<K> & { path: string })[] {
  return texts.map((t) => ({ from: checkDate(t.from, `${t.path}.from`), to: checkDate(t.to, `${t.path}.to`), kind: t.kind, path: t.path }));
}

/** `date-order` for a period that ends before it starts, or (with `notBefore`) starts before that day. */
export function checkPeriodOrder(periods: readonly (Period & { path: string })[], notBefore: IsoDate | null, key: string): void {
  for (const p of periods) {
    if (compareDates(p.to, p.from) < 0) refuse('date-order', `${p.path}.to`, 'error.periodEndsBeforeStart', { from: p.from, to: p.to });
    if (notBefore !== null && compareDates(p.from, notBefore) < 0) refuse('date-order', `${p.path}.from`, key, { from: p.from, hire: notBefore });
  }
}

/**
 * Periods merged where they overlap or touch: each day once.
 * @example mergeIntervals([[1, 5], [4, 9], [10, 12], [20, 21]]) // [[1, 12], [20, 21]]
 */
export function mergeIntervals(intervals: (readonly [number, number])[]): [number, number][] {
  const sorted = intervals.length > 1 ? intervals.sort((a, b) => a[0] - b[0]) : intervals;
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) {
      if (to > last[1]) last[1] = to;
    } else merged.push([from, to]);
  }
  return merged;
}

/** Total days of disjoint or overlapping intervals, each counted as given. */
function totalDays(intervals: readonly (readonly [number, number])[]): number {
  let total = 0;
  for (const [from, to] of intervals) total += to - from + 1;
  return total;
}

/**
 * The periods (of one kind, when given) as merged day-number intervals, and
 * whether two of them shared a day (the screen says they were merged):
 * periods that only touch merge without overlapping.
 */
export function periodIntervals<K extends string>(periods: readonly Period<K>[], kind?: K): { intervals: [number, number][]; overlap: boolean } {
  const raw: (readonly [number, number])[] = [];
  for (const p of periods) if (kind === undefined || p.kind === kind) raw.push([toDayNumber(p.from), toDayNumber(p.to)]);
  const given = totalDays(raw);
  const intervals = mergeIntervals(raw);
  return { intervals, overlap: totalDays(intervals) < given };
}

/** Days of `intervals` inside [from, to] (day numbers, inclusive). */
export function daysWithin(intervals: Intervals, from: number, to: number): number {
  let count = 0;
  for (const [a, b] of intervals) {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (hi >= lo) count += hi - lo + 1;
  }
  return count;
}

/** `a` minus the days of `b` (both disjoint and sorted). */
export function subtractIntervals(a: Intervals, b: Intervals): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of a) {
    let start = from;
    for (const [bf, bt] of b) {
      if (bt < start || bf > to) continue;
      if (bf > start) out.push([start, bf - 1]);
      start = Math.max(start, bt + 1);
      if (start > to) break;
    }
    if (start <= to) out.push([start, to]);
  }
  return out;
}
