/**
 * The engine benchmark's workload: all seven calculators on 10,000 synthetic
 * people and units (probation and comporto with a year of absences each),
 * several timed runs after one warm-up. No Node or browser API: the same code
 * runs under tsx in Node (engine.bench.ts) and bundled for production in
 * Chromium (engine-browser.mjs), the app's own runtime.
 */
import { calculate, CALCULATOR_IDS, type CalculatorId, type IsoDate } from '../../src/calculators';
import { addDays } from '../../src/engine/core/dates';

export const PEOPLE = 10_000;
/** Issue 10's budget is for the first five calculators, measured before probation and comporto existed. */
export const FIRST_FIVE: readonly CalculatorId[] = ['notice', 'leave', 'seniority', 'fixed-term', 'monitoring'];
const today = '2026-11-23' as IsoDate;

export interface EngineBenchResult {
  people: number;
  runs: number;
  /** Median milliseconds per calculator over the timed runs. */
  medians: Record<CalculatorId, number>;
  outcomes: Record<CalculatorId, { ok: number; refused: number }>;
  five: number;
  /** probation + comporto (issue 11's target). */
  pair: number;
  total: number;
}


let seed = 20261123;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const dateAfter = (from: string, maxDays: number) => addDays(from as IsoDate, Math.floor(random() * maxDays));

/** Episodes of absence over the year from `from`: 4 to 9 periods of 1 to 30 days, some overlapping. */
function yearOfAbsences(from: IsoDate): { from: IsoDate; to: IsoDate }[] {
  const count = 4 + Math.floor(random() * 6);
  return Array.from({ length: count }, () => {
    const start = dateAfter(from, 360);
    return { from: start, to: dateAfter(start, 30) };
  });
}

function person(i: number): Record<CalculatorId, object> {
  const ruleset = pick(['unimpresa-vvp-2021', 'confcommercio-tds', 'confcommercio-tds', 'statute']);
  const role = ruleset === 'unimpresa-vvp-2021' ? pick(['ov1', 'ov2']) : pick(['Q', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'ov1', 'ov2']);
  const hireDate = dateAfter('1996-01-01', 10_000);
  const year = 2022 + (i % 4);
  const start = dateAfter(`${year}-01-01`, 150);
  const hired = dateAfter('2025-01-12', 600);
  const absences = yearOfAbsences(hired);
  return {
    probation: {
      ruleset, role, hireDate: hired, workingDaysPerWeek: pick([5, 6]), absences,
      ...(ruleset === 'statute' || i % 3 === 0 ? { contractEndDate: dateAfter(addDays(hired, 30), 800) } : {}),
    },
    comporto: { ruleset, hireDate: hired, asOf: addDays(hired, 365), absences: absences.map((a, n) => ({ ...a, kind: n % 4 === 3 ? 'injury' : 'sickness' })) },
    notice: { ruleset, role, kind: pick(['dismissal', 'resignation']), hireDate, noticeDate: dateAfter('2026-01-01', 300), leaveDaysDuringNotice: i % 3, monthlyPay: 1700 },
    leave: {
      ruleset, periodStart: start, periodEnd: dateAfter(start, 180).slice(0, 4) === String(year) ? dateAfter(start, 180) : `${year}-12-31`,
      schedule: pick([{ kind: 'full-time' }, { kind: 'vertical', daysPerWeek: 3 }, { kind: 'horizontal', percent: 62.5 }]),
      companyEmployees: Math.floor(random() * 40), hireDate: '2015-01-12',
    },
    seniority: { ruleset, role, hireDate, asOf: dateAfter('2025-01-01', 600) },
    'fixed-term': i % 5 === 0
      ? { ruleset, fine: { workersOver: 1 + (i % 3), monthlyPay: 1500, months: i % 12, extraDays: i % 31 } }
      : { ruleset: ruleset === 'confcommercio-tds' ? 'unimpresa-vvp-2021' : ruleset, permanentHeadcount: Math.floor(random() * 2000) / 10, compensation: i % 2 === 0 },
    monitoring: {
      tool: pick(['crm', 'operator-monitoring', 'gps', 'video', 'email', 'attendance', 'biometric', 'other']),
      canMonitorWorkers: random() > 0.1, tracksOperatorActivity: random() > 0.7, neededToWork: random() > 0.6,
      onlyLinksCallToCustomer: random() > 0.5, purpose: pick(['organisational', 'safety', 'asset-protection', 'performance']),
      representation: pick(['rsa-rsu', 'none']), unitsInSeveralProvinces: random() > 0.5, unitsUnderSeveralItl: random() > 0.5,
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Runs the workload: `now` is the clock (performance.now of Node or of the page). */
export function runEngineBench(runs: number, now: () => number): EngineBenchResult {
  seed = 20261123;
  const population = Array.from({ length: PEOPLE }, (_, i) => person(i));

  const times: Record<string, number[]> = Object.fromEntries(CALCULATOR_IDS.map((id) => [id, []]));
  const outcomes: Record<string, { ok: number; refused: number }> = Object.fromEntries(CALCULATOR_IDS.map((id) => [id, { ok: 0, refused: 0 }]));
  for (let run = 0; run <= runs; run += 1) {
    for (const id of CALCULATOR_IDS) {
      const started = now();
      let ok = 0;
      for (const p of population) if (calculate(id, p[id], { today }).ok) ok += 1;
      const elapsed = now() - started;
      if (run === 0) { outcomes[id] = { ok, refused: PEOPLE - ok }; continue; } // warm-up run, not timed
      times[id]!.push(elapsed);
    }
  }
  const medians = Object.fromEntries(CALCULATOR_IDS.map((id) => [id, median(times[id]!)])) as Record<CalculatorId, number>;
  const sum = (ids: readonly CalculatorId[]) => ids.reduce((total, id) => total + medians[id], 0);
  return {
    people: PEOPLE, runs, medians, outcomes: outcomes as EngineBenchResult['outcomes'],
    five: sum(FIRST_FIVE), pair: medians.probation + medians.comporto, total: sum(CALCULATOR_IDS),
  };
}

/** The figures as lines of text, `where` naming the runtime. */
export function describe(result: EngineBenchResult, where: string): string[] {
  const lines = [`bench:engine — ${result.people.toLocaleString('en')} synthetic people/units, median of ${result.runs} runs (after 1 warm-up), ${where}`];
  for (const id of CALCULATOR_IDS) {
    const { ok, refused } = result.outcomes[id];
    lines.push(`  ${id.padEnd(11)} ${result.medians[id].toFixed(1).padStart(7)} ms   (${ok} results, ${refused} typed refusals)`);
  }
  lines.push(`  ${'total'.padEnd(11)} ${result.total.toFixed(1).padStart(7)} ms`);
  lines.push(`  five calculators ${result.five.toFixed(1)} ms   budget ≤ 150 ms (issue 10)`);
  lines.push(`  probation + comporto ${result.pair.toFixed(1)} ms   target < 200 ms (issue 11)`);
  return lines;
}
