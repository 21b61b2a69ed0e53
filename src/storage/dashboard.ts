/**
 * The deadline board ("Scadenze"), computed live from the engines through
 * calculators.ts for every saved person and unit. Pure apart from yielding:
 * `computeDashboard` works in slices and gives the main thread back between
 * them, so typing never stalls with 10,000 people; a newer request aborts
 * an older one through its AbortSignal.
 */
import { calculate, type CalcError, type IsoDate } from '../calculators';
import type { Person, Unit } from './db';
import { personToInput, unitToInput } from './toInput';

export const HORIZON_DAYS = 90;

export type DashboardKind = 'seniority-step' | 'contract-end' | 'leave-two-weeks' | 'notice-if-today' | 'quota-headroom';

export interface DashboardRow {
  subjectId: string;
  subjectLabel: string;
  subject: 'person' | 'unit';
  kind: DashboardKind;
  /** The day it falls due (quota headroom: today). */
  date: string;
  /** Days of notice, ferie days accrued this year, or contracts still allowed (combined, else fixed-term). */
  value?: number | null;
}

/** A person or unit whose figures could not be computed: shown with the engine's reason, never hidden. */
export interface DashboardRefusal {
  subjectId: string;
  subjectLabel: string;
  kind: DashboardKind;
  error: CalcError;
}

export interface Dashboard {
  rows: DashboardRow[];
  refusals: DashboardRefusal[];
}

/** Civil-date arithmetic in UTC (no time zone can shift the day). */
export function addDays(iso: string, days: number): string {
  const date = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return date.toISOString().slice(0, 10);
}

function within(date: string | null | undefined, today: string): date is string {
  return typeof date === 'string' && date >= today && date <= addDays(today, HORIZON_DAYS);
}

function personEntries(person: Person, today: IsoDate, out: Dashboard): void {
  const base = { subjectId: person.id, subjectLabel: person.label, subject: 'person' as const };
  const refuse = (kind: DashboardKind, error: CalcError) => out.refusals.push({ subjectId: person.id, subjectLabel: person.label, kind, error });
  if (within(person.contractEndDate, today)) out.rows.push({ ...base, kind: 'contract-end', date: person.contractEndDate });
  if (person.hireDate > today) return;

  const seniority = calculate('seniority', { ...personToInput(person, 'seniority'), asOf: today });
  if (!seniority.ok) refuse('seniority-step', seniority.error);
  else {
    const next = (seniority.outputs as { nextStepDate?: string | null }).nextStepDate;
    if (within(next, today)) out.rows.push({ ...base, kind: 'seniority-step', date: next });
  }

  const yearStart = `${today.slice(0, 4)}-01-01`;
  const leave = calculate('leave', { ...personToInput(person, 'leave'), periodStart: person.hireDate > yearStart ? person.hireDate : yearStart, periodEnd: today });
  if (!leave.ok) refuse('leave-two-weeks', leave.error);
  else {
    const outputs = leave.outputs as { ferieDays: number; deadlines: { twoWeeksBy: string } };
    out.rows.push({ ...base, kind: 'leave-two-weeks', date: outputs.deadlines.twoWeeksBy, value: outputs.ferieDays });
  }

  const notice = calculate('notice', { ...personToInput(person, 'notice'), kind: 'dismissal', noticeDate: today });
  if (!notice.ok) refuse('notice-if-today', notice.error);
  else {
    const outputs = notice.outputs as { days: number; endDate: string | null };
    if (outputs.endDate) out.rows.push({ ...base, kind: 'notice-if-today', date: outputs.endDate, value: outputs.days });
  }
}

function unitEntries(unit: Unit, today: IsoDate, out: Dashboard): void {
  const result = calculate('fixed-term', { ...unitToInput(unit), date: today }, { today });
  if (!result.ok) {
    out.refusals.push({ subjectId: unit.id, subjectLabel: unit.label, kind: 'quota-headroom', error: result.error });
    return;
  }
  const headroom = (result.outputs as { headroom?: { combined: number | null; fixedTerm: number | null } | null }).headroom;
  out.rows.push({ subjectId: unit.id, subjectLabel: unit.label, subject: 'unit', kind: 'quota-headroom', date: today, value: headroom ? (headroom.combined ?? headroom.fixedTerm) : null });
}

export interface SliceOptions {
  /** Records computed between two yields (default 250). */
  slice?: number;
  signal?: AbortSignal;
  /** Gives the main thread back; tests pass a counter. */
  yieldToMain?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Every row for these people and units on `today`; throws the signal's reason when aborted. */
export async function computeDashboard(people: readonly Person[], units: readonly Unit[], today: IsoDate, options: SliceOptions = {}): Promise<Dashboard> {
  const { slice = 250, signal, yieldToMain = defaultYield } = options;
  const out: Dashboard = { rows: [], refusals: [] };
  const subjects: (() => void)[] = [...people.map((person) => () => personEntries(person, today, out)), ...units.map((unit) => () => unitEntries(unit, today, out))];
  for (let start = 0; start < subjects.length; start += slice) {
    signal?.throwIfAborted();
    for (const compute of subjects.slice(start, start + slice)) compute();
    if (start + slice < subjects.length) await yieldToMain();
  }
  signal?.throwIfAborted();
  return out;
}

export interface DashboardFilter {
  subjectId?: string;
  kinds?: readonly DashboardKind[];
}

/** Rows by date, then label; optionally only one person or unit, or some kinds. */
export function viewDashboard(rows: readonly DashboardRow[], filter: DashboardFilter = {}): DashboardRow[] {
  return rows
    .filter((row) => (filter.subjectId === undefined || row.subjectId === filter.subjectId) && (!filter.kinds || filter.kinds.includes(row.kind)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.subjectLabel.localeCompare(b.subjectLabel, 'it')));
}
