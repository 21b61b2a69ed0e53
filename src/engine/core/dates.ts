/**
 * Civil dates (RULES.md 0.4): calendar days with no time and no time zone.
 * Legal deadlines are never computed from timestamps, so nothing here touches
 * `Date`. Arithmetic runs on day numbers of the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil / civil_from_days): pure integer maths.
 * @internationalized/date's CalendarDate was measured first: 1.2 µs per
 * addition made the 10,000-person benchmark miss its budget by 8×, and it
 * added to the bundle. Year/month addition clamps to the month end
 * (29 Feb + 1 y = 28 Feb), as CalendarDate does.
 */

/** A real calendar date in `YYYY-MM-DD` form. Only `parseIsoDate` and the helpers below create one. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };


interface Civil {
  year: number;
  month: number;
  day: number;
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Day number (0 = 1970-01-01) of a civil date. */
export function dayNumber({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDay(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function format({ year, month, day }: Civil): IsoDate {
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;

function split(date: IsoDate): Civil {
  return {
    year: digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    month: digit(date, 5) * 10 + digit(date, 6),
    day: digit(date, 8) * 10 + digit(date, 9),
  };
}

/**
 * Parses a civil date, refusing strings that are not a real day.
 * @example parseIsoDate('2024-02-29') // '2024-02-29'
 * @example parseIsoDate('2023-02-29') // null (2023 is not a leap year)
 */
export function parseIsoDate(text: unknown): IsoDate | null {
  if (typeof text !== 'string' || text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  for (const i of DIGIT_POSITIONS) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  const { year, month, day } = split(text as IsoDate);
  // The same test as makeDate, without formatting a copy of a text already known to be YYYY-MM-DD.
  return year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? null : (text as IsoDate);
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9];

/** True when `text` is a real `YYYY-MM-DD` date. */
export function isIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text) !== null;
}

/**
 * Builds a date from its parts, or null when the day does not exist.
 * @example makeDate(2025, 4, 31) // null
 */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : format({ year, month, day });
}

/** Days in a month of the Gregorian calendar. @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month (1–12) and day of a date. */
export function parts(date: IsoDate): { year: number; month: number; day: number } {
  return split(date);
}

/** @example addDays('2025-02-16' as IsoDate, 29) // '2025-03-17' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return format(civilFromDay(dayNumber(split(date)) + days));
}

/**
 * Adds months, clamping to the last day of a shorter month.
 * @example addMonths('2025-01-31' as IsoDate, 1) // '2025-02-28'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = split(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/**
 * Adds years, clamping 29 February to 28 February in a non-leap year (D-NP-3).
 * @example addYears('2020-02-29' as IsoDate, 5) // '2025-02-28'
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** The n-th anniversary `anniv(d, n)` of RULES.md 0.4 (same month and day; 29 Feb → 28 Feb). */
export const anniversary = addYears;

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calendar days from `from` to `to` (0 on the same day, negative when `to` is earlier).
 * @example daysBetween('2024-02-28' as IsoDate, '2024-03-01' as IsoDate) // 2
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(split(to)) - dayNumber(split(from));
}

/**
 * Completed years `completedYears(h, d)` of RULES.md 0.4: the largest n ≥ 0
 * with anniv(h, n) ≤ d. Returns 0 when d is before h.
 * @example completedYears('2019-05-20' as IsoDate, '2024-05-20' as IsoDate) // 5
 * @example completedYears('2020-02-29' as IsoDate, '2025-02-28' as IsoDate) // 5
 */
export function completedYears(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  const a = parts(from);
  const b = parts(to);
  let years = b.year - a.year;
  // anniv(from, years) falls in b's year on a's month and (clamped) day; comparing those numbers is
  // the same test as `anniversary(from, years) > to` without formatting the anniversary.
  const anniversaryDay = Math.min(a.day, daysInMonth(b.year, a.month));
  if (years > 0 && (a.month > b.month || (a.month === b.month && anniversaryDay > b.day))) years -= 1;
  return years;
}

/** First day of the month of `date`. */
export function startOfMonth(date: IsoDate): IsoDate {
  const { year, month } = parts(date);
  return makeDate(year, month, 1) as IsoDate;
}

/** Last day of the month of `date`. @example endOfMonth('2024-02-10' as IsoDate) // '2024-02-29' */
export function endOfMonth(date: IsoDate): IsoDate {
  const { year, month } = split(date);
  return format({ year, month, day: daysInMonth(year, month) });
}

/** First day of the following month. @example firstOfNextMonth('2025-12-31' as IsoDate) // '2026-01-01' */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const { year, month } = split(date);
  return format(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
}

/** The given day of the same month (callers guarantee it exists, e.g. 1 or 16). */
export function withDay(date: IsoDate, day: number): IsoDate {
  const { year, month } = parts(date);
  const result = makeDate(year, month, day);
  if (!result) throw new RangeError(`day ${day} does not exist in ${year}-${month}`);
  return result;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday (ISO 4).
  const n = dayNumber(split(date));
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** Earlier / later of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** Inclusive day count of [start, end] (both ends counted); 0 when end < start. */
export function inclusiveDays(start: IsoDate, end: IsoDate): number {
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/**
 * Day number (0 = 1970-01-01) of a date, for engines that walk day by day
 * (probation, comporto) without formatting a string per day.
 * @example toDayNumber('1970-01-02' as IsoDate) // 1
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumber(split(date));
}

/** The date of a day number. @example fromDayNumber(0) // '1970-01-01' */
export function fromDayNumber(n: number): IsoDate {
  return format(civilFromDay(n));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * C-42: the last day of a span of `months` calendar months starting on
 * `date`: the day before the same day of the month `months` later; when the
 * later month has no such day, its last day.
 * @example monthsEnd('2025-03-10' as IsoDate, 6) // '2025-09-09'
 * @example monthsEnd('2025-08-29' as IsoDate, 6) // '2026-02-28'
 */
export function monthsEnd(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = split(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = daysInMonth(y, m);
  if (day > last) return format({ year: y, month: m, day: last });
  return format(civilFromDay(dayNumber({ year: y, month: m, day }) - 1));
}
