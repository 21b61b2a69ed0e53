/** Probation input validation in the order of C-30 and C-31 (RULES-probation-comporto.md 9.4). */
import { compareDates, type IsoDate } from '../core/dates';
import { checkPeriodDates, checkPeriodOrder, readPeriodTexts, type Period } from '../core/periods';
import { refuse, type RulesetId } from '../core/result';
import { checkRole, type RoleCatalogue } from '../core/roles';
import { asInput, checkDate, checkRuleset, optionalDateText, optionalNumber, readRulesetText, requireDateText, requireString } from '../core/validate';

export interface ProbationInput {
  ruleset: RulesetId;
  role: string | null;
  hireDate: IsoDate;
  contractEndDate: IsoDate | null;
  /** Absent = the ruleset's default (D-PR-14). */
  workingDaysPerWeek: 5 | 6 | null;
  absences: Period[];
}

/**
 * Reads a probation input or refuses it with one typed error (C-31: first failure wins).
 * @example readProbationInput({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2025-03-03' }, roles)
 */
export function readProbationInput(raw: unknown, roles: RoleCatalogue): ProbationInput {
  const input = asInput(raw);
  // (1) invalid-value: types and required fields. Under an unknown ruleset the role is not read (C-31).
  const rulesetText = readRulesetText(input);
  const hireText = requireDateText(input, 'hireDate');
  const endText = optionalDateText(input, 'contractEndDate');
  const ccnl = rulesetText === undefined || rulesetText === 'unimpresa-vvp-2021' || rulesetText === 'confcommercio-tds';
  const roleText = ccnl ? requireString(input, 'role') : undefined;
  const week = optionalNumber(input, 'workingDaysPerWeek');
  const absenceTexts = readPeriodTexts(input, 'absences') ?? [];

  // (2) invalid-date, field by field: hireDate, contractEndDate, then each absence's from and to.
  const hireDate = checkDate(hireText, 'hireDate');
  const contractEndDate = endText === undefined ? null : checkDate(endText, 'contractEndDate');
  const absences = checkPeriodDates(absenceTexts);

  // (3) date-order.
  if (contractEndDate !== null && compareDates(contractEndDate, hireDate) < 0) {
    refuse('date-order', 'contractEndDate', 'probation.error.endBeforeHire', { hire: hireDate, end: contractEndDate });
  }
  checkPeriodOrder(absences, hireDate, 'error.absenceBeforeHire');

  // (4) ruleset, (5) role, (6) range.
  const ruleset = checkRuleset(rulesetText);
  const role = roleText === undefined || ruleset === 'statute' ? null : checkRole(roleText, ruleset, roles);
  if (week !== undefined && week !== 5 && week !== 6) refuse('out-of-range', 'workingDaysPerWeek', 'probation.error.week', { value: week });

  return {
    ruleset,
    role,
    hireDate,
    contractEndDate,
    workingDaysPerWeek: week === undefined ? null : (week as 5 | 6),
    absences: absences.map(({ from, to }) => ({ from, to, kind: undefined })),
  };
}
