/** The "Why?" lines, warnings and information of a seniority result (RULES.md 3.8, 3.9). */
import type { IsoDate } from '../core/dates';
import type { Explanation, MessageParam, Step } from '../core/result';
import type { AmountRow, RuleFigure, SeniorityOutputs, SeniorityTerms } from './types';
import type { SeniorityInput } from './validate';

/** A step applying a figure, carrying the figure's status, flags and sources (D-GEN-3). */
function figureStep(key: string, value: MessageParam, detailKey: string, params: Record<string, MessageParam>, figure: RuleFigure): Step {
  return {
    label: { key },
    value,
    detail: { key: detailKey, params },
    sourceIds: figure.sourceIds,
    status: figure.status,
    ...(figure.flags ? { flags: figure.flags } : {}),
  };
}

function lastPaid(outputs: SeniorityOutputs): IsoDate | null {
  return outputs.schedule.filter((s) => s.paid).at(-1)?.payableFrom ?? null;
}

/**
 * Steps for start, period, count, next date and amounts, in the order of RULES.md 3.5.
 * @example explainSteps(e, input, terms, row, outputs) // e.steps: start, period, count, next, amountPerStep, monthlyAmount[, partTime]
 */
export function explainSteps(e: Explanation, input: SeniorityInput, terms: SeniorityTerms, row: AmountRow, out: SeniorityOutputs): void {
  const onFirst = input.hireDate === out.seniorityStart;
  e.step(figureStep('seniority.step.start', out.seniorityStart, onFirst ? 'seniority.detail.startOnFirst' : 'seniority.detail.startNextMonth',
    { hire: input.hireDate, start: out.seniorityStart }, terms.startRule));
  e.step(figureStep('seniority.step.period', terms.periodYears, 'seniority.detail.period',
    { years: terms.periodYears, max: terms.maxSteps }, terms.stepRule));
  const last = lastPaid(out);
  e.step(figureStep('seniority.step.count', out.count, last === null ? 'seniority.detail.countNone' : 'seniority.detail.count',
    { asOf: input.asOf, count: out.count, last, max: terms.maxSteps }, terms.stepRule));
  e.step(figureStep('seniority.step.next', out.nextStepDate, out.nextStepDate === null ? 'seniority.detail.nextMax' : 'seniority.detail.next',
    { next: out.nextStepDate, n: out.count + 1, max: terms.maxSteps }, terms.startRule));
  e.step(figureStep('seniority.step.amountPerStep', row.amount, 'seniority.detail.amountPerStep', { role: input.role, amount: row.amount }, row));
  e.step(figureStep('seniority.step.monthlyAmount', out.monthlyAmount, 'seniority.detail.monthlyAmount',
    { count: out.count, amount: row.amount, total: out.monthlyAmount }, row));
  if (input.partTimePercent !== null) {
    e.step(figureStep('seniority.step.partTime', out.partTimeMonthlyAmount, 'seniority.detail.partTime',
      { total: out.monthlyAmount, percent: input.partTimePercent, result: out.partTimeMonthlyAmount }, terms.partTimeRule));
  }
}

/**
 * Calculator warnings (G1, G4), information lines and the parts left out (RULES.md 3.8, 3.9).
 * @example explainLimits(e, unimpresaInput, ov1Row) // warnings SC-G4, SC-G1
 */
export function explainLimits(e: Explanation, input: SeniorityInput, row: AmountRow): void {
  if (row.flags?.includes('verify')) e.warn('SC-G4', 'seniority.warning.verifyAmount', row.sourceIds);
  if (input.ruleset === 'unimpresa-vvp-2021') e.warn('SC-G1', 'seniority.warning.unimpresaTraining', ['S45']);
  e.note('seniority.info.amountsUnchanged');
  e.note('seniority.info.notHandled');
  if (input.partTimePercent === null) e.note('seniority.info.fullTime');
  e.uncovered('seniority.notCovered.promotion');
  e.uncovered('seniority.notCovered.suspensions');
  e.uncovered('seniority.notCovered.partTimeHistory');
  e.uncovered('seniority.notCovered.competenza');
  e.uncovered('seniority.notCovered.arrears');
}
