/** Notice length, start and end (RULES.md 1.5). */
import { addDays, anniversary, completedYears, daysBetween, firstOfNextMonth, parts, weekday, withDay, type IsoDate } from '../core/dates';
import { div, mul, round2, sum } from '../core/decimal';
import { inForce } from '../core/rules';
import { refuse, type Explanation, type Step } from '../core/result';
import type { NoticeInput } from './validate';
import type { NoticeKind, NoticeRow, NoticeRules, NoticeTerms } from './types';

/**
 * Band of D-NP-2 from anniversaries, never from `serviceYears`: on the day
 * after the 5th anniversary completed years are still 5 but band 2 applies.
 * @example bandOn('2019-05-20', '2024-05-21', [5, 10]) // 2
 */
export function bandOn(hireDate: IsoDate, noticeDate: IsoDate, limits: readonly [number, number]): 1 | 2 | 3 {
  if (noticeDate <= anniversary(hireDate, limits[0])) return 1;
  if (noticeDate <= anniversary(hireDate, limits[1])) return 2;
  return 3;
}

/**
 * First allowed start day strictly after receipt (D-NP-5): with days [1, 16],
 * received 1st–15th → the 16th, received 16th–end → the 1st of next month.
 * @example noticeStart('2025-12-31', [1, 16]) // '2026-01-01'
 */
export function noticeStart(noticeDate: IsoDate, startDays: readonly number[]): IsoDate {
  const { day } = parts(noticeDate);
  const later = [...startDays].sort((a, b) => a - b).find((d) => d > day);
  return later === undefined ? withDay(firstOfNextMonth(noticeDate), Math.min(...startDays)) : withDay(noticeDate, later);
}

/** The Table 1-A row for a role and kind; a catalogue role with no row is a rules gap, reported as not covered. */
export function findRow(terms: NoticeTerms, role: string, kind: NoticeKind): NoticeRow {
  const row = terms.rows.find((r) => r.kind === kind && r.roles.includes(role));
  if (!row) return refuse('not-covered', 'role', 'notice.error.noRow', { role, kind });
  return row;
}

/** CCNL terms in force on the notice date, or `not-covered` (statute: D-NP-8; outside the window). */
export function termsFor(input: NoticeInput, rules: NoticeRules, date: IsoDate): NoticeTerms {
  const table = rules.terms[input.ruleset];
  if (!table) return refuse('not-covered', 'ruleset', 'notice.error.statute', undefined, ['S01']);
  return inForce(table, date, 'noticeDate').value;
}

export interface NoticePeriod {
  band: 1 | 2 | 3;
  days: number;
  serviceYears: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** Length and dates for a notice received on `noticeDate` (steps 4–8 of RULES.md 1.5). */
export function noticePeriod(input: NoticeInput, terms: NoticeTerms, noticeDate: IsoDate, role: string): NoticePeriod {
  const band = bandOn(input.hireDate, noticeDate, terms.bandLimitYears);
  const days = findRow(terms, role, input.kind).days[band - 1] as number;
  const startDate = noticeStart(noticeDate, terms.startDays);
  const endDate = addDays(startDate, days - 1 + input.leaveDaysDuringNotice);
  return { band, days, serviceYears: completedYears(input.hireDate, noticeDate), startDate, endDate };
}

/**
 * Working days (Mon…Sat for a 6-day pay week) between two dates, both included:
 * whole weeks contribute `weekDays` each, the remainder is counted day by day.
 * @example payWeekDaysIn('2021-06-01', '2021-06-10', 6) // 9
 */
export function payWeekDaysIn(start: IsoDate, end: IsoDate, weekDays: number): number {
  const total = daysBetween(start, end) + 1;
  if (total <= 0) return 0;
  const weeks = Math.floor(total / 7);
  let count = weeks * weekDays;
  const first = weekday(start);
  for (let i = 0; i < total - weeks * 7; i += 1) if (((first - 1 + i) % 7) + 1 <= weekDays) count += 1;
  return count;
}

/**
 * Indemnity in lieu of notice (art. 2118 c.c.): daily pay (monthly ÷ divisor)
 * for each working day of the notice, plus the 13th/14th accrual on it.
 * Interpretation of the app (status `inferred`): RULES.md gives the divisor
 * and says the indemnity includes the extra months' accruals, not the count.
 */
export function indemnityInLieu(monthlyPay: number, period: NoticePeriod, terms: NoticeTerms, e: Explanation): number {
  const noticeEnd = addDays(period.startDate, period.days - 1);
  const workDays = payWeekDaysIn(period.startDate, noticeEnd, terms.payWeekDays);
  const daily = div(monthlyPay, terms.dailyPayDivisor);
  const base = mul(daily, workDays);
  const extra = mul(base, div(terms.extraMonthlyPayments, 12));
  const total = round2(sum(base, extra));
  e.step({
    label: { key: 'notice.step.indemnity' },
    value: total,
    detail: {
      key: 'notice.detail.indemnity',
      params: { pay: monthlyPay, divisor: terms.dailyPayDivisor, daily: round2(daily), workDays, extra: terms.extraMonthlyPayments, total },
    },
    sourceIds: [...terms.paySources, 'S01'],
    status: 'inferred',
  } satisfies Step);
  return total;
}
