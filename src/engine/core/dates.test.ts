import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addYears, anniversary, completedYears, daysBetween, daysInMonth, endOfMonth,
  firstOfNextMonth, inclusiveDays, parseIsoDate, weekday, type IsoDate,
} from './dates';

const d = (text: string) => {
  const parsed = parseIsoDate(text);
  if (!parsed) throw new Error(`bad fixture ${text}`);
  return parsed;
};

describe('parseIsoDate refuses days that do not exist (RULES.md 0.4)', () => {
  it.each(['2023-02-29', '2025-02-29', '2025-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-01', '24-01-01', '2024-01-01T00:00', ' 2024-01-01', ''])(
    'rejects %j',
    (text) => expect(parseIsoDate(text)).toBeNull(),
  );
  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '1987-03-28'])('accepts %s', (text) => expect(parseIsoDate(text)).toBe(text));
  it('rejects 1900-02-29 (1900 is not a leap year) and non-strings', () => {
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate(20240101)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
});

describe('month ends and 29 February', () => {
  it('adding a year to 29 February gives 28 February in a non-leap year (D-NP-3)', () => {
    expect(addYears(d('2020-02-29'), 1)).toBe('2021-02-28');
    expect(anniversary(d('2020-02-29'), 4)).toBe('2024-02-29');
    expect(anniversary(d('2020-02-29'), 5)).toBe('2025-02-28');
  });
  it('adding a month clamps to the shorter month end', () => {
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-03-31'), -1)).toBe('2025-02-28');
  });
  it('knows month lengths and ends', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(endOfMonth(d('2025-04-10'))).toBe('2025-04-30');
    expect(firstOfNextMonth(d('2025-12-31'))).toBe('2026-01-01');
  });
  it('adds days across leap days (RULES 1.6: 30 days from 16 Feb)', () => {
    expect(addDays(d('2025-02-16'), 29)).toBe('2025-03-17');
    expect(addDays(d('2024-02-16'), 29)).toBe('2024-03-16');
  });
});

describe('completed years (RULES.md 0.4)', () => {
  it('reaches n on the n-th anniversary, not the day before', () => {
    expect(completedYears(d('2019-05-20'), d('2024-05-19'))).toBe(4);
    expect(completedYears(d('2019-05-20'), d('2024-05-20'))).toBe(5);
    expect(completedYears(d('2019-05-20'), d('2024-05-21'))).toBe(5);
  });
  it('treats 28 February as the anniversary of 29 February in non-leap years', () => {
    expect(completedYears(d('2020-02-29'), d('2025-02-27'))).toBe(4);
    expect(completedYears(d('2020-02-29'), d('2025-02-28'))).toBe(5);
  });
  it('is 0 on the hire day and before it', () => {
    expect(completedYears(d('2020-01-01'), d('2020-01-01'))).toBe(0);
    expect(completedYears(d('2020-01-01'), d('2019-01-01'))).toBe(0);
  });
});

describe('day counts and weekdays', () => {
  it('counts days between dates across DST changes in any zone', () => {
    expect(daysBetween(d('2025-03-29'), d('2025-03-31'))).toBe(2);
    expect(daysBetween(d('2025-10-25'), d('2025-10-27'))).toBe(2);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(inclusiveDays(d('2025-02-14'), d('2025-02-28'))).toBe(15);
    expect(inclusiveDays(d('2025-02-28'), d('2025-02-14'))).toBe(0);
  });
  it('numbers weekdays from Monday = 1', () => {
    expect(weekday(d('2026-11-23'))).toBe(1);
    expect(weekday(d('2026-11-29'))).toBe(7);
    expect(weekday('2024-02-29' as IsoDate)).toBe(4);
  });
});

describe('integer calendar agrees with an independent oracle (Date.UTC, used only as a test oracle)', () => {
  it('for every day from 1900 to 2100: formatting, weekday and day differences', async () => {
    const { dayNumber } = await import('./dates');
    const start = Date.UTC(1900, 0, 1);
    for (let i = 0; i < 73_049; i += 1) {
      const oracle = new Date(start + i * 86_400_000);
      const iso = oracle.toISOString().slice(0, 10);
      const date = parseIsoDate(iso);
      expect(date).toBe(iso);
      expect(dayNumber({ year: oracle.getUTCFullYear(), month: oracle.getUTCMonth() + 1, day: oracle.getUTCDate() })).toBe(Math.round((oracle.getTime()) / 86_400_000));
      if (i % 97 === 0) {
        expect(weekday(date as IsoDate)).toBe(((oracle.getUTCDay() + 6) % 7) + 1);
        expect(addDays('1900-01-01' as IsoDate, i)).toBe(iso);
      }
    }
  });
});
