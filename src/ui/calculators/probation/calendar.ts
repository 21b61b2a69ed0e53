/**
 * The probation's month-by-month calendar, built from the result's own facts
 * (working week, holidays skipped, absences), so a person can check the count
 * by eye: every day is worked, a holiday, an absence, a rest day, or outside.
 */
import { addDays, weekday, type IsoDate } from '../../../calculators/catalog';

export type DayKind = 'work' | 'holiday' | 'absence' | 'rest' | 'outside';

export interface CalendarDay {
  date: string;
  day: number;
  kind: DayKind;
  last: boolean;
}

export interface CalendarMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Weeks Monday → Sunday; null before the 1st and after the month's last day. */
  weeks: (CalendarDay | null)[][];
}

export interface CalendarFacts {
  hireDate: string;
  endDate: string;
  workingDaysPerWeek: number;
  holidays: readonly { date: string }[];
  absences: readonly { from: string; to: string }[];
}

function kindOf(date: string, facts: CalendarFacts, holidays: ReadonlySet<string>): DayKind {
  if (date < facts.hireDate || date > facts.endDate) return 'outside';
  if (facts.absences.some((a) => a.from <= date && date <= a.to)) return 'absence';
  if (weekday(date as IsoDate) > facts.workingDaysPerWeek) return 'rest';
  return holidays.has(date) ? 'holiday' : 'work';
}

/** The months from the hire to the last day, each as weeks of days. */
export function probationCalendar(facts: CalendarFacts): CalendarMonth[] {
  const holidays = new Set(facts.holidays.map((h) => h.date));
  const months: CalendarMonth[] = [];
  let day = `${facts.hireDate.slice(0, 7)}-01` as IsoDate;
  // A probation spans at most a few months; the bound only guards against a damaged result.
  for (let guard = 0; day.slice(0, 7) <= facts.endDate.slice(0, 7) && guard < 24; guard += 1) {
    const month = day.slice(0, 7);
    const weeks: (CalendarDay | null)[][] = [];
    let week: (CalendarDay | null)[] = Array.from({ length: weekday(day) - 1 }, () => null);
    while (day.slice(0, 7) === month) {
      week.push({ date: day, day: Number(day.slice(8)), kind: kindOf(day, facts, holidays), last: day === facts.endDate });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
      day = addDays(day, 1);
    }
    if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    months.push({ month, weeks });
  }
  return months;
}
