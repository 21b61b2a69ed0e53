/**
 * The rows of an absences editor (probation, comporto), kept as typed, and
 * their translation into the engine's `absences` list: a period is typed
 * "dal … al …" or "dal … per N giorni" (the first day counts).
 */
import { addDays, parseIsoDate, type IsoDate } from '../../../calculators/catalog';
import type { Locale } from '../../i18n/messages';
import { fieldProblems, type FieldProblem, type FieldSpec } from './formProblems';
import { readNumber } from './numberText';

export interface AbsenceRow {
  kind: string;
  from: string;
  endMode: 'to' | 'days';
  to: string;
  days: string;
}

export const END_MODES = ['to', 'days'] as const;

export function emptyAbsence(kind: string): AbsenceRow {
  return { kind, from: '', endMode: 'days', to: '', days: '' };
}

/** Whole days ≥ 1 typed in a "per N giorni" field, else null. */
function daysOf(row: AbsenceRow, lang: Locale): number | null {
  const reading = readNumber(row.days, lang);
  return reading.kind === 'number' && Number.isInteger(reading.value) && reading.value >= 1 && reading.value <= 3660 ? reading.value : null;
}

/** The last day of a row as the engine reads it, or undefined when it cannot be known yet. */
export function rowEnd(row: AbsenceRow, lang: Locale): IsoDate | undefined {
  if (row.endMode === 'to') return parseIsoDate(row.to) ?? undefined;
  const from = parseIsoDate(row.from);
  const days = daysOf(row, lang);
  return from && days !== null ? addDays(from, days - 1) : undefined;
}

/** The engine's `absences`: each row's dates (a date not yet complete is sent as typed so the engine refuses it). */
export function absencesInput(rows: readonly AbsenceRow[], lang: Locale, withKind: boolean): Record<string, string | undefined>[] {
  return rows.map((row) => ({
    from: row.from === '' ? undefined : row.from,
    to: row.endMode === 'to' ? (row.to === '' ? undefined : row.to) : rowEnd(row, lang),
    ...(withKind ? { kind: row.kind } : {}),
  }));
}

/** The rows' fields for the error summary, in the order the editor shows them. */
export function absenceFields(rows: readonly AbsenceRow[]): FieldSpec[] {
  return rows.flatMap((row, i) => [
    { field: `absences[${i}].from`, label: 'absences.from', kind: 'date', text: row.from, required: true } satisfies FieldSpec,
    row.endMode === 'to'
      ? ({ field: `absences[${i}].to`, label: 'absences.to', kind: 'date', text: row.to, required: true } satisfies FieldSpec)
      : ({ field: `absences[${i}].days`, label: 'absences.days', kind: 'number', text: row.days, required: true } satisfies FieldSpec),
  ]);
}

/** Each row's problems: required, no such day, not a number, and days below 1 or not whole. */
export function absenceProblems(rows: readonly AbsenceRow[], lang: Locale): FieldProblem[] {
  const problems = fieldProblems(absenceFields(rows), lang);
  rows.forEach((row, i) => {
    const field = `absences[${i}].days`;
    if (row.endMode === 'days' && row.days.trim() !== '' && !problems.some((p) => p.field === field) && daysOf(row, lang) === null) {
      problems.push({ field, label: 'absences.days', message: { key: 'absences.daysMin' } });
    }
  });
  return problems;
}

/** A draft's or link's rows are well formed (strings only, a known kind and end mode). */
export function isAbsenceRows(value: unknown, kinds: readonly string[]): value is AbsenceRow[] {
  return (
    Array.isArray(value) &&
    value.length <= 50 &&
    value.every(
      (row) =>
        typeof row === 'object' && row !== null &&
        kinds.includes((row as AbsenceRow).kind) &&
        (END_MODES as readonly string[]).includes((row as AbsenceRow).endMode) &&
        ['from', 'to', 'days'].every((key) => typeof (row as Record<string, unknown>)[key] === 'string'),
    )
  );
}

/** An input's `absences` back into rows ("dal … al …"); anything else gives no rows. */
export function rowsFromInput(value: unknown, kinds: readonly string[], fallbackKind: string): AbsenceRow[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 50).flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const { from, to, kind } = item as Record<string, unknown>;
    return [{ kind: typeof kind === 'string' && kinds.includes(kind) ? kind : fallbackKind, from: typeof from === 'string' ? from : '', endMode: 'to' as const, to: typeof to === 'string' ? to : '', days: '' }];
  });
}
