/** Deadlines, balances, warnings, information lines and not-covered parts of a leave result (RULES.md 2.8, 2.9). */
import type { Dated } from '../core/rules';
import type { Decimal } from '../core/decimal';
import type { Explanation } from '../core/result';
import { balance, usageDeadlines } from './compute';
import type { Accrued } from './explain';
import { figureStep } from './figureStep';
import type { MonthCover } from './months';
import type { LeaveDeadlines, LeaveTerms, UsageTerms } from './types';
import type { LeaveInput } from './validate';

/**
 * Art. 10 D.Lgs. 66/2003 deadlines as steps and dates.
 * @example explainDeadlines(e, 2025, usage) // { twoWeeksBy: '2025-12-31', restBy: '2027-06-30' }
 */
export function explainDeadlines(e: Explanation, year: number, usage: Dated<UsageTerms>): LeaveDeadlines {
  const deadlines = usageDeadlines(year, usage.value);
  const { inYearWeeks: weeks, restMonthsAfterYear: months } = usage.value;
  const twoWeeksDetail = { key: 'leave.detail.twoWeeksBy', params: { weeks, year } };
  e.step(figureStep({ label: { key: 'leave.step.twoWeeksBy', params: { weeks } }, value: deadlines.twoWeeksBy, detail: twoWeeksDetail }, usage));
  e.step(figureStep({ label: { key: 'leave.step.restBy' }, value: deadlines.restBy, detail: { key: 'leave.detail.restBy', params: { months, year } } }, usage));
  return deadlines;
}

function balanceStep(e: Explanation, key: string, exact: Decimal, taken: number): number {
  const value = balance(exact, taken);
  e.step({ label: { key: `leave.step.${key}` }, value, detail: { key: `leave.detail.${key}`, params: { taken, balance: value } }, sourceIds: [] });
  if (value < 0) e.warn('LV-NEGATIVE-BALANCE', 'leave.warning.negativeBalance');
  return value;
}

export interface Balances {
  ferieBalance: number | null;
  permitBalance: number | null;
}

/**
 * Balances of the optional inputs `ferieDaysTaken` / `permitHoursTaken`
 * (accrued − taken, from exact values); null when not computable.
 * @example explainBalances(e, { ...input, ferieDaysTaken: 3, permitHoursTaken: null }, accrued) // { ferieBalance: 7.83, permitBalance: null }
 */
export function explainBalances(e: Explanation, input: LeaveInput, accrued: Accrued): Balances {
  const ferieBalance = input.ferieDaysTaken === null ? null : balanceStep(e, 'ferieBalance', accrued.ferieExact, input.ferieDaysTaken);
  const canPermit = input.permitHoursTaken !== null && accrued.permitExact !== null;
  const permitBalance = canPermit ? balanceStep(e, 'permitBalance', accrued.permitExact as Decimal, input.permitHoursTaken as number) : null;
  if (input.permitHoursTaken !== null && !canPermit) e.note('leave.info.noPermitBalance');
  return { ferieBalance, permitBalance };
}

/**
 * Flags that need words, not just a badge: threshold, ROL for OV (G9), company size, hire date, statute permits.
 * @example addLeaveWarnings(e, input, terms, covers, accrued) // e.warnings: LV-G9, LV-COMPANY-SIZE…
 */
export function addLeaveWarnings(e: Explanation, input: LeaveInput, terms: LeaveTerms, covers: readonly MonthCover[], accrued: Accrued): void {
  if (covers.some((m) => m.covered === terms.monthRule.value.minDays)) {
    e.warn('LV-THRESHOLD', 'leave.warning.threshold', terms.monthRule.sourceIds, { threshold: terms.monthRule.value.minDays });
  }
  if (input.schedule.kind === 'vertical') e.warn('LV-VERTICAL', 'leave.warning.verticalFactor', terms.verticalFactor.sourceIds);
  if (terms.kind === 'statute') {
    e.warn('LV-STATUTE-PERMITS', 'leave.warning.statutePermits', ['S07', 'S24']);
    return;
  }
  if (terms.rolOvDoubt === 'always') e.warn('LV-G9', 'leave.warning.rolOv', terms.rolHours.sourceIds);
  else e.note('leave.info.rolOv');
  if (accrued.permits?.rolHours === null) {
    e.warn('LV-COMPANY-SIZE', 'leave.warning.companySize', terms.rolHours.sourceIds);
    e.uncovered('leave.notCovered.rolCompanySize');
  }
  if (input.hireDate === null) {
    e.warn('LV-HIRE-ASSUMED', 'leave.warning.hireAssumed', terms.rolRamp.sourceIds);
    e.defaulted('hireDate');
  }
}

/**
 * Information lines of RULES.md 2.8 and the not-covered parts of 2.9.
 * @example addLeaveInfo(e, input, terms, usage, deadlines) // e.info: leave.info.twoWeeks, leave.info.rest…
 */
export function addLeaveInfo(e: Explanation, input: LeaveInput, terms: LeaveTerms, usage: UsageTerms, deadlines: LeaveDeadlines): void {
  e.note(input.ruleset === 'unimpresa-vvp-2021' ? 'leave.info.nonWaivableSeed' : 'leave.info.nonWaivable');
  e.note('leave.info.twoWeeks', { weeks: usage.inYearWeeks, date: deadlines.twoWeeksBy });
  e.note('leave.info.rest', { months: usage.restMonthsAfterYear, date: deadlines.restBy });
  e.note('leave.info.noPayInLieu');
  e.note('leave.info.illness');
  e.note('leave.info.notInsideNotice');
  e.note('leave.info.probation');
  if (terms.kind === 'ccnl') {
    e.note('leave.info.saturday');
    e.note('leave.info.holidaysExtend');
  }
  if (input.ruleset === 'confcommercio-tds') e.note('leave.info.unusedPermits');
  if (input.ruleset === 'unimpresa-vvp-2021') e.note('leave.info.art34');
  if (terms.kind === 'statute') e.note('leave.info.fines');
  if (input.workingDaysDefaulted && terms.kind === 'statute') {
    e.defaulted('workingDaysPerWeek');
    e.note('leave.info.workingWeekAssumed');
  }
  if (terms.kind === 'statute') e.uncovered('leave.notCovered.statutePermits');
  e.uncovered('leave.notCovered.absences');
  e.uncovered('leave.notCovered.carryOver');
  e.uncovered('leave.notCovered.mixedPartTime');
  e.uncovered(terms.otherLeaveKey);
}
