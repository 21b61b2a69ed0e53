/** Steps for the amounts accrued (RULES.md 2.5 steps 3–5), each with its figure's status and sources. */
import { decimalText, round2, sum, type Decimal } from '../core/decimal';
import type { Explanation, SourceId, Step } from '../core/result';
import { ccnlAmounts, ccnlFactors, statuteFactor, statuteFerie, type Factor } from './compute';
import { explainRamp } from './explainMonths';
import { figureStep } from './figureStep';
import { monthShares, type MonthCover } from './months';
import type { CcnlLeaveTerms, Figure, Schedule, StatuteLeaveTerms } from './types';
import type { LeaveInput } from './validate';

/** Outputs of the accrual part, with the exact values the balances start from. */
export interface Accrued {
  ferieDays: number;
  ferieExact: Decimal;
  permits: { exFestivitaHours: number; rolHours: number | null; permitHours: number | null } | null;
  permitExact: Decimal | null;
}

/**
 * The step of an accrued amount. `params` is a fresh literal owned by the
 * caller: the exact and rounded values are appended to it in place, since a
 * `{ ...params, … }` copy cost more than the arithmetic.
 */
function amountStep(e: Explanation, key: string, exact: Decimal, params: Record<string, string | number>, figure: Figure<unknown>): number {
  const rounded = round2(exact);
  params.exact = Number(decimalText(exact));
  params.rounded = rounded;
  e.step(figureStep({ label: { key: `leave.step.${key}` }, value: rounded, detail: { key: `leave.detail.${key}`, params } }, figure));
  return rounded;
}

/** Part-time factor step (vertical / horizontal pro-rating is our figure: `inferred`). */
function factorStep(e: Explanation, schedule: Schedule, week: number, figures: { vertical: Figure<null>; horizontal: Figure<null> }, statute: boolean): void {
  if (schedule.kind === 'full-time') return;
  const vertical = schedule.kind === 'vertical';
  const step: Omit<Step, 'sourceIds'> = {
    label: { key: `leave.step.factor.${schedule.kind}` },
    value: vertical ? schedule.daysPerWeek : schedule.percent,
    detail: {
      key: `leave.detail.factor.${schedule.kind}${statute ? '.statute' : ''}`,
      params: vertical ? { days: schedule.daysPerWeek, week } : { percent: schedule.percent },
    },
  };
  e.step(figureStep(step, vertical ? figures.vertical : figures.horizontal));
}

function rolSteps(e: Explanation, input: LeaveInput, terms: CcnlLeaveTerms, a: ReturnType<typeof ccnlAmounts>, hours: Factor): number | null {
  if (a.rolExact === null || a.rolBase === null) {
    const { smallMaxEmployees: limit, smallHours: small, largeHours: large } = terms.rolHours.value;
    const detail = { key: 'leave.detail.rolMissing', params: { limit, small, large } };
    e.step({ label: { key: 'leave.step.rol' }, value: null, detail, sourceIds: terms.rolHours.sourceIds });
    return null;
  }
  const rol = terms.rolHours.value;
  const baseParams = { employees: input.companyEmployees, limit: rol.smallMaxEmployees, small: rol.smallHours, large: rol.largeHours };
  e.step(figureStep({ label: { key: 'leave.step.rolBase' }, value: a.rolBase, detail: { key: 'leave.detail.rolBase', params: baseParams } }, terms.rolHours));
  // The factor as two numbers so the message formats it ("× 62,5/100").
  const params = { base: a.rolBase, twelfths: Number(decimalText(a.rolTwelfths)), num: hours.num, den: hours.den };
  return amountStep(e, 'rol', a.rolExact, params, terms.rolHours);
}

/**
 * CCNL ferie, ex-festività, ROL (with its ramp) and permit hours (D-LV-3, D-LV-4, C-1, C-6, C-8).
 * @example explainCcnl(e, input, terms, covers, 12) // { ferieDays: 26, permits: { exFestivitaHours: 32, rolHours: 72, permitHours: 104 } }
 */
export function explainCcnl(e: Explanation, input: LeaveInput, terms: CcnlLeaveTerms, covers: readonly MonthCover[], months: number): Accrued {
  factorStep(e, input.schedule, terms.weekDays, { vertical: terms.verticalFactor, horizontal: terms.horizontalFactor }, false);
  const shares = monthShares(covers, input.hireDate, terms.rolRamp.value);
  const a = ccnlAmounts(months, shares, input.schedule, terms, input.companyEmployees);
  const f = ccnlFactors(input.schedule, terms.weekDays);
  const ferie = { annual: terms.ferieDaysPerYear.value, week: terms.weekDays, months, num: f.days.num, den: f.days.den };
  const ferieDays = amountStep(e, 'ferie', a.ferieExact, ferie, terms.ferieDaysPerYear);
  const exFest = { annual: terms.exFestivitaHoursPerYear.value, months, num: f.hours.num, den: f.hours.den };
  const exFestivitaHours = amountStep(e, 'exFestivita', a.exFestivitaExact, exFest, terms.exFestivitaHoursPerYear);
  if (a.rolExact !== null && months > 0) explainRamp(e, input.hireDate, shares, terms.rolRamp);
  const rolHours = rolSteps(e, input, terms, a, f.hours);
  if (a.rolExact === null) return { ferieDays, ferieExact: a.ferieExact, permits: { exFestivitaHours, rolHours: null, permitHours: null }, permitExact: null };
  const permitExact = sum(a.exFestivitaExact, a.rolExact);
  const permitParams = { exFestivita: Number(decimalText(a.exFestivitaExact)), rol: Number(decimalText(a.rolExact)) };
  const permitHours = amountStep(e, 'permits', permitExact, permitParams, terms.rolHours);
  return { ferieDays, ferieExact: a.ferieExact, permits: { exFestivitaHours, rolHours, permitHours }, permitExact };
}

/**
 * Statute ferie: 4 weeks in the worker's working days, pro-rated (D-LV-6, C-5); no permit fields (C-8).
 * @example explainStatute(e, input, terms, 12) // { ferieDays: 20, permits: null }
 */
export function explainStatute(e: Explanation, input: LeaveInput, terms: StatuteLeaveTerms, months: number): Accrued {
  const week = input.workingDaysPerWeek;
  e.step({
    label: { key: 'leave.step.workingWeek' },
    value: week,
    detail: { key: input.workingDaysDefaulted ? 'leave.detail.workingWeekDefault' : 'leave.detail.workingWeek', params: { week } },
    sourceIds: ['S07', 'S62'] satisfies SourceId[],
  });
  factorStep(e, input.schedule, week, { vertical: terms.verticalFactor, horizontal: terms.horizontalFactor }, true);
  const exact = statuteFerie(months, input.schedule, week, terms);
  const factor = statuteFactor(input.schedule, week);
  const params = { weeks: terms.weeksPerYear.value, week, months, num: factor.num, den: factor.den };
  const ferieDays = amountStep(e, 'ferieStatute', exact, params, terms.weeksPerYear);
  return { ferieDays, ferieExact: exact, permits: null, permitExact: null };
}
