/** Leave (ferie e permessi) — input, output and rules shapes (RULES.md §2, FORMAT.md "leave"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { TermWarnings } from '../core/warnings';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';

export type ScheduleKind = 'full-time' | 'vertical' | 'horizontal';
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['full-time', 'vertical', 'horizontal'];

export type Schedule =
  | { kind: 'full-time' }
  | { kind: 'vertical'; daysPerWeek: number }
  | { kind: 'horizontal'; percent: number };

/** A legal figure with its own status, flags and sources (RULES.md 0.2: status per figure, not per ruleset). */
export interface Figure<T> {
  value: T;
  status: Status;
  flags?: readonly Flag[];
  sourceIds: readonly SourceId[];
}

/** When a month touched by the period counts as a twelfth (D-LV-2: ≥ 15 days; other CCNLs: > 15). */
export interface MonthRule {
  minDays: number;
  comparison: 'at-least' | 'more-than';
}

/** ROL share by completed years of service on the 1st of the month (D-LV-4). */
export interface RampStep {
  fromYears: number;
  /** Share of the annual ROL hours, 0–1 (0.5 is exact in decimal arithmetic). */
  share: number;
}

export interface RolFigure {
  /** Companies with at most this many employees get `smallHours` (D-LV-4: ≤ 15). */
  smallMaxEmployees: number;
  smallHours: number;
  largeHours: number;
}

export interface RolRamp {
  /** Hires on or before this day have no ramp (C-6: hire ≤ 2011-02-26). */
  noRampUpTo: IsoDate;
  steps: readonly RampStep[];
}

/** Figures of a CCNL ruleset (D-LV-1, D-LV-3, D-LV-4). */
export interface CcnlLeaveTerms {
  kind: 'ccnl';
  monthRule: Figure<MonthRule>;
  ferieDaysPerYear: Figure<number>;
  /** Days of the CCNL week on which ferie are counted (6: Mon–Sat), the vertical divisor. */
  weekDays: number;
  exFestivitaHoursPerYear: Figure<number>;
  rolHours: Figure<RolFigure>;
  rolRamp: Figure<RolRamp>;
  verticalFactor: Figure<null>;
  horizontalFactor: Figure<null>;
  /** True when every role of the ruleset is an OV, whose ROL entitlement is uncertain (G9). */
  rolOvDoubt: 'always' | 'if-ov';
  /** Not-covered line for the other kinds of leave, naming this contract's own articles (issue 7). */
  otherLeaveKey: string;
}

/** Figures of the statute (D-LV-6, C-5). */
export interface StatuteLeaveTerms {
  kind: 'statute';
  monthRule: Figure<MonthRule>;
  weeksPerYear: Figure<number>;
  verticalFactor: Figure<null>;
  horizontalFactor: Figure<null>;
  otherLeaveKey: string;
}

export type LeaveTerms = CcnlLeaveTerms | StatuteLeaveTerms;

/** Art. 10 D.Lgs. 66/2003: 2 weeks within the year, the rest within N months after it ends. */
export interface UsageTerms {
  inYearWeeks: number;
  restMonthsAfterYear: number;
}

export interface LeaveRules {
  terms: Record<RulesetId, Table<LeaveTerms>>;
  usage: Table<UsageTerms>;
  /** C-5 / C-9 conventions: default working week and longest week (one rest day). */
  defaultWorkingDaysPerWeek: number;
  maxDaysPerWeek: number;
  /** W-1/W-5 by reference date (RULES.md 0.3); absent = no term warning. */
  termWarnings?: TermWarnings;
}

export interface LeaveDeadlines {
  /** 31 December of the accrual year: at least 2 weeks must be taken by then. */
  twoWeeksBy: IsoDate;
  /** Last day of the 18th month after the year ends: the rest must be taken by then. */
  restBy: IsoDate;
}

/**
 * Outputs. Under `statute` the permit fields are absent (C-8); under a CCNL
 * without `companyEmployees`, `rolHours` and `permitHours` are null (D-LV-5).
 */
export interface LeaveOutputs {
  months: number;
  ferieDays: number;
  exFestivitaHours?: number;
  rolHours?: number | null;
  permitHours?: number | null;
  deadlines: LeaveDeadlines;
  /** Accrued − taken; null when `ferieDaysTaken` is absent. May be negative (ferie taken in advance). */
  ferieBalance: number | null;
  /** Accrued − taken; null when `permitHoursTaken` is absent or `permitHours` is null/absent. */
  permitBalance: number | null;
}

export interface EngineContext {
  rulesVersion: string;
}
