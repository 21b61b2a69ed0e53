/** Comporto input validation in the order of C-37 and C-38 (RULES-probation-comporto.md 10.4). */
import { compareDates, type IsoDate } from '../core/dates';
import { checkPeriodDates, checkPeriodOrder, readPeriodTexts, type Period } from '../core/periods';
import { refuse, type RulesetId } from '../core/result';
import { asInput, checkDate, checkRuleset, optionalDateText, readRulesetText, requireDateText } from '../core/validate';
import { ABSENCE_KINDS, type AbsenceKind } from './types';

export interface ComportoInput {
  ruleset: RulesetId;
  asOf: IsoDate;
  hireDate: IsoDate | null;
  contractEndDate: IsoDate | null;
  absences: Period<AbsenceKind>[];
}

/**
 * Reads a comporto input or refuses it with one typed error (C-38: first failure wins). `role` is ignored.
 * @example readComportoInput({ ruleset: 'confcommercio-tds', asOf: '2025-12-31', absences: [] })
 */
export function readComportoInput(raw: unknown): ComportoInput {
  const input = asInput(raw);
  // (1) invalid-value.
  const rulesetText = readRulesetText(input);
  const asOfText = requireDateText(input, 'asOf');
  const hireText = optionalDateText(input, 'hireDate');
  const endText = optionalDateText(input, 'contractEndDate');
  const texts = readPeriodTexts(input, 'absences', ABSENCE_KINDS);
  if (texts === undefined) refuse('invalid-value', 'absences', 'error.required');

  // (2) invalid-date: asOf, hireDate, contractEndDate, then each absence.
  const asOf = checkDate(asOfText, 'asOf');
  const hireDate = hireText === undefined ? null : checkDate(hireText, 'hireDate');
  const contractEndDate = endText === undefined ? null : checkDate(endText, 'contractEndDate');
  const absences = checkPeriodDates(texts);

  // (3) date-order, in the order C-38 lists.
  checkPeriodOrder(absences, null, 'error.absenceBeforeHire');
  if (hireDate !== null) {
    if (compareDates(asOf, hireDate) < 0) refuse('date-order', 'asOf', 'comporto.error.asOfBeforeHire', { asOf, hire: hireDate });
    checkPeriodOrder(absences, hireDate, 'error.absenceBeforeHire');
    if (contractEndDate !== null && compareDates(contractEndDate, hireDate) < 0) {
      refuse('date-order', 'contractEndDate', 'comporto.error.endBeforeHire', { hire: hireDate, end: contractEndDate });
    }
  }
  if (contractEndDate !== null && compareDates(asOf, contractEndDate) > 0) {
    refuse('date-order', 'asOf', 'comporto.error.asOfAfterEnd', { asOf, end: contractEndDate });
  }

  // (4) ruleset.
  const ruleset = checkRuleset(rulesetText);
  return { ruleset, asOf, hireDate, contractEndDate, absences: absences.map(({ from, to, kind }) => ({ from, to, kind })) };
}
