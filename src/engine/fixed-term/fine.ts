/** Art. 23(4) D.Lgs. 81/2015 fine for CTD over the cap (D-FT-5, C-13; RULES.md 4.5 "Fine"). */
import type { IsoDate } from '../core/dates';
import { mul, round2, roundHalfUp } from '../core/decimal';
import type { Explanation } from '../core/result';
import { inForce } from '../core/rules';
import { basisStep, ratePercent as sharePercent } from './share';
import type { FixedTermFineOutputs, FixedTermRules } from './types';
import type { FineInput } from './validate';

/**
 * Months counted: whole months, plus one when the remaining days are more than the threshold
 * (strictly greater: RULES.md 0.4 and D-FT-5, unlike leave's ≥ 15).
 * @example countedMonths(6, 16, 15) // 7
 * @example countedMonths(6, 15, 15) // 6
 */
export function countedMonths(months: number, extraDays: number, extraDaysOver: number): number {
  return months + (extraDays > extraDaysOver ? 1 : 0);
}

/**
 * The fine, the same pay and duration assumed for every worker over the cap:
 * the monthly amount per worker is rounded first (R-1: whole euros), then
 * multiplied by the workers and the counted months (D-FT-5).
 * @example fineFor(e, rules, '2026-01-10', { workersOver: 1, monthlyPay: 1717.04, months: 3, extraDays: 0 })
 *   // { fineTotal: 1029, monthlyFinePerWorker: 343, perWorker: 1029, countedMonths: 3, ratePercent: 20 }
 */
export function fineFor(e: Explanation, rules: FixedTermRules, date: IsoDate, fine: FineInput): FixedTermFineOutputs {
  const entry = inForce(rules.fine, date, 'date');
  const terms = entry.value;
  const counted = countedMonths(fine.months, fine.extraDays, terms.extraDaysOver);
  const rate = fine.workersOver <= terms.singleMaxWorkers ? terms.singleRate : terms.multipleRate;
  const ratePercent = sharePercent(rate);
  const monthly = mul(fine.monthlyPay, rate);
  const monthlyFinePerWorker = terms.monthlyRoundingPlaces === 0 ? roundHalfUp(monthly) : round2(monthly);
  const perWorker = round2(mul(monthlyFinePerWorker, counted));
  const fineTotal = round2(mul(fine.workersOver, monthlyFinePerWorker, counted));
  const extraMonth = counted - fine.months;
  const dayParams = { months: fine.months, extraDays: fine.extraDays, over: terms.extraDaysOver, extra: extraMonth, counted };
  e.step(basisStep({ label: { key: 'fixedTerm.step.fine.months' }, value: counted, detail: { key: 'fixedTerm.detail.fine.months', params: dayParams } }, entry));
  const rateParams = { workers: fine.workersOver, max: terms.singleMaxWorkers, percent: ratePercent };
  e.step(basisStep({ label: { key: 'fixedTerm.step.fine.rate' }, value: ratePercent, detail: { key: 'fixedTerm.detail.fine.rate', params: rateParams } }, entry));
  const monthlyParams = { pay: fine.monthlyPay, percent: ratePercent, exact: round2(monthly), monthly: monthlyFinePerWorker };
  const monthlyDetail = terms.monthlyRoundingPlaces === 0 ? 'fixedTerm.detail.fine.monthlyWholeEuros' : 'fixedTerm.detail.fine.monthly';
  e.step(basisStep({ label: { key: 'fixedTerm.step.fine.monthly' }, value: monthlyFinePerWorker, detail: { key: monthlyDetail, params: monthlyParams } }, entry));
  const workerParams = { monthly: monthlyFinePerWorker, counted, perWorker };
  e.step(basisStep({ label: { key: 'fixedTerm.step.fine.perWorker' }, value: perWorker, detail: { key: 'fixedTerm.detail.fine.perWorker', params: workerParams } }, entry));
  const totalParams = { workers: fine.workersOver, monthly: monthlyFinePerWorker, counted, perWorker, total: fineTotal };
  e.step(basisStep({ label: { key: 'fixedTerm.step.fine.total' }, value: fineTotal, detail: { key: 'fixedTerm.detail.fine.total', params: totalParams } }, entry));
  return { fineTotal, monthlyFinePerWorker, perWorker, countedMonths: counted, ratePercent };
}
