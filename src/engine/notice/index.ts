/**
 * Notice (preavviso) calculator, RULES.md §1: forward mode (how long, from
 * when, until when) and reverse mode (to leave by a date, by when must the
 * notice be received).
 */
import { addDays, anniversary, completedYears, type IsoDate } from '../core/dates';
import { Explanation, runSafely, success, type CalcResult, type Step } from '../core/result';
import { addRulesetWarnings, warnLongService } from '../core/warnings';
import { findRow, indemnityInLieu, noticePeriod, termsFor, type NoticePeriod } from './compute';
import { explainStartDays, findLatestNoticeDate } from './reverse';
import type { NoticeDeadlineOutputs, NoticeOutputs, NoticeRules, NoticeTerms } from './types';
import { readNoticeInput, type NoticeInput } from './validate';

export * from './types';
export { bandOn, noticeStart } from './compute';

export interface EngineContext {
  rulesVersion: string;
}

function echo(input: NoticeInput): Record<string, unknown> {
  return { ...input };
}

function explainPeriod(e: Explanation, input: NoticeInput, terms: NoticeTerms, period: NoticePeriod, role: string): void {
  const row = findRow(terms, role, input.kind);
  const [five, ten] = terms.bandLimitYears;
  e.step({
    label: { key: 'notice.step.serviceYears' },
    value: period.serviceYears,
    detail: { key: 'notice.detail.serviceYears', params: { hire: input.hireDate, notice: input.noticeDate } },
    sourceIds: ['S49'],
    status: 'inferred',
  });
  e.step({
    label: { key: 'notice.step.band' },
    value: period.band,
    detail: {
      key: `notice.detail.band${period.band}`,
      params: { first: five, second: ten, firstDate: anniversary(input.hireDate, five), secondDate: anniversary(input.hireDate, ten) },
    },
    sourceIds: ['S49'],
    status: 'inferred',
  });
  e.step({
    label: { key: 'notice.step.days' },
    value: period.days,
    detail: { key: 'notice.detail.days', params: { role, kind: input.kind, band1: row.days[0], band2: row.days[1], band3: row.days[2] } },
    sourceIds: row.sourceIds,
    status: row.status,
    ...(row.flags ? { flags: row.flags } : {}),
  });
  e.step({
    label: { key: 'notice.step.start' },
    value: period.startDate,
    detail: { key: 'notice.detail.start', params: { notice: input.noticeDate, days: terms.startDays.join(', ') } },
    sourceIds: terms.startRuleSources,
    status: terms.startRuleStatus,
  });
  if (input.leaveDaysDuringNotice > 0) {
    e.step({
      label: { key: 'notice.step.leave' },
      value: input.leaveDaysDuringNotice,
      detail: { key: 'notice.detail.leave', params: { days: input.leaveDaysDuringNotice } },
      sourceIds: ['S04', 'S58'],
      status: 'cited-source',
    });
  }
  e.step({
    label: { key: 'notice.step.end' },
    value: period.endDate,
    detail: { key: 'notice.detail.end', params: { start: period.startDate, days: period.days, leave: input.leaveDaysDuringNotice } },
    sourceIds: ['S56'],
    status: 'cited-source',
    flags: ['practice'],
  });
  e.step({
    label: { key: 'notice.step.effectiveDate' },
    value: addDays(period.endDate, 1),
    detail: { key: 'notice.detail.effectiveDate' },
    // The online resignation procedure (art. 26 D.Lgs. 151/2015) bears only on a resignation.
    sourceIds: input.kind === 'resignation' ? ['S57', 'S19'] : ['S57'],
    status: 'cited-source',
  } satisfies Step);
}

function addNoticeInfo(e: Explanation, input: NoticeInput): void {
  if (input.kind === 'dismissal') e.note('notice.info.sicknessDismissal');
  else e.note('notice.info.sicknessResignation');
  e.note('notice.info.indemnity');
  if (input.kind === 'resignation') e.note('notice.info.waiver');
  e.note('notice.info.countsAsService');
}

/** Probation or just cause: no notice (D-NP-7, C-3), for every ruleset. */
function noNoticeResult(input: NoticeInput, rules: NoticeRules, ctx: EngineContext) {
  const e = new Explanation();
  const serviceYears = completedYears(input.hireDate, input.noticeDate);
  e.step({
    label: { key: input.justCause ? 'notice.step.justCause' : 'notice.step.probation' },
    value: false,
    detail: { key: input.justCause ? 'notice.detail.justCause' : 'notice.detail.probation' },
    sourceIds: input.justCause ? ['S02'] : ['S03'],
    status: 'inferred',
    flags: ['statute-text-not-checked'],
  });
  if (input.justCause && input.kind === 'resignation') e.note('notice.info.justCauseResignation');
  warnLongService(e, input.hireDate, input.noticeDate);
  addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.noticeDate } });
  const outputs: NoticeOutputs = {
    required: false, days: 0, serviceYears, startDate: null, endDate: null, effectiveDate: null, band: null, indemnity: null,
  };
  return success({ calculator: 'notice', ruleset: input.ruleset, outputs, inputs: echo(input), explanation: e, rulesVersion: ctx.rulesVersion });
}

/**
 * Forward mode: whether notice is owed, its length and dates.
 * @example computeNotice({ ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' }, rules, ctx)
 *   // outputs: { required: true, days: 45, serviceYears: 7, startDate: '2024-03-16', endDate: '2024-04-29', … }
 */
export function computeNotice(raw: unknown, rules: NoticeRules, ctx: EngineContext): CalcResult<NoticeOutputs> {
  return runSafely('notice', ctx.rulesVersion, () => {
    const input = readNoticeInput(raw, rules.roles);
    if (input.inProbation || input.justCause) return noNoticeResult(input, rules, ctx);
    const terms = termsFor(input, rules, input.noticeDate);
    const role = input.role as string;
    const period = noticePeriod(input, terms, input.noticeDate, role);
    const e = new Explanation();
    explainPeriod(e, input, terms, period, role);
    const indemnity = input.monthlyPay === null ? null : indemnityInLieu(input.monthlyPay, period, terms, e);
    addNoticeInfo(e, input);
    warnLongService(e, input.hireDate, input.noticeDate);
  addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.noticeDate } });
    const outputs: NoticeOutputs = {
      required: true,
      days: period.days,
      serviceYears: period.serviceYears,
      startDate: period.startDate,
      endDate: period.endDate,
      effectiveDate: addDays(period.endDate, 1),
      band: period.band,
      indemnity,
    };
    return success({ calculator: 'notice', ruleset: input.ruleset, outputs, inputs: echo(input), explanation: e, rulesVersion: ctx.rulesVersion });
  });
}

/**
 * Reverse mode: the latest day the notice may be received so that the last
 * day of employment is on or before `targetEndDate`.
 * @example computeNoticeDeadline({ mode: 'reverse', role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', targetEndDate: '2024-04-14' }, rules, ctx)
 *   // outputs.latestNoticeDate: '2024-03-15'
 */
export function computeNoticeDeadline(raw: unknown, rules: NoticeRules, ctx: EngineContext): CalcResult<NoticeDeadlineOutputs> {
  return runSafely('notice', ctx.rulesVersion, () => {
    const input = readNoticeInput({ ...(raw as object), mode: 'reverse' }, rules.roles);
    const target = input.targetEndDate as IsoDate;
    const role = input.role as string;
    const found = findLatestNoticeDate(input, rules, target, role);
    const e = new Explanation();
    e.step({
      label: { key: 'notice.step.latestNoticeDate' },
      value: found.noticeDate,
      detail: { key: 'notice.detail.latestNoticeDate', params: { target, notice: found.noticeDate } },
      sourceIds: found.terms.startRuleSources,
      status: found.terms.startRuleStatus,
    });
    explainStartDays(e, found, target);
    explainPeriod(e, { ...input, noticeDate: found.noticeDate }, found.terms, found.period, role);
    addNoticeInfo(e, input);
    warnLongService(e, input.hireDate, found.noticeDate);
    addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: found.noticeDate } });
    const outputs: NoticeDeadlineOutputs = {
      latestNoticeDate: found.noticeDate,
      days: found.period.days,
      serviceYears: found.period.serviceYears,
      startDate: found.period.startDate,
      endDate: found.period.endDate,
      effectiveDate: addDays(found.period.endDate, 1),
      band: found.period.band,
    };
    return success({ calculator: 'notice', ruleset: input.ruleset, outputs, inputs: echo(input), explanation: e, rulesVersion: ctx.rulesVersion });
  });
}
