import { describe, expect, it } from 'vitest';
import type { Person, Unit } from './db';
import { addDays, computeDashboard, latestComportoAbsences, viewDashboard } from './dashboard';

const stamps = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const person = (id: string, change: Partial<Person> = {}): Person => ({
  id, label: id, ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-10' as never, schedule: { kind: 'full-time' }, ...stamps, ...change,
});
const today = (iso: string) => iso as never;

describe('deadline board', () => {
  it('lists a seniority step due within 90 days and not one due later (RULES.md SC-2)', async () => {
    // SC-2: tds IV hired 2015-03-10: on 2024-03-15 the next step is paid from 2024-04-01; on 2024-06-15 from 2027-04-01.
    const soon = await computeDashboard([person('sc2')], [], today('2024-03-15'));
    expect(soon.rows.filter((row) => row.kind === 'seniority-step')).toEqual([
      { subjectId: 'sc2', subjectLabel: 'sc2', subject: 'person', kind: 'seniority-step', date: '2024-04-01', source: { calculator: 'seniority', input: { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-10', asOf: '2024-03-15' } } },
    ]);
    const later = await computeDashboard([person('sc2')], [], today('2024-06-15'));
    expect(later.rows.filter((row) => row.kind === 'seniority-step')).toEqual([]);
  });

  it('gives the notice that would apply if given today (RULES.md NP-3: 45 days, ending 2024-04-29)', async () => {
    const board = await computeDashboard([person('np3', { role: 'ov1', hireDate: '2017-01-10' as never })], [], today('2024-03-10'));
    expect(board.rows.find((row) => row.kind === 'notice-if-today')).toMatchObject({ date: '2024-04-29', value: 45 });
  });

  it('puts the statutory two-week leave deadline on 31 December of the year of accrual (art. 10 D.Lgs. 66/2003)', async () => {
    const board = await computeDashboard([person('p')], [], today('2025-05-20'));
    expect(board.rows.find((row) => row.kind === 'leave-two-weeks')?.date).toBe('2025-12-31');
  });

  it('lists the rest of the ferie of the year before last, due 18 months after that year (art. 10 D.Lgs. 66/2003), while it is ahead', async () => {
    // RULES.md leave, "Statutory use": 2 weeks in the year of accrual, the rest within 18 months after it ends: 2024 → 30 June 2026.
    const spring = await computeDashboard([person('p'), person('q', { label: 'q' })], [], today('2026-05-20'));
    expect(spring.rows.filter((row) => row.kind === 'leave-rest')).toEqual([
      expect.objectContaining({ subjectId: 'p', date: '2026-06-30', year: 2024 }),
      expect.objectContaining({ subjectId: 'q', date: '2026-06-30', year: 2024 }),
    ]);
    const autumn = await computeDashboard([person('p')], [], today('2026-07-01'));
    expect(autumn.rows.filter((row) => row.kind === 'leave-rest')).toEqual([]);
    const hiredLastYear = await computeDashboard([person('n', { hireDate: '2025-02-01' as never })], [], today('2026-05-20'));
    expect(hiredLastYear.rows.filter((row) => row.kind === 'leave-rest')).toEqual([]);
  });

  it('lists a fixed-term contract ending on day 90, not on day 91', async () => {
    const ends = (date: string) => person(date, { contractEndDate: date as never });
    const board = await computeDashboard([ends(addDays('2026-01-15', 90)), ends(addDays('2026-01-15', 91))], [], today('2026-01-15'));
    expect(board.rows.filter((row) => row.kind === 'contract-end').map((row) => row.date)).toEqual(['2026-04-15']);
  });

  it('shows the engine’s refusal instead of hiding a person (statute: no seniority steps, D-SC-4)', async () => {
    const board = await computeDashboard([person('s', { ruleset: 'statute', role: undefined })], [], today('2025-05-20'));
    expect(board.refusals.find((refusal) => refusal.kind === 'seniority-step')?.error.code).toBe('not-covered');
  });

  it('gives each unit its quota headroom', async () => {
    const unit: Unit = { id: 'u', label: 'Negozio', ruleset: 'statute', permanentHeadcount: 20, fixedTermInForce: 1, ...stamps };
    const board = await computeDashboard([], [unit], today('2026-06-01'));
    expect(board.rows).toEqual([expect.objectContaining({ subjectId: 'u', kind: 'quota-headroom', date: '2026-06-01', value: expect.any(Number) })]);
  });

  it('works in slices, yielding between them, with the same rows as in one go; a newer request aborts it', async () => {
    const people = Array.from({ length: 25 }, (_, index) => person(`p${index}`));
    let yields = 0;
    const sliced = await computeDashboard(people, [], today('2024-03-15'), { slice: 10, yieldToMain: async () => void (yields += 1) });
    expect(yields).toBe(2);
    expect(sliced).toEqual(await computeDashboard(people, [], today('2024-03-15'), { slice: 1000 }));
    const controller = new AbortController();
    const pending = computeDashboard(people, [], today('2024-03-15'), { slice: 10, signal: controller.signal, yieldToMain: async () => controller.abort() });
    await expect(pending).rejects.toThrow();
  });

  it('sorts by date then label, and filters by person or kind', () => {
    const rows = [
      { subjectId: 'b', subjectLabel: 'Bruno', subject: 'person' as const, kind: 'contract-end' as const, date: '2026-02-01' },
      { subjectId: 'a', subjectLabel: 'Anna', subject: 'person' as const, kind: 'seniority-step' as const, date: '2026-02-01' },
      { subjectId: 'a', subjectLabel: 'Anna', subject: 'person' as const, kind: 'contract-end' as const, date: '2026-01-10' },
    ];
    expect(viewDashboard(rows).map((row) => `${row.date} ${row.subjectLabel}`)).toEqual(['2026-01-10 Anna', '2026-02-01 Anna', '2026-02-01 Bruno']);
    expect(viewDashboard(rows, { subjectId: 'a', kinds: ['contract-end'] })).toHaveLength(1);
    expect(viewDashboard(rows, { text: ' bru' }).map((row) => row.subjectLabel)).toEqual(['Bruno']);
  });
});

describe('deadline board off the main thread', () => {
  it('falls back to the sliced computation where there are no workers, with the same rows', async () => {
    const { computeBoard } = await import('./dashboardWorkers');
    const people = Array.from({ length: 30 }, (_, index) => person(`p${index}`));
    const { board, workers } = await computeBoard(people, [], today('2024-03-15'));
    expect(workers).toBe(0);
    expect(board).toEqual(await computeDashboard(people, [], today('2024-03-15')));
  });
});

describe('deadline board: probation and comporto (issue 11)', () => {
  it('lists a probation ending within 30 days (PR-1: TDS IV hired 3 March 2025 ends on 14 May 2025), not one ending later', async () => {
    const hired = person('pr1', { hireDate: '2025-03-03' as never });
    const soon = await computeDashboard([hired], [], today('2025-04-20'));
    expect(soon.rows.filter((row) => row.kind === 'probation-end')).toEqual([expect.objectContaining({ subjectId: 'pr1', date: '2025-05-14', source: { calculator: 'probation', input: { ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2025-03-03' } } })]);
    const early = await computeDashboard([hired], [], today('2025-04-13'));
    expect(early.rows.filter((row) => row.kind === 'probation-end')).toEqual([]);
    const after = await computeDashboard([hired], [], today('2025-05-15'));
    expect(after.rows.filter((row) => row.kind === 'probation-end')).toEqual([]);
  });

  it('lists no probation for an open-ended contract under the law alone (D-PR-3: no length to reach)', async () => {
    const board = await computeDashboard([person('s', { ruleset: 'statute', role: undefined, hireDate: '2025-03-03' as never })], [], today('2025-04-20'));
    expect([...board.rows, ...board.refusals].filter((row) => row.kind === 'probation-end')).toEqual([]);
  });

  it('lists a worker with at most 30 days of comporto left, from the absences of their saved comporto case (CO-2 shape)', async () => {
    const sick = person('co', { hireDate: '2020-01-01' as never });
    // Sick from 2 January 2026: on 10 June 2026, 160 days (20 left), exhaustion on 1 July 2026 if it continues.
    const absences = [{ from: '2026-01-02', to: '2026-06-10', kind: 'sickness' }];
    const board = await computeDashboard([sick], [], today('2026-06-10'), { comporto: { co: absences } });
    expect(board.rows.filter((row) => row.kind === 'comporto-limit')).toEqual([expect.objectContaining({ subjectId: 'co', date: '2026-07-01', value: 20 })]);
    const earlier = await computeDashboard([sick], [], today('2026-05-10'), { comporto: { co: [{ from: '2026-01-02', to: '2026-05-10', kind: 'sickness' }] } });
    expect(earlier.rows.filter((row) => row.kind === 'comporto-limit')).toEqual([]);
    const none = await computeDashboard([sick], [], today('2026-06-10'));
    expect(none.rows.filter((row) => row.kind === 'comporto-limit')).toEqual([]);
  });
});

describe('latestComportoAbsences', () => {
  it('keeps, per person, the absences of the comporto case updated last', () => {
    const c = (id: string, personId: string | undefined, updatedAt: string, calculator = 'comporto') =>
      ({ id, calculator, title: id, input: { absences: [id] }, result: null, rulesVersion: 'x', personId, createdAt: updatedAt, updatedAt }) as never;
    expect(latestComportoAbsences([c('old', 'p', '2026-01-01'), c('new', 'p', '2026-02-01'), c('n', 'q', '2026-01-01', 'notice'), c('loose', undefined, '2026-03-01')])).toEqual({ p: ['new'] });
  });
});
