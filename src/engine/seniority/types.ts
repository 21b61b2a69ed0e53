/** Seniority steps (scatti di anzianità) — input, output and rules shapes (RULES.md §3, FORMAT.md "seniority"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { TermWarnings } from '../core/warnings';
import type { RoleCatalogue } from '../core/roles';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';

/** Status, flags and sources of a rule that is not a number (period, month convention, pro rata). */
export interface RuleFigure {
  status: Status;
  flags?: readonly Flag[];
  sourceIds: readonly SourceId[];
}

/** Euros per month for each step, for some roles (RULES.md 3.3, D-SC-3). */
export interface AmountRow extends RuleFigure {
  roles: readonly string[];
  amount: number;
}

/** The CCNL figures of one ruleset in force on `asOf`. */
export interface SeniorityTerms {
  /** Years of service per step (D-SC-1: 3). */
  periodYears: number;
  /** Maximum number of steps (D-SC-1: 10). */
  maxSteps: number;
  /** Period and maximum (D-SC-1). */
  stepRule: RuleFigure;
  /** Start from the month of hire only when hired on the 1st (D-SC-2). */
  startRule: RuleFigure;
  amounts: readonly AmountRow[];
  /** Pro rata of the amount for part-timers (optional `partTimePercent`). */
  partTimeRule: RuleFigure;
}

/**
 * D-SC-5: roles hired before `hiredFrom` count seniority from a conventional
 * date the calculator does not model, so they get `not-covered`.
 */
export interface HireCutoff extends RuleFigure {
  roles: readonly string[];
  /** First hiring date that is covered (the cut-off day itself is covered). */
  hiredFrom: IsoDate;
}

export interface SeniorityRules {
  roles: RoleCatalogue;
  /** CCNL terms per ruleset; a ruleset without an entry has no steps (statute: D-SC-4). */
  terms: Partial<Record<RulesetId, Table<SeniorityTerms>>>;
  cutoffs: Partial<Record<RulesetId, readonly HireCutoff[]>>;
  /** W-1/W-5 by reference date (RULES.md 0.3); absent = no term warning. */
  termWarnings?: TermWarnings;
}

/** One step of the full schedule. */
export interface ScheduleEntry {
  n: number;
  /** First day the step is in the payslip. */
  payableFrom: IsoDate;
  /** Monthly amount (full-time) of steps 1…n together. */
  cumulativeMonthlyAmount: number;
  /** True when `payableFrom` ≤ `asOf`. */
  paid: boolean;
}

export interface SeniorityOutputs {
  /** Steps in payment on `asOf`. */
  count: number;
  maxSteps: number;
  /** Date the next step is paid from; null at the maximum. */
  nextStepDate: IsoDate | null;
  /** Full-time euros per month for the steps in payment (C-10). */
  monthlyAmount: number;
  amountPerStep: number;
  /** Day seniority starts counting (D-SC-2). */
  seniorityStart: IsoDate;
  schedule: ScheduleEntry[];
  /** `monthlyAmount` pro rata for `partTimePercent`; null when not given. */
  partTimeMonthlyAmount: number | null;
}
