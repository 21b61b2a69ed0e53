/**
 * Counting days of a probation (RULES-probation-comporto.md 9.5 step 3):
 * days of actual work (D-PR-4), calendar days not inside an absence
 * (D-PR-6), and the tally of a span (C-33). All on day numbers.
 */
import { fromDayNumber, weekdayOfDayNumber } from '../core/dates';
import type { HolidayLookup } from '../core/holidays';
import type { Intervals } from '../core/periods';
import type { ProbationAbsence, ProbationHoliday } from './types';

/** The calendar a probation is counted on: working week, holidays, merged absences. */
export interface WorkCalendar {
  week: 5 | 6;
  holidays: HolidayLookup;
  absences: Intervals;
}

/** Index of the first interval that ends on or after day `n` (intervals sorted and disjoint). */
function firstEndingFrom(absences: Intervals, n: number): number {
  let i = 0;
  while (i < absences.length && (absences[i] as readonly [number, number])[1] < n) i += 1;
  return i;
}

/**
 * The `count`-th day from `start` (included) that passes the test: a day of
 * actual work when `workOnly`, else any day not inside an absence. It always
 * ends: the absences are finite.
 */
export function nthDay(cal: WorkCalendar, start: number, count: number, workOnly: boolean): number {
  const { absences, week, holidays } = cal;
  let i = firstEndingFrom(absences, start);
  let seen = 0;
  for (let d = start; ; d += 1) {
    while (i < absences.length && (absences[i] as readonly [number, number])[1] < d) i += 1;
    const absence = absences[i];
    if (absence && absence[0] <= d) {
      d = absence[1]; // skip the whole absence
      continue;
    }
    if (workOnly && (weekdayOfDayNumber(d) > week || holidays.nameOn(d) !== undefined)) continue;
    seen += 1;
    if (seen === count) return d;
  }
}

export interface SpanTally {
  /** Days of actual work (C-33). */
  workDays: number;
  /** Calendar days inside an absence (C-33). */
  suspended: number;
  /** Holidays on a working weekday of the worker's week, not inside an absence. */
  holidays: ProbationHoliday[];
  absences: ProbationAbsence[];
}

/** C-33: what happened from `start` to `end`, both included. */
export function tally(cal: WorkCalendar, start: number, end: number): SpanTally {
  const { absences, week, holidays } = cal;
  const out: SpanTally = { workDays: 0, suspended: 0, holidays: [], absences: [] };
  for (const [from, to] of absences) {
    const lo = Math.max(from, start);
    const hi = Math.min(to, end);
    if (hi < lo) continue;
    out.suspended += hi - lo + 1;
    out.absences.push({ from: fromDayNumber(from), to: fromDayNumber(to), daysInside: hi - lo + 1 });
  }
  let i = firstEndingFrom(absences, start);
  for (let d = start; d <= end; d += 1) {
    while (i < absences.length && (absences[i] as readonly [number, number])[1] < d) i += 1;
    const absence = absences[i];
    if (absence && absence[0] <= d) continue;
    if (weekdayOfDayNumber(d) > week) continue;
    const holiday = holidays.nameOn(d);
    if (holiday !== undefined) out.holidays.push({ date: fromDayNumber(d), nameKey: holiday });
    else out.workDays += 1;
  }
  return out;
}

/** C-32: the hire falls on a day that is not a day of actual work. */
export function isWorkDay(cal: WorkCalendar, d: number): boolean {
  if (weekdayOfDayNumber(d) > cal.week || cal.holidays.nameOn(d) !== undefined) return false;
  return !cal.absences.some(([from, to]) => from <= d && d <= to);
}
