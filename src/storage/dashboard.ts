/**
 * The deadline board ("Scadenze"), computed live from the engines through
 * calculators.ts for every saved person and unit. Pure apart from yielding:
 * `computeDashboard` works in slices and gives the main thread back between
 * them, so typing never stalls with 10,000 people; a newer request aborts
 * an older one through its AbortSignal.
 */
import { calculate, type CalcError, type CalculatorId, type IsoDate } from '../calculators';
import type { Person, SavedCase, Unit } from './db';
import { personToInput, unitToInput } from './toInput';

export const HORIZON_DAYS = 90;

/**
 * Every kind of row, in the order the filter offers them. A new calculator adds
 * its kind here, its rows in an `…Entries` function, and its texts under
 * `deadlines.kind.<kind>` (src/ui/pages/deadlines/kinds.ts): nothing else.
 */
export const DASHBOARD_KINDS = ['seniority-step', 'contract-end', 'probation-end', 'comporto-limit', 'leave-two-weeks', 'leave-rest', 'notice-if-today', 'quota-headroom'] as const;

/** Probations ending within this many days are listed (issue 11). */
export const PROBATION_HORIZON_DAYS = 30;
/** Workers with at most this many days of sickness protection left are listed (issue 11). */
export const COMPORTO_MARGIN_DAYS = 30;

/** Per person, the absences of the comporto case saved last for them: the board recomputes it on today. */
export type ComportoAbsences = Readonly<Record<string, unknown>>;

/** The absences of each person's most recently updated saved comporto case. */
export function latestComportoAbsences(cases: readonly SavedCase[]): ComportoAbsences {
  const latest = new Map<string, SavedCase>();
  for (const c of cases) {
    if (c.calculator !== 'comporto' || !c.personId) continue;
    const known = latest.get(c.personId);
    if (!known || c.updatedAt > known.updatedAt) latest.set(c.personId, c);
  }
  return Object.fromEntries([...latest].map(([personId, c]) => [personId, c.input.absences]));
}
export type DashboardKind = (typeof DASHBOARD_KINDS)[number];

/** The calculation behind a row, so the screen can open it in its calculator (with steps and citations). */
interface Source {
  calculator: CalculatorId;
  input: Record<string, unknown>;
}

export interface DashboardRow {
  subjectId: string;
  subjectLabel: string;
  subject: 'person' | 'unit';
  kind: DashboardKind;
  /** The day it falls due (quota headroom: today). */
  date: string;
  /** Days of notice, ferie days accrued in the year, or contracts still allowed (combined, else fixed-term). */
  value?: number | null;
  /** The year whose ferie a leave deadline is about. */
  year?: number;
  /** Absent for a contract end, which is the record's own date. */
  source?: Source;
}

/** A person or unit whose figures could not be computed: shown with the engine's reason, never hidden. */
export interface DashboardRefusal {
  subjectId: string;
  subjectLabel: string;
  subject: 'person' | 'unit';
  kind: DashboardKind;
  error: CalcError;
  source: Source;
}

export interface Dashboard {
  rows: DashboardRow[];
  refusals: DashboardRefusal[];
}

interface Work extends Dashboard {
  /** Rest-of-ferie deadline by contract and period start (see restDeadline). */
  restDeadlines: Map<string, string>;
}

/** Civil-date arithmetic in UTC (no time zone can shift the day). */
export function addDays(iso: string, days: number): string {
  const date = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return date.toISOString().slice(0, 10);
}

/** Between `today` and the horizon's last day, both included. */
function within(date: string | null | undefined, day: Day): date is string {
  return typeof date === 'string' && date >= day.today && date <= day.horizon;
}

/** The reference day, with the horizon's last day worked out once per computation, not once per person. */
interface Day {
  today: IsoDate;
  horizon: string;
  probationHorizon: string;
  /** A year back: a probation (at most six months, prolonged by absences) of an earlier hire is over. */
  probationHiredFrom: string;
  comporto: ComportoAbsences;
  options: { today: IsoDate };
}

function personEntries(person: Person, day: Day, out: Work): void {
  const { today, options } = day;
  const base = { subjectId: person.id, subjectLabel: person.label, subject: 'person' as const };
  const refuse = (kind: DashboardKind, error: CalcError, source: Source) => out.refusals.push({ ...base, kind, error, source });
  if (within(person.contractEndDate, day)) out.rows.push({ ...base, kind: 'contract-end', date: person.contractEndDate });
  if (person.hireDate > today) return;

  const seniorityInput = { ...personToInput(person, 'seniority'), asOf: today };
  const seniority = calculate('seniority', seniorityInput, options);
  const senioritySource = { calculator: 'seniority' as const, input: seniorityInput };
  if (!seniority.ok) refuse('seniority-step', seniority.error, senioritySource);
  else {
    const next = (seniority.outputs as { nextStepDate?: string | null }).nextStepDate;
    if (within(next, day)) out.rows.push({ ...base, kind: 'seniority-step', date: next, source: senioritySource });
  }

  leaveEntries(person, day, out, refuse);
  probationEntries(person, day, out, refuse);
  comportoEntries(person, day, out, refuse);

  const noticeInput = { ...personToInput(person, 'notice'), kind: 'dismissal', noticeDate: today };
  const notice = calculate('notice', noticeInput, options);
  const noticeSource = { calculator: 'notice' as const, input: noticeInput };
  if (!notice.ok) refuse('notice-if-today', notice.error, noticeSource);
  else {
    const outputs = notice.outputs as { days: number; endDate: string | null };
    if (outputs.endDate) out.rows.push({ ...base, kind: 'notice-if-today', date: outputs.endDate, value: outputs.days, source: noticeSource });
  }
}

/**
 * Art. 10 D.Lgs. 66/2003 (RULES.md leave, "Statutory use"): two weeks of the ferie accrued in a year are due by
 * its end, the rest within the following months the table gives. This year's ferie give the first deadline; the
 * rest of the year before last falls due during this year (RULES.md: 18 months, so 30 June), and is listed
 * while it is still ahead. The engine gives both dates; none is computed here.
 */
function leaveEntries(person: Person, day: Day, out: Work, refuse: (kind: DashboardKind, error: CalcError, source: Source) => void): void {
  const { today, options } = day;
  const base = { subjectId: person.id, subjectLabel: person.label, subject: 'person' as const };
  const year = Number(today.slice(0, 4));
  const period = (from: string, to: string) => ({ ...personToInput(person, 'leave'), periodStart: person.hireDate > from ? person.hireDate : from, periodEnd: to });

  const thisYear = period(`${year}-01-01`, today);
  const leave = calculate('leave', thisYear, options);
  if (!leave.ok) refuse('leave-two-weeks', leave.error, { calculator: 'leave', input: thisYear });
  else {
    const outputs = leave.outputs as { ferieDays: number; deadlines: { twoWeeksBy: string } };
    out.rows.push({ ...base, kind: 'leave-two-weeks', date: outputs.deadlines.twoWeeksBy, value: outputs.ferieDays, year, source: { calculator: 'leave', input: thisYear } });
  }

  const earlierEnd = `${year - 2}-12-31`;
  if (person.hireDate > earlierEnd) return;
  const earlier = period(`${year - 2}-01-01`, earlierEnd);
  const restBy = restDeadline(earlier, options, out);
  if (restBy !== null && restBy >= today) out.rows.push({ ...base, kind: 'leave-rest', date: restBy, year: year - 2, source: { calculator: 'leave', input: earlier } });
}

/**
 * A probation ending within PROBATION_HORIZON_DAYS, computed from the record (no absences: the end may be
 * later if the worker was absent; the row opens the calculator to add them). Under the law alone an
 * open-ended contract has no probation length (D-PR-3), so there is nothing to list.
 */
function probationEntries(person: Person, day: Day, out: Work, refuse: (kind: DashboardKind, error: CalcError, source: Source) => void): void {
  if (person.hireDate < day.probationHiredFrom || (person.ruleset === 'statute' && !person.contractEndDate)) return;
  const input = personToInput(person, 'probation');
  const source = { calculator: 'probation' as const, input };
  const result = calculate('probation', input, day.options);
  if (!result.ok) return refuse('probation-end', result.error, source);
  const endDate = (result.outputs as { endDate: string }).endDate;
  if (endDate >= day.today && endDate <= day.probationHorizon) {
    out.rows.push({ subjectId: person.id, subjectLabel: person.label, subject: 'person', kind: 'probation-end', date: endDate, source });
  }
}

/**
 * A worker within COMPORTO_MARGIN_DAYS of the sickness protection limit, from the absences of the comporto case
 * last saved for them, counted on today: the row's date is the day protection would run out if the sickness
 * continued (today when already exceeded), its value the days left.
 */
function comportoEntries(person: Person, day: Day, out: Work, refuse: (kind: DashboardKind, error: CalcError, source: Source) => void): void {
  if (!Object.hasOwn(day.comporto, person.id)) return;
  const input = { ...personToInput(person, 'comporto'), asOf: day.today, absences: day.comporto[person.id] };
  // A fixed-term contract already over has nothing left to protect: the contract-end row said so.
  if (person.contractEndDate && person.contractEndDate < day.today) return;
  const source = { calculator: 'comporto' as const, input };
  const result = calculate('comporto', input, day.options);
  if (!result.ok) return refuse('comporto-limit', result.error, source);
  const outputs = result.outputs as { sicknessDaysLeft: number; exhaustionDate: string | null };
  if (outputs.sicknessDaysLeft > COMPORTO_MARGIN_DAYS) return;
  out.rows.push({ subjectId: person.id, subjectLabel: person.label, subject: 'person', kind: 'comporto-limit', date: outputs.exhaustionDate ?? day.today, value: outputs.sicknessDaysLeft, source });
}

/**
 * The usage deadlines of a year's ferie depend only on the contract and the period's start (RULES.md leave,
 * "Statutory use"; the engine looks them up by that date), not on the person: one engine answer per contract
 * and start day serves everyone, which keeps 10,000 people within the dashboard's budget. A refusal is not
 * repeated: this year's row already says why leave cannot be computed.
 */
function restDeadline(input: Record<string, unknown>, options: Day['options'], out: Work): string | null {
  const key = `${String(input.ruleset)}|${String(input.periodStart)}`;
  const known = out.restDeadlines.get(key);
  if (known !== undefined) return known;
  const result = calculate('leave', input, options);
  if (!result.ok) return null;
  const restBy = (result.outputs as { deadlines: { restBy: string } }).deadlines.restBy;
  out.restDeadlines.set(key, restBy);
  return restBy;
}

function unitEntries(unit: Unit, today: IsoDate, out: Dashboard): void {
  const input = { ...unitToInput(unit), date: today };
  const source = { calculator: 'fixed-term' as const, input };
  const base = { subjectId: unit.id, subjectLabel: unit.label, subject: 'unit' as const, kind: 'quota-headroom' as const };
  const result = calculate('fixed-term', input, { today });
  if (!result.ok) {
    out.refusals.push({ ...base, error: result.error, source });
    return;
  }
  const headroom = (result.outputs as { headroom?: { combined: number | null; fixedTerm: number | null } | null }).headroom;
  out.rows.push({ ...base, date: today, value: headroom ? (headroom.combined ?? headroom.fixedTerm) : null, source });
}

export interface SliceOptions {
  /** Per person, the absences of their last saved comporto case (latestComportoAbsences). */
  comporto?: ComportoAbsences;
  /** Records computed between two yields (default 250). */
  slice?: number;
  signal?: AbortSignal;
  /** Gives the main thread back; tests pass a counter. */
  yieldToMain?: () => Promise<void>;
}

type Scheduler = { yield?: () => Promise<void> };

/**
 * Gives the main thread back without the 4 ms that browsers add to nested `setTimeout(0)`s (40 slices would
 * idle 160 ms): `scheduler.yield()` where there is one (Chromium), else a message-channel task.
 */
function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Every row for these people and units on `today`; throws the signal's reason when aborted. */
export async function computeDashboard(people: readonly Person[], units: readonly Unit[], today: IsoDate, options: SliceOptions = {}): Promise<Dashboard> {
  const { slice = 250, signal, yieldToMain = defaultYield, comporto = {} } = options;
  const out: Work = { rows: [], refusals: [], restDeadlines: new Map() };
  const day: Day = {
    today,
    horizon: addDays(today, HORIZON_DAYS),
    probationHorizon: addDays(today, PROBATION_HORIZON_DAYS),
    probationHiredFrom: addDays(today, -366),
    comporto,
    options: { today },
  };
  const subjects: (() => void)[] = [...people.map((person) => () => personEntries(person, day, out)), ...units.map((unit) => () => unitEntries(unit, today, out))];
  for (let start = 0; start < subjects.length; start += slice) {
    signal?.throwIfAborted();
    for (const compute of subjects.slice(start, start + slice)) compute();
    if (start + slice < subjects.length) await yieldToMain();
  }
  signal?.throwIfAborted();
  return { rows: out.rows, refusals: out.refusals };
}

export interface DashboardFilter {
  subjectId?: string;
  kinds?: readonly DashboardKind[];
  /** Part of a person's or unit's name, any case. */
  text?: string;
}

const collator = new Intl.Collator('it');

/** Rows by date, then label (done once per computation: filtering keeps the order). */
export function sortRows(rows: readonly DashboardRow[]): DashboardRow[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : collator.compare(a.subjectLabel, b.subjectLabel)));
}

/** Only one person or unit, some kinds, or names containing a text; the order is kept. */
export function filterRows<T extends { subjectId: string; subjectLabel: string; kind: DashboardKind }>(rows: readonly T[], filter: DashboardFilter = {}): T[] {
  // toLowerCase, not toLocaleLowerCase: the same for Italian and English, and several times faster on 20,000 rows a keystroke.
  const text = filter.text?.trim().toLowerCase() ?? '';
  return rows.filter(
    (row) =>
      (filter.subjectId === undefined || row.subjectId === filter.subjectId) &&
      (!filter.kinds || filter.kinds.includes(row.kind)) &&
      (text === '' || row.subjectLabel.toLowerCase().includes(text)),
  );
}

/** Rows by date, then label; optionally only one person or unit, some kinds, or a name. */
export function viewDashboard(rows: readonly DashboardRow[], filter: DashboardFilter = {}): DashboardRow[] {
  return filterRows(sortRows(rows), filter);
}
