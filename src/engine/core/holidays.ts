/**
 * National public holidays by year (RULES-probation-comporto.md Table 9-D).
 * The list of fixed days and the years they apply are data (src/rules/holidays.ts);
 * only Easter, a movable feast, is computed here: the Gregorian computus of 9.5.
 */
import { dayNumber, type IsoDate } from './dates';
import { valueOn, type Table } from './rules';
import type { SourceId } from './result';

/** A holiday on the same day every year. */
export interface FixedHoliday {
  month: number;
  day: number;
  /** Message key of its name, e.g. `holiday.liberation`. */
  nameKey: string;
}

/** The calendar in force for the years of one window. */
export interface HolidayCalendar {
  fixed: readonly FixedHoliday[];
  /** Lunedì dell'Angelo: the day after Easter Sunday. */
  easterMonday: boolean;
}

/**
 * Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus, RULES 9.5).
 * @example easterSunday(2025) // { month: 4, day: 20 }
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { month: Math.floor(n / 31), day: (n % 31) + 1 };
}

/** Holidays of a year, as day numbers with their names; empty when the calendar does not cover the year. */
function holidaysOfYear(calendars: Table<HolidayCalendar>, year: number): Map<number, string> {
  const entry = valueOn(calendars, `${String(year).padStart(4, '0')}-01-01` as IsoDate);
  const days = new Map<number, string>();
  if (!entry) return days;
  for (const h of entry.value.fixed) days.set(dayNumber({ year, month: h.month, day: h.day }), h.nameKey);
  if (entry.value.easterMonday) {
    const easter = easterSunday(year);
    const monday = dayNumber({ year, ...easter }) + 1;
    // Easter Monday on 25 April (2011) is one holiday, not two.
    if (!days.has(monday)) days.set(monday, 'holiday.easterMonday');
  }
  return days;
}

/**
 * Answers "is this day a national holiday?" for one calendar table, caching
 * each year (a probation crosses at most two or three years).
 */
export class HolidayLookup {
  private readonly years = new Map<number, Map<number, string>>();
  private yearStart = 1;
  private yearEnd = 0;
  private days: Map<number, string> = new Map();

  constructor(readonly calendars: Table<HolidayCalendar>) {}

  /** The holiday's name key on day number `n`, or undefined. */
  nameOn(n: number): string | undefined {
    if (n < this.yearStart || n > this.yearEnd) this.load(n);
    return this.days.get(n);
  }

  /** The Gregorian year of day number `n`. */
  private load(n: number): void {
    let year = Math.floor(n / 365.2425) + 1970;
    if (dayNumber({ year, month: 1, day: 1 }) > n) year -= 1;
    else if (dayNumber({ year: year + 1, month: 1, day: 1 }) <= n) year += 1;
    let days = this.years.get(year);
    if (!days) {
      days = holidaysOfYear(this.calendars, year);
      this.years.set(year, days);
    }
    this.yearStart = dayNumber({ year, month: 1, day: 1 });
    this.yearEnd = dayNumber({ year: year + 1, month: 1, day: 1 }) - 1;
    this.days = days;
  }

  /** Sources of the calendar used for a year (for the explanation). */
  sourcesFor(year: number): readonly SourceId[] {
    return valueOn(this.calendars, `${String(year).padStart(4, '0')}-01-01` as IsoDate)?.sourceIds ?? [];
  }
}

const LOOKUPS = new WeakMap<Table<HolidayCalendar>, HolidayLookup>();

/** One shared lookup per calendar table (the table is immutable data). */
export function holidayLookup(calendars: Table<HolidayCalendar>): HolidayLookup {
  let lookup = LOOKUPS.get(calendars);
  if (!lookup) {
    lookup = new HolidayLookup(calendars);
    LOOKUPS.set(calendars, lookup);
  }
  return lookup;
}
