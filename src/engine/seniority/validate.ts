/** Seniority input validation in the order of RULES.md 3.5 step 1 (D-GEN-4, C-10). */
import { compareDates, type IsoDate } from '../core/dates';
import { refuse, type RulesetId } from '../core/result';
import { checkRole, type RoleCatalogue } from '../core/roles';
import {
  asInput,
  checkDate,
  checkRuleset,
  optionalNumber,
  readRulesetText,
  requireDateText,
  requireString,
} from '../core/validate';

export interface SeniorityInput {
  ruleset: RulesetId;
  /** Null under `statute`, where a role is ignored (C-4). */
  role: string | null;
  hireDate: IsoDate;
  asOf: IsoDate;
  partTimePercent: number | null;
}

/**
 * Reads a seniority input or refuses it with one typed error: types first,
 * then dates, ruleset, role, date order and the part-time range.
 * @example readSeniorityInput({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15' }, roles)
 */
export function readSeniorityInput(raw: unknown, roles: RoleCatalogue): SeniorityInput {
  const input = asInput(raw);
  const rulesetText = readRulesetText(input);
  const hireText = requireDateText(input, 'hireDate');
  const asOfText = requireDateText(input, 'asOf');
  const roleText = rulesetText === 'statute' ? undefined : requireString(input, 'role');
  const partTimePercent = optionalNumber(input, 'partTimePercent');

  const hireDate = checkDate(hireText, 'hireDate');
  const asOf = checkDate(asOfText, 'asOf');
  const ruleset = checkRuleset(rulesetText);
  const role = roleText === undefined ? null : checkRole(roleText, ruleset, roles);
  if (compareDates(asOf, hireDate) < 0) refuse('date-order', 'asOf', 'seniority.error.asOfBeforeHire');
  if (partTimePercent !== undefined && !(partTimePercent > 0 && partTimePercent <= 100)) {
    refuse('out-of-range', 'partTimePercent', 'seniority.error.partTimePercent', { min: 0, max: 100 });
  }
  return { ruleset, role, hireDate, asOf, partTimePercent: partTimePercent ?? null };
}
