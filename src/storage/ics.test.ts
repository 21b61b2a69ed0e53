import { describe, expect, it } from 'vitest';
import { buildCalendar, deadlineUid, escapeText, foldLine, nextDay } from './ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT (3.3.11)', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines longer than 75 octets, continuation lines starting with a space, never inside a UTF-8 character (3.1)', () => {
    const line = `SUMMARY:${'è'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    folded.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });

  it('gives the same UID for the same person, kind and date, and a different one when any changes', () => {
    const base = { subjectId: 'p-1', kind: 'seniority-step', date: '2027-01-10' };
    expect(deadlineUid(base)).toBe(deadlineUid({ ...base }));
    expect(new Set([deadlineUid(base), deadlineUid({ ...base, subjectId: 'p-2' }), deadlineUid({ ...base, kind: 'contract-end' }), deadlineUid({ ...base, date: '2027-01-11' })]).size).toBe(4);
  });

  it('writes all-day events with DATE values and an exclusive end, DTSTAMP in UTC, CRLF everywhere', () => {
    const text = buildCalendar([{ subjectId: 'p-1', kind: 'contract-end', date: '2024-02-28', summary: 'Fine contratto, Maria; reparto B' }], new Date('2026-11-30T09:05:07.123Z'), 'Scadenze');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;VALUE=DATE:20240228');
    expect(lines).toContain('DTEND;VALUE=DATE:20240229');
    expect(lines).toContain('DTSTAMP:20261130T090507Z');
    expect(lines).toContain('SUMMARY:Fine contratto\\, Maria\\; reparto B');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('finds the next day across month, year and 29 February', () => {
    expect([nextDay('2024-02-28'), nextDay('2024-02-29'), nextDay('2023-02-28'), nextDay('2026-12-31')]).toEqual(['2024-02-29', '2024-03-01', '2023-03-01', '2027-01-01']);
  });
});
