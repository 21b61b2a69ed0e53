/**
 * Accrual arithmetic (RULES.md 2.5 steps 3–5). Every amount is an exact
 * decimal built as annual × numerator ÷ denominator, divided once, and
 * rounded half-up to 2 decimals from its own exact value (C-1).
 */
import { addMonths, endOfMonth, makeDate, type IsoDate } from '../core/dates';
import { dec, div, mul, round2, sum, type Decimal } from '../core/decimal';
import type { MonthShare } from './months';
import type { CcnlLeaveTerms, LeaveDeadlines, RolFigure, Schedule, StatuteLeaveTerms, UsageTerms } from './types';

/** A part-time factor kept as a fraction so the division happens once. */
export interface Factor {
  num: number;
  den: number;
}

const ONE: Factor = { num: 1, den: 1 };

/**
 * CCNL day and hour factors (step 3): vertical daysPerWeek/6 for both,
 * horizontal 1 for days and percent/100 for hours.
 * @example ccnlFactors({ kind: 'horizontal', percent: 50 }, 6) // { days: 1/1, hours: 50/100 }
 */
export function ccnlFactors(schedule: Schedule, weekDays: number): { days: Factor; hours: Factor } {
  if (schedule.kind === 'vertical') {
    const f = { num: schedule.daysPerWeek, den: weekDays };
    return { days: f, hours: f };
  }
  if (schedule.kind === 'horizontal') return { days: ONE, hours: { num: schedule.percent, den: 100 } };
  return { days: ONE, hours: ONE };
}

/**
 * Statute day factor (D-LV-6): vertical daysPerWeek / workingDaysPerWeek, otherwise 1.
 * @example statuteFactor({ kind: 'vertical', daysPerWeek: 3 }, 5) // { num: 3, den: 5 }
 */
export function statuteFactor(schedule: Schedule, workingDaysPerWeek: number): Factor {
  return schedule.kind === 'vertical' ? { num: schedule.daysPerWeek, den: workingDaysPerWeek } : ONE;
}

/**
 * annual × twelfths/12 × factor, exact.
 * @example round2(accrue(26, 5, ONE)) // 10.83
 */
export function accrue(annual: number, twelfths: Decimal | number, factor: Factor): Decimal {
  return mul(annual, twelfths, perTwelfth(factor));
}

// factor/12 for each part-time factor met (a few per schedule): exact, so the order of the products does not matter.
const twelfthRatios = new Map<number, Map<number, Decimal>>();

/** factor.num / (12 × factor.den), memoised: one product fewer per amount. */
function perTwelfth(factor: Factor): Decimal {
  let byDen = twelfthRatios.get(factor.num);
  if (!byDen) {
    byDen = new Map();
    if (twelfthRatios.size < 1024) twelfthRatios.set(factor.num, byDen);
  }
  let ratio = byDen.get(factor.den);
  if (!ratio) {
    ratio = div(factor.num, mul(12, factor.den));
    if (byDen.size < 64) byDen.set(factor.den, ratio);
  }
  return ratio;
}

/**
 * Annual ROL hours for the company size (D-LV-4: ≤ 15 → 56, else 72).
 * @example rolBase({ smallMaxEmployees: 15, smallHours: 56, largeHours: 72 }, 16) // 72
 */
export function rolBase(figure: RolFigure, companyEmployees: number): number {
  return companyEmployees <= figure.smallMaxEmployees ? figure.smallHours : figure.largeHours;
}

/**
 * Σ of the monthly ROL shares, exact. Shares repeat (the ramp has a few
 * steps), so each distinct share is multiplied by its number of months: a
 * product or two instead of a sum of up to twelve fractions.
 * @example totalShare([{ month: 3, years: 1, share: 0 }, { month: 4, years: 2, share: 0.5 }, { month: 5, years: 2, share: 0.5 }]).toString() // '1'
 */
export function totalShare(shares: readonly MonthShare[]): Decimal {
  const months = new Map<number, number>();
  for (const s of shares) months.set(s.share, (months.get(s.share) ?? 0) + 1);
  let total = dec(0);
  for (const [share, count] of months) total = sum(total, mul(share, count));
  return total;
}

export interface CcnlAmounts {
  ferieExact: Decimal;
  exFestivitaExact: Decimal;
  /** Null without `companyEmployees` (D-LV-5). */
  rolExact: Decimal | null;
  rolBase: number | null;
  /** Sum of the monthly ramp shares: the ROL twelfths actually due. */
  rolTwelfths: Decimal;
}

/**
 * Exact CCNL amounts for the counted months (D-LV-3, D-LV-4).
 * @example ccnlAmounts(12, shares, { kind: 'full-time' }, terms, 30) // ferie 26, exFest 32, ROL 72
 */
export function ccnlAmounts(
  months: number,
  shares: readonly MonthShare[],
  schedule: Schedule,
  terms: CcnlLeaveTerms,
  companyEmployees: number | null,
): CcnlAmounts {
  const f = ccnlFactors(schedule, terms.weekDays);
  const rolTwelfths = totalShare(shares);
  const base = companyEmployees === null ? null : rolBase(terms.rolHours.value, companyEmployees);
  return {
    ferieExact: accrue(terms.ferieDaysPerYear.value, months, f.days),
    exFestivitaExact: accrue(terms.exFestivitaHoursPerYear.value, months, f.hours),
    rolExact: base === null ? null : accrue(base, rolTwelfths, f.hours),
    rolBase: base,
    rolTwelfths,
  };
}

/**
 * Statute ferie (D-LV-6): 4 × workingDaysPerWeek × months/12 × factor, exact.
 * @example round2(statuteFerie(5, { kind: 'full-time' }, 5, terms)) // 8.33
 */
export function statuteFerie(months: number, schedule: Schedule, workingDaysPerWeek: number, terms: StatuteLeaveTerms): Decimal {
  return accrue(terms.weeksPerYear.value * workingDaysPerWeek, months, statuteFactor(schedule, workingDaysPerWeek));
}

/**
 * Art. 10 D.Lgs. 66/2003 deadlines for ferie accrued in `year`.
 * @example usageDeadlines(2025, { inYearWeeks: 2, restMonthsAfterYear: 18 }) // { twoWeeksBy: '2025-12-31', restBy: '2027-06-30' }
 */
export function usageDeadlines(year: number, usage: UsageTerms): LeaveDeadlines {
  const yearEnd = makeDate(year, 12, 31) as IsoDate;
  return { twoWeeksBy: yearEnd, restBy: endOfMonth(addMonths(yearEnd, usage.restMonthsAfterYear)) };
}

/**
 * Accrued − taken, rounded from the exact accrued value (C-1); negative when taken in advance.
 * @example balance(accrue(26, 5, { num: 1, den: 1 }), 3) // 7.83
 */
export function balance(accruedExact: Decimal, taken: number): number {
  // `+ 0` turns a rounded −0 into 0.
  return round2(sum(accruedExact, mul(-1, taken))) + 0;
}
