/**
 * The comporto window as segments on one line, from the window's first day to
 * the exhaustion date (or the day of the check when already exceeded): the
 * sick days that count, those that will leave the window before the
 * exhaustion date, injury apart, and the days of continued sickness assumed.
 */
export type SegmentKind = 'sick' | 'leaving' | 'injury' | 'future';

export interface Segment {
  kind: SegmentKind;
  /** Offsets in days from the window's first day, both included. */
  from: number;
  to: number;
}

export interface TimelineFacts {
  windowStart: string;
  windowEnd: string;
  exhaustionDate: string | null;
  periods: readonly { from: string; to: string; kind: string }[];
}

const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export function timeline(facts: TimelineFacts): { length: number; asOf: number; segments: Segment[] } {
  const start = dayOf(facts.windowStart);
  const asOf = dayOf(facts.windowEnd) - start;
  const end = facts.exhaustionDate ? dayOf(facts.exhaustionDate) - start : asOf;
  // Days [0, k − 1] of the window leave it before the exhaustion date, k = exhaustion − asOf (D-CO-6).
  const leavingUntil = facts.exhaustionDate ? end - asOf - 1 : -1;
  const segments: Segment[] = [];
  for (const p of facts.periods) {
    const from = Math.max(0, dayOf(p.from) - start);
    const to = Math.min(asOf, dayOf(p.to) - start);
    if (to < from) continue;
    if (p.kind === 'injury') {
      segments.push({ kind: 'injury', from, to });
      continue;
    }
    if (from <= leavingUntil) segments.push({ kind: 'leaving', from, to: Math.min(to, leavingUntil) });
    if (to > leavingUntil) segments.push({ kind: 'sick', from: Math.max(from, leavingUntil + 1), to });
  }
  if (end > asOf) segments.push({ kind: 'future', from: asOf + 1, to: end });
  return { length: end + 1, asOf, segments };
}
