/** Comporto (sickness job protection) — input, output and rules shapes (RULES-probation-comporto.md §10, FORMAT.md "comporto"). */
import type { IsoDate } from '../core/dates';
import type { Table } from '../core/rules';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';
import type { TermWarnings } from '../core/warnings';

export type AbsenceKind = 'sickness' | 'injury';
export const ABSENCE_KINDS: readonly AbsenceKind[] = ['sickness', 'injury'];

/** One figure of Table 10.3 with its status. */
export interface ComportoFigure {
  value: number;
  status: Status;
  flags?: readonly Flag[];
  sourceIds: readonly SourceId[];
}

/** The comporto figures of one ruleset in force on a date (D-CO-1, D-CO-2, D-CO-7, D-CO-12). */
export interface ComportoTerms {
  /** Calendar days of sickness protected in the window. */
  sicknessDays: ComportoFigure;
  /** Calendar days of injury protected, counted apart. */
  injuryDays: ComportoFigure;
  /** Length of the rolling window ending on the day of the check ("anno solare" read as 365 days). */
  windowDays: ComportoFigure;
  /** Days of unpaid leave that may be requested before the sickness days are exceeded. */
  unpaidLeaveDays: ComportoFigure;
  /** Months of the longest probation (art. 7(1) D.Lgs. 104/2022), for the "still in probation?" hint. */
  probationCeilingMonths: number;
}

export interface ComportoRules {
  /** A ruleset without an entry has no figure (statute: D-CO-11). */
  terms: Partial<Record<RulesetId, Table<ComportoTerms>>>;
  termWarnings?: TermWarnings;
}

/** A merged period as counted, with its days inside the window. */
export interface ComportoPeriod {
  from: IsoDate;
  to: IsoDate;
  kind: AbsenceKind;
  daysInWindow: number;
}

export interface ComportoOutputs {
  windowStart: IsoDate;
  sicknessDaysInWindow: number;
  sicknessDaysLeft: number;
  exceeded: boolean;
  exhaustionDate: IsoDate | null;
  injuryDaysInWindow: number;
  injuryDaysLeft: number;
  injuryExceeded: boolean;
  unpaidLeaveMax: number;
  contractEndsFirst: boolean;
  /** Extras for the screen. */
  windowEnd: IsoDate;
  /** The protected days of the ruleset (sickness, injury). */
  sicknessLimit: number;
  injuryLimit: number;
  /** The last protected day if the sickness continues (`exhaustionDate` − 1): also the day by which to ask for unpaid leave. */
  lastProtectedDay: IsoDate | null;
  /** Recorded sick days that leave the window before `exhaustionDate` (they postpone it). */
  daysLeavingWindow: number;
  /** The merged periods (sickness minus injury days, C-39). */
  periods: ComportoPeriod[];
  /** Periods of the same kind overlapped and were merged. */
  overlapsMerged: boolean;
  /** A day was entered as both sickness and injury (counted as injury). */
  sicknessInjuryOverlap: boolean;
  /** With `hireDate`: the check day may still fall inside a probation (the comporto protects the worker "non in prova"). */
  mayBeInProbation: boolean | null;
}
