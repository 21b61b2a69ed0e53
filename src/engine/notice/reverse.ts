/** Reverse notice mode: the latest receipt date that ends employment by a target day. */
import { addDays, addMonths, anniversary, minDate, parts, withDay, type IsoDate } from '../core/dates';
import { refuse, type Explanation } from '../core/result';
import { noticePeriod, termsFor, type NoticePeriod } from './compute';
import type { NoticeTerms, NoticeRules } from './types';
import type { NoticeInput } from './validate';

/** Allowed start days (1st, 16th…) on or before `date`, latest first, going back `count` of them. */
function startsOnOrBefore(date: IsoDate, startDays: readonly number[], count: number): IsoDate[] {
  const sorted = [...startDays].sort((a, b) => b - a);
  const result: IsoDate[] = [];
  let month = withDay(date, 1);
  while (result.length < count) {
    for (const day of sorted) {
      const candidate = withDay(month, day);
      if (candidate <= date && result.length < count) result.push(candidate);
    }
    month = addMonths(month, -1);
  }
  return result;
}

export interface LatestNotice {
  noticeDate: IsoDate;
  terms: NoticeTerms;
  period: NoticePeriod;
}

/**
 * Tries each possible start from the latest backwards; within the receipt
 * window of a start it tries its last day, then the last day of each service
 * band, since a shorter band can make a later receipt still fit.
 */
export function findLatestNoticeDate(input: NoticeInput, rules: NoticeRules, target: IsoDate, role: string): LatestNotice {
  const lookBack = 60;
  // A notice received inside the window may end after it: take the start days of the latest terms not after the target.
  const entries = rules.terms[input.ruleset]?.entries.filter((entry) => entry.validFrom <= target) ?? [];
  const latest = entries[entries.length - 1];
  if (!latest) termsFor(input, rules, target);
  const reference = { startDays: (latest?.value as NoticeTerms).startDays, lastDay: minDate(target, latest?.validTo ?? target) };
  const starts = startsOnOrBefore(target, reference.startDays, lookBack);
  for (let i = 0; i < starts.length - 1; i += 1) {
    const start = starts[i] as IsoDate;
    const windowFirst = starts[i + 1] as IsoDate;
    const windowLast = addDays(start, -1);
    const terms = termsFor(input, rules, minDate(windowLast, reference.lastDay));
    const bandEnds = terms.bandLimitYears.map((years) => anniversary(input.hireDate, years));
    const candidates = [windowLast, ...bandEnds.filter((d) => d >= windowFirst && d < windowLast).sort().reverse()];
    for (const noticeDate of candidates) {
      if (noticeDate < input.hireDate) return refuse('date-order', 'targetEndDate', 'notice.error.targetTooSoon');
      if (noticeDate > reference.lastDay) continue;
      const candidateTerms = termsFor(input, rules, noticeDate);
      const period = noticePeriod(input, candidateTerms, noticeDate, role);
      if (period.endDate <= target) return { noticeDate, terms: candidateTerms, period };
    }
  }
  const { year } = parts(target);
  return refuse('out-of-range', 'leaveDaysDuringNotice', 'notice.error.noDeadline', { year });
}

/**
 * Why the last day found may come before the day asked for: notice runs only
 * from the CCNL's start days (the 1st or the 16th, RULES.md 1.3).
 * @example explainStartDays(e, found, '2025-09-30') // step 'notice.step.startDays' with detail '….earlier'
 */
export function explainStartDays(e: Explanation, found: LatestNotice, target: IsoDate): void {
  const exact = found.period.endDate === target;
  e.step({
    label: { key: 'notice.step.startDays' },
    detail: {
      key: exact ? 'notice.detail.startDays.exact' : 'notice.detail.startDays.earlier',
      params: { days: found.terms.startDays.join(', '), target, start: found.period.startDate, end: found.period.endDate, length: found.period.days },
    },
    sourceIds: found.terms.startRuleSources,
    status: found.terms.startRuleStatus,
  });
}
