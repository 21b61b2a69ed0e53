/** Probation (periodo di prova) — input, output and rules shapes (RULES-probation-comporto.md §9, FORMAT.md "probation"). */
import type { IsoDate } from '../core/dates';
import type { HolidayCalendar } from '../core/holidays';
import type { RoleCatalogue } from '../core/roles';
import type { Table } from '../core/rules';
import type { Flag, RulesetId, SourceId, Status } from '../core/result';
import type { TermWarnings } from '../core/warnings';

export type ProbationUnit = 'calendar-months' | 'work-days';

/** One row of Table 9-A: the maximum probation for some roles. */
export interface ProbationRow {
  roles: readonly string[];
  unit: ProbationUnit;
  length: number;
  status: Status;
  flags?: readonly Flag[];
  sourceIds: readonly SourceId[];
}

/** Table 9-C: the statutory figure for fixed-term contracts (art. 7(2) D.Lgs. 104/2022 as replaced by L. 203/2024). */
export interface StatutoryProbation {
  /** One day of actual work per this many calendar days of contract. */
  ratioDays: number;
  minimum: number;
  /** Cap for contracts of up to `shortContractMonths` months. */
  capShort: number;
  shortContractMonths: number;
  /** Cap for contracts of more than `shortContractMonths` and less than `longContractMonths` months. */
  capMedium: number;
  longContractMonths: number;
  status: Status;
  flags: readonly Flag[];
  sourceIds: readonly SourceId[];
  /** Sources of the 12-months-or-more readings (Ministry v. consultant, `contested`). */
  longContractSourceIds: readonly SourceId[];
}

export interface ProbationRules {
  roles: RoleCatalogue;
  /** Table 9-A per ruleset; the statute has none (D-PR-3). */
  ccnl: Partial<Record<RulesetId, Table<readonly ProbationRow[]>>>;
  /** Table 9-C, in force by hire date (from 12.1.2025). */
  fixedTerm: Table<StatutoryProbation>;
  /** Table 9-D. */
  holidays: Table<HolidayCalendar>;
  /** D-PR-14: the working week assumed when none is given. */
  defaultWorkingDays: Readonly<Record<RulesetId, 5 | 6>>;
  /** Art. 7(1) D.Lgs. 104/2022: the six-month ceiling shown when the law alone sets no length. */
  ceilingMonths: number;
  termWarnings?: TermWarnings;
}

export interface ProbationAlternative {
  unit: ProbationUnit;
  length: number;
  endDate: IsoDate;
}

/** A merged absence inside the probation and the calendar days it suspended. */
export interface ProbationAbsence {
  from: IsoDate;
  to: IsoDate;
  /** Calendar days of this absence from the hire to the end of probation. */
  daysInside: number;
}

export interface ProbationHoliday {
  date: IsoDate;
  nameKey: string;
}

export interface ProbationOutputs {
  unit: ProbationUnit;
  length: number;
  endDate: IsoDate;
  workDaysCounted: number;
  suspendedDays: number;
  applied: 'ccnl' | 'statute';
  statutoryLength: number | null;
  statutoryCap: number | null;
  contractDays: number | null;
  alternative: ProbationAlternative | null;
  cappedAtContractEnd: boolean;
  /** Extras for the screen: the week used, the holidays on working weekdays skipped, the absences that moved the end. */
  workingDaysPerWeek: 5 | 6;
  holidays: ProbationHoliday[];
  absences: ProbationAbsence[];
}
