/**
 * iCalendar (RFC 5545) for deadlines: one all-day event per deadline, CRLF
 * line ends (3.1), lines folded at 75 octets (3.1), TEXT escaping (3.3.11),
 * DATE values (3.3.4) with an exclusive DTEND, and a UID derived from the
 * person or unit, the kind and the date, so importing a new export updates
 * the events instead of duplicating them.
 */

export interface Deadline {
  /** Id of the person or unit the deadline belongs to. */
  subjectId: string;
  /** What falls due: `seniority-step`, `contract-end`… */
  kind: string;
  /** Civil date `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 3.1: at most 75 octets a line; a continuation starts with one space. Never splits a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/** The day after a civil date, in UTC arithmetic (no time zone can shift it). */
export function nextDay(iso: string): string {
  const next = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + 1));
  return next.toISOString().slice(0, 10);
}

export function deadlineUid(deadline: Pick<Deadline, 'subjectId' | 'kind' | 'date'>): string {
  return `${deadline.subjectId}-${deadline.kind}-${compactDate(deadline.date)}@contratto-in-tasca`;
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function buildCalendar(deadlines: readonly Deadline[], now: Date, calendarName: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Contratto in tasca//Scadenze//IT', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escapeText(calendarName)}`];
  const stamp = utcStamp(now);
  for (const deadline of deadlines) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${deadlineUid(deadline)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(deadline.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(deadline.date))}`,
      `SUMMARY:${escapeText(deadline.summary)}`,
      ...(deadline.description ? [`DESCRIPTION:${escapeText(deadline.description)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
