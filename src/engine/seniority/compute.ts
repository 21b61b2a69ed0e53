/** Seniority steps: start, payable dates, count and amounts (RULES.md 3.5). */
import { anniversary, firstOfNextMonth, parts, type IsoDate } from '../core/dates';
import { div, mul, round2 } from '../core/decimal';
import { inForce } from '../core/rules';
import { refuse } from '../core/result';
import type { Table } from '../core/rules';
import type { AmountRow, HireCutoff, ScheduleEntry, SeniorityRules, SeniorityTerms } from './types';
import type { SeniorityInput } from './validate';

/** Last year the civil-date library represents; later payable dates would be clamped, so they are refused. */
const LAST_YEAR = 9999;

/**
 * D-SC-2: seniority counts from the hire date when it is the 1st of a month,
 * otherwise from the 1st of the next month.
 * @example seniorityStart('2016-02-29') // '2016-03-01'
 */
export function seniorityStart(hireDate: IsoDate): IsoDate {
  return parts(hireDate).day === 1 ? hireDate : firstOfNextMonth(hireDate);
}

/**
 * Step n is paid from anniv(start, period × n), n = 1…max (RULES.md 3.5 step 3).
 * @example payableDates('2015-04-01', 3, 2) // ['2018-04-01', '2021-04-01']
 */
export function payableDates(start: IsoDate, periodYears: number, maxSteps: number): IsoDate[] {
  if (parts(start).year + periodYears * maxSteps > LAST_YEAR) {
    return refuse('not-covered', 'hireDate', 'seniority.error.beyondCalendar', { year: LAST_YEAR });
  }
  const dates: IsoDate[] = [];
  for (let n = 1; n <= maxSteps; n += 1) dates.push(anniversary(start, periodYears * n));
  return dates;
}

/**
 * Steps whose payable date is ≤ `asOf` (an `asOf` on a payable date counts that step).
 * @example stepsInPayment(['2018-04-01', '2021-04-01'], '2021-04-01') // 2
 */
export function stepsInPayment(payable: readonly IsoDate[], asOf: IsoDate): number {
  return payable.filter((date) => date <= asOf).length;
}

/**
 * The ruleset's table of CCNL terms: `statute` has none, since no law creates seniority steps (D-SC-4).
 * @example termsTable(rules, { ...input, ruleset: 'statute' }) // refuses with not-covered
 */
export function termsTable(rules: SeniorityRules, input: SeniorityInput): Table<SeniorityTerms> {
  const table = rules.terms[input.ruleset];
  if (!table) return refuse('not-covered', 'ruleset', 'seniority.error.statute');
  return table;
}

/**
 * Terms in force on `asOf`; outside the modelled window → `not-covered`.
 * @example termsOn(table, '2024-06-15').maxSteps // 10
 */
export function termsOn(table: Table<SeniorityTerms>, asOf: IsoDate): SeniorityTerms {
  return inForce(table, asOf, 'asOf').value;
}

/**
 * D-SC-5: a hire before the role's cut-off counts from a conventional date that is not modelled.
 * @example checkCutoff(rules, { ...input, hireDate: '1987-03-27' }, 'IV') // refuses with not-covered
 */
export function checkCutoff(rules: SeniorityRules, input: SeniorityInput, role: string): void {
  const cutoff: HireCutoff | undefined = (rules.cutoffs[input.ruleset] ?? []).find((c) => c.roles.includes(role));
  if (cutoff && input.hireDate < cutoff.hiredFrom) {
    refuse('not-covered', 'hireDate', 'seniority.error.conventionalStart', { cutoff: cutoff.hiredFrom, role }, cutoff.sourceIds);
  }
}

/**
 * The amount row of a role; a catalogue role without one is a rules gap, reported as not covered.
 * @example amountFor(terms, 'IV').amount // 20.66 with the real TDS table
 */
export function amountFor(terms: SeniorityTerms, role: string): AmountRow {
  const row = terms.amounts.find((r) => r.roles.includes(role));
  if (!row) return refuse('not-covered', 'role', 'seniority.error.noAmount', { role });
  return row;
}

/**
 * C-10: full-time monthly amount of `count` steps, 2 decimals.
 * @example monthlyAmount(9, 25.46) // 229.14
 */
export function monthlyAmount(count: number, amount: number): number {
  if (!Number.isInteger(count) || count < 0 || count > MEMO_STEPS) return round2(mul(count, amount));
  return cumulativeAmounts(amount, count)[count] as number;
}

// Every result lists n × amount for n = 1…max (the schedule): with a handful of
// amounts in the tables, each product is computed once per amount and reused.
const MEMO_STEPS = 64;
const MEMO_AMOUNTS = 1024;
const cumulative = new Map<number, number[]>();

/** round2(n × amount) for n = 0…upTo (upTo ≤ MEMO_STEPS), extended on demand. */
function cumulativeAmounts(amount: number, upTo: number): readonly number[] {
  let row = cumulative.get(amount);
  if (!row) {
    row = [];
    if (cumulative.size < MEMO_AMOUNTS) cumulative.set(amount, row);
  }
  for (let n = row.length; n <= upTo; n += 1) row.push(round2(mul(n, amount)));
  return row;
}

/**
 * Pro rata of the exact full-time amount, rounded once (C-1).
 * @example partTimeAmount(3, 20.66, 50) // 30.99
 */
export function partTimeAmount(count: number, amount: number, percent: number): number {
  return round2(mul(count, amount, div(percent, 100)));
}

/**
 * The full list of steps with their cumulative amounts and whether each is paid on `asOf`.
 * @example buildSchedule(['2018-03-01', '2021-03-01'], '2019-01-01', 20.66)
 *   // [{ n: 1, payableFrom: '2018-03-01', cumulativeMonthlyAmount: 20.66, paid: true }, { n: 2, …, paid: false }]
 */
export function buildSchedule(payable: readonly IsoDate[], asOf: IsoDate, amount: number): ScheduleEntry[] {
  const amounts = payable.length <= MEMO_STEPS ? cumulativeAmounts(amount, payable.length) : null;
  return payable.map((payableFrom, i) => ({
    n: i + 1,
    payableFrom,
    cumulativeMonthlyAmount: amounts ? (amounts[i + 1] as number) : monthlyAmount(i + 1, amount),
    paid: payableFrom <= asOf,
  }));
}
