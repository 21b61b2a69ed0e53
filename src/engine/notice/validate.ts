/** Notice input validation in the order of RULES.md 1.5 step 1 and C-4. */
import { compareDates, type IsoDate } from '../core/dates';
import { refuse, type RulesetId } from '../core/result';
import { checkRole, type RoleCatalogue } from '../core/roles';
import {
  asInput,
  checkAtLeast,
  checkDate,
  checkInteger,
  checkRuleset,
  optionalBoolean,
  optionalEnum,
  optionalNumber,
  optionalString,
  readRulesetText,
  requireDateText,
  requireEnum,
  requireString,
  ABSURD_LIMIT,
} from '../core/validate';
import { NOTICE_KINDS, type NoticeKind } from './types';

export interface NoticeInput {
  ruleset: RulesetId;
  role: string | null;
  kind: NoticeKind;
  hireDate: IsoDate;
  noticeDate: IsoDate;
  inProbation: boolean;
  justCause: boolean;
  leaveDaysDuringNotice: number;
  monthlyPay: number | null;
  mode: 'forward' | 'reverse';
  targetEndDate: IsoDate | null;
}

/**
 * Reads a notice input or refuses it with one typed error.
 * In reverse mode (`mode: "reverse"`) `targetEndDate` replaces `noticeDate`.
 * @example readNoticeInput({ role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' }, roles)
 */
export function readNoticeInput(raw: unknown, roles: RoleCatalogue): NoticeInput {
  const input = asInput(raw);
  // 1. Required fields, types and lists (invalid-value).
  const rulesetText = readRulesetText(input);
  const mode = optionalEnum(input, 'mode', ['forward', 'reverse'] as const) ?? 'forward';
  const kind = requireEnum(input, 'kind', NOTICE_KINDS);
  const hireText = requireDateText(input, 'hireDate');
  const noticeText = mode === 'forward' ? requireDateText(input, 'noticeDate') : optionalString(input, 'noticeDate');
  const targetText = mode === 'reverse' ? requireDateText(input, 'targetEndDate') : undefined;
  const roleText = rulesetText === 'statute' ? undefined : requireString(input, 'role');
  const inProbation = optionalBoolean(input, 'inProbation');
  const justCause = optionalBoolean(input, 'justCause');
  const leaveDays = optionalNumber(input, 'leaveDaysDuringNotice') ?? 0;
  const monthlyPay = optionalNumber(input, 'monthlyPay');

  // 2. Dates, then their order.
  const hireDate = checkDate(hireText, 'hireDate');
  const targetEndDate = targetText === undefined ? null : checkDate(targetText, 'targetEndDate');
  const noticeDate = noticeText === undefined ? (targetEndDate ?? hireDate) : checkDate(noticeText, 'noticeDate');
  if (compareDates(noticeDate, hireDate) < 0) refuse('date-order', 'noticeDate', 'notice.error.noticeBeforeHire');
  if (targetEndDate && compareDates(targetEndDate, hireDate) < 0) refuse('date-order', 'targetEndDate', 'notice.error.targetBeforeHire');

  // 3. Ruleset and role, then ranges.
  const ruleset = checkRuleset(rulesetText);
  const role = ruleset === 'statute' || roleText === undefined ? null : checkRole(roleText, ruleset, roles);
  checkInteger(leaveDays, 'leaveDaysDuringNotice', 0, 366);
  if (monthlyPay !== undefined) checkAtLeast(monthlyPay, 'monthlyPay', 0, ABSURD_LIMIT);

  return {
    ruleset,
    role,
    kind,
    hireDate,
    noticeDate,
    inProbation,
    justCause,
    leaveDaysDuringNotice: leaveDays,
    monthlyPay: monthlyPay ?? null,
    mode,
    targetEndDate,
  };
}
