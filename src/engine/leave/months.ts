/** Twelfths (D-LV-2, RULES.md 2.5 step 2) and the ROL ramp share of each month (D-LV-4, C-2, C-6). */
import { completedYears, dayNumber, daysInMonth, makeDate, parts, type IsoDate } from '../core/dates';
import type { MonthRule, RampStep, RolRamp } from './types';

export interface MonthCover {
  /** 1–12. */
  month: number;
  /** First day of the month. */
  first: IsoDate;
  /** Days of the month inside the period. */
  covered: number;
  counted: boolean;
}

/**
 * True when `covered` days reach the threshold; the comparison is a parameter
 * because leave counts from ≥ 15 days and the fixed-term fine from > 15 (RULES.md 0.4).
 * @example monthCounts(15, { minDays: 15, comparison: 'at-least' }) // true
 */
export function monthCounts(covered: number, rule: MonthRule): boolean {
  return rule.comparison === 'at-least' ? covered >= rule.minDays : covered > rule.minDays;
}

/**
 * Each calendar month touched by [start, end] (one calendar year), judged alone.
 * @example coverMonths('2025-01-17', '2025-02-14', rule).map((m) => m.counted) // [true, false]
 */
export function coverMonths(start: IsoDate, end: IsoDate, rule: MonthRule): MonthCover[] {
  const first = parts(start);
  const last = parts(end);
  const year = first.year;
  // Day numbers: the overlap of [start, end] with each month is integer arithmetic, not date texts.
  const startDay = dayNumber(first);
  const endDay = dayNumber(last);
  const months: MonthCover[] = [];
  for (let month = first.month; month <= last.month; month += 1) {
    const firstDay = dayNumber({ year, month, day: 1 });
    const lastDay = firstDay + daysInMonth(year, month) - 1;
    const covered = Math.max(0, Math.min(endDay, lastDay) - Math.max(startDay, firstDay) + 1);
    months.push({ month, first: makeDate(year, month, 1) as IsoDate, covered, counted: monthCounts(covered, rule) });
  }
  return months;
}

/**
 * Share of the ramp step reached by `years` completed years (steps ascending by `fromYears`).
 * @example shareForYears(3, [{ fromYears: 0, share: 0 }, { fromYears: 2, share: 0.5 }, { fromYears: 4, share: 1 }]) // 0.5
 */
export function shareForYears(years: number, steps: readonly RampStep[]): number {
  let share = 0;
  for (const step of steps) if (years >= step.fromYears) share = step.share;
  return share;
}

export interface MonthShare {
  month: number;
  /** Completed years on the 1st of the month (0 when the 1st is before the hire: C-2); null without a ramp. */
  years: number | null;
  share: number;
}

/**
 * Whether the ramp applies: a known hire date after the cut-off (C-6).
 * @example rampApplies('2011-02-26', ramp) // false
 */
export function rampApplies(hireDate: IsoDate | null, ramp: RolRamp): hireDate is IsoDate {
  return hireDate !== null && hireDate > ramp.noRampUpTo;
}

/**
 * ROL share for a month starting on `first` (D-LV-4, C-2): no hire date or a
 * hire on or before the cut-off → full share (C-6).
 * @example shareOn('2023-03-20', '2025-04-01', ramp) // { years: 2, share: 0.5 }
 */
export function shareOn(hireDate: IsoDate | null, first: IsoDate, ramp: RolRamp): { years: number | null; share: number } {
  if (!rampApplies(hireDate, ramp)) return { years: null, share: 1 };
  const years = first < hireDate ? 0 : completedYears(hireDate, first);
  return { years, share: shareForYears(years, ramp.steps) };
}

/**
 * The share of every counted month.
 * @example monthShares(coverMonths('2025-03-01', '2025-04-30', rule), '2023-03-20', ramp) // [{ month: 3, years: 1, share: 0 }, { month: 4, years: 2, share: 0.5 }]
 */
export function monthShares(months: readonly MonthCover[], hireDate: IsoDate | null, ramp: RolRamp): MonthShare[] {
  const shares: MonthShare[] = [];
  for (const m of months) {
    if (!m.counted) continue;
    const { years, share } = shareOn(hireDate, m.first, ramp);
    shares.push({ month: m.month, years, share });
  }
  return shares;
}
