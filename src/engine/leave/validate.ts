/** Leave input validation in the order of RULES.md 2.5 step 1 (D-GEN-4, C-7, C-9). */
import { compareDates, parts, type IsoDate } from '../core/dates';
import { refuse, type RulesetId } from '../core/result';
import {
  ABSURD_LIMIT,
  asInput,
  checkAtLeast,
  checkDate,
  checkInteger,
  checkRuleset,
  optionalDateText,
  optionalNumber,
  readRulesetText,
  requireDateText,
  requireEnum,
  requireNumber,
  type Input,
} from '../core/validate';
import { SCHEDULE_KINDS, type LeaveRules, type Schedule } from './types';

export interface LeaveInput {
  ruleset: RulesetId;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  schedule: Schedule;
  companyEmployees: number | null;
  hireDate: IsoDate | null;
  /** Full-time working week in days (C-5); `workingDaysDefaulted` says whether the default was used. */
  workingDaysPerWeek: number;
  workingDaysDefaulted: boolean;
  ferieDaysTaken: number | null;
  permitHoursTaken: number | null;
}

/** `schedule` with its kind and the number its kind requires (invalid-value when missing or mistyped). */
function readSchedule(input: Input): Schedule {
  const raw = asInput(input.schedule, 'schedule');
  const kind = requireEnum(raw, 'kind', SCHEDULE_KINDS, 'schedule.kind');
  if (kind === 'vertical') return { kind, daysPerWeek: requireNumber(raw, 'daysPerWeek', 'schedule.daysPerWeek') };
  if (kind === 'horizontal') return { kind, percent: requireNumber(raw, 'percent', 'schedule.percent') };
  return { kind };
}

/** C-9 ranges; under `statute` a vertical week may not exceed the full-time week. */
function checkRanges(input: LeaveInput, rules: LeaveRules): void {
  const { schedule } = input;
  if (schedule.kind === 'vertical') checkInteger(schedule.daysPerWeek, 'schedule.daysPerWeek', 1, rules.maxDaysPerWeek);
  if (schedule.kind === 'horizontal' && (schedule.percent <= 0 || schedule.percent > 100)) {
    refuse('out-of-range', 'schedule.percent', 'leave.error.percent');
  }
  if (input.companyEmployees !== null) checkAtLeast(input.companyEmployees, 'companyEmployees', 0, ABSURD_LIMIT);
  if (!input.workingDaysDefaulted) checkInteger(input.workingDaysPerWeek, 'workingDaysPerWeek', 1, rules.maxDaysPerWeek);
  if (input.ferieDaysTaken !== null) checkAtLeast(input.ferieDaysTaken, 'ferieDaysTaken', 0, ABSURD_LIMIT);
  if (input.permitHoursTaken !== null) checkAtLeast(input.permitHoursTaken, 'permitHoursTaken', 0, ABSURD_LIMIT);
  if (input.ruleset === 'statute' && schedule.kind === 'vertical' && schedule.daysPerWeek > input.workingDaysPerWeek) {
    refuse('out-of-range', 'schedule.daysPerWeek', 'leave.error.daysOverWeek', { week: input.workingDaysPerWeek });
  }
}

/** C-7: the end not before the start, no accrual before the hire, one calendar year. */
function checkPeriod(periodStart: IsoDate, periodEnd: IsoDate, hireDate: IsoDate | null): void {
  if (compareDates(periodEnd, periodStart) < 0) refuse('date-order', 'periodEnd', 'leave.error.endBeforeStart');
  if (hireDate !== null && compareDates(hireDate, periodStart) > 0) refuse('date-order', 'hireDate', 'leave.error.hireAfterStart');
  if (parts(periodStart).year !== parts(periodEnd).year) refuse('out-of-range', 'periodEnd', 'leave.error.twoYears');
}

/**
 * Reads a leave input or refuses it with one typed error.
 * @example readLeaveInput({ periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: { kind: 'full-time' } }, rules)
 */
export function readLeaveInput(raw: unknown, rules: LeaveRules): LeaveInput {
  const input = asInput(raw);
  // 1. Required fields, types and lists (invalid-value).
  const rulesetText = readRulesetText(input);
  const startText = requireDateText(input, 'periodStart');
  const endText = requireDateText(input, 'periodEnd');
  const schedule = readSchedule(input);
  const companyEmployees = optionalNumber(input, 'companyEmployees') ?? null;
  const hireText = optionalDateText(input, 'hireDate');
  const workingDays = optionalNumber(input, 'workingDaysPerWeek');
  const ferieDaysTaken = optionalNumber(input, 'ferieDaysTaken') ?? null;
  const permitHoursTaken = optionalNumber(input, 'permitHoursTaken') ?? null;
  // 2. Dates, ruleset, order (C-7), then ranges (C-9).
  const periodStart = checkDate(startText, 'periodStart');
  const periodEnd = checkDate(endText, 'periodEnd');
  const hireDate = hireText === undefined ? null : checkDate(hireText, 'hireDate');
  const ruleset = checkRuleset(rulesetText);
  checkPeriod(periodStart, periodEnd, hireDate);
  const read: LeaveInput = {
    ruleset,
    periodStart,
    periodEnd,
    schedule,
    companyEmployees,
    hireDate,
    workingDaysPerWeek: workingDays ?? rules.defaultWorkingDaysPerWeek,
    workingDaysDefaulted: workingDays === undefined,
    ferieDaysTaken,
    permitHoursTaken,
  };
  checkRanges(read, rules);
  return read;
}
