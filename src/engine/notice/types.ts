/** Notice (preavviso) — input, output and rules shapes (RULES.md §1, FORMAT.md "notice"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { TermWarnings } from '../core/warnings';
import type { RoleCatalogue } from '../core/roles';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';

export type NoticeKind = 'dismissal' | 'resignation';
export const NOTICE_KINDS: readonly NoticeKind[] = ['dismissal', 'resignation'];

/** One row of Table 1-A: calendar days per service band for some roles and one kind. */
export interface NoticeRow {
  roles: readonly string[];
  kind: NoticeKind;
  /** Days in band 1, 2, 3. */
  days: readonly [number, number, number];
  status: Status;
  flags?: readonly Flag[];
  sourceIds: readonly SourceId[];
}

/** The CCNL figures of one ruleset in force on a date. */
export interface NoticeTerms {
  rows: readonly NoticeRow[];
  /** Completed years closing band 1 and band 2 ("fino a 5 anni compiuti", "fino a 10"): D-NP-2. */
  bandLimitYears: readonly [number, number];
  /** Days of the month from which notice may run (TDS: the 1st and the 16th; D-NP-5). */
  startDays: readonly number[];
  startRuleStatus: Status;
  startRuleSources: readonly SourceId[];
  /** Divisor of the monthly pay giving the daily pay for the indemnity in lieu (TDS: 26). */
  dailyPayDivisor: number;
  /** Working days in the week the divisor assumes (26 ≈ a 6-day week). */
  payWeekDays: number;
  /** Extra monthly payments a year (13th, 14th) whose accrual the indemnity includes. */
  extraMonthlyPayments: number;
  payStatus: Status;
  paySources: readonly SourceId[];
}

export interface NoticeRules {
  roles: RoleCatalogue;
  /** CCNL terms per ruleset; a ruleset without an entry has no length (statute: D-NP-8). */
  terms: Partial<Record<RulesetId, Table<NoticeTerms>>>;
  /** W-1/W-5 by reference date (RULES.md 0.3); absent = no term warning. */
  termWarnings?: TermWarnings;
}

export interface NoticeOutputs {
  required: boolean;
  days: number;
  serviceYears: number;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** "Data di decorrenza" for the online resignation: the day after the last working day (S57). */
  effectiveDate: IsoDate | null;
  band: 1 | 2 | 3 | null;
  /** Indemnity in lieu of notice, when `monthlyPay` was given. */
  indemnity: number | null;
}

export interface NoticeDeadlineOutputs {
  /** Latest day the notice may be received so that employment ends by `targetEndDate`. */
  latestNoticeDate: IsoDate;
  days: number;
  serviceYears: number;
  startDate: IsoDate;
  endDate: IsoDate;
  effectiveDate: IsoDate;
  band: 1 | 2 | 3;
}
