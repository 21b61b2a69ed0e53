/**
 * Seniority steps (scatti di anzianità) calculator, RULES.md §3: steps in
 * payment on a date, the next one, the monthly amount and the full schedule.
 */
import { Explanation, runSafely, success, type CalcResult } from '../core/result';
import { addRulesetWarnings, warnLongService } from '../core/warnings';
import {
  amountFor,
  buildSchedule,
  checkCutoff,
  monthlyAmount,
  partTimeAmount,
  payableDates,
  seniorityStart,
  stepsInPayment,
  termsOn,
  termsTable,
} from './compute';
import { explainLimits, explainSteps } from './explain';
import type { SeniorityOutputs, SeniorityRules } from './types';
import { readSeniorityInput } from './validate';

export * from './types';
export { payableDates, seniorityStart, stepsInPayment } from './compute';
export { readSeniorityInput, type SeniorityInput } from './validate';

export interface EngineContext {
  rulesVersion: string;
}

/**
 * Steps in payment on `asOf`, the next step date and the amounts.
 * @example computeSeniority({ ruleset: 'confcommercio-tds', role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15' }, rules, ctx)
 *   // outputs: { count: 3, maxSteps: 10, nextStepDate: '2027-03-01', monthlyAmount: 61.98, … }
 */
export function computeSeniority(raw: unknown, rules: SeniorityRules, ctx: EngineContext): CalcResult<SeniorityOutputs> {
  return runSafely('seniority', ctx.rulesVersion, () => {
    const input = readSeniorityInput(raw, rules.roles);
    const table = termsTable(rules, input);
    const role = input.role as string;
    checkCutoff(rules, input, role);
    const terms = termsOn(table, input.asOf);
    const row = amountFor(terms, role);
    const start = seniorityStart(input.hireDate);
    const payable = payableDates(start, terms.periodYears, terms.maxSteps);
    const count = stepsInPayment(payable, input.asOf);
    const full = monthlyAmount(count, row.amount);
    const outputs: SeniorityOutputs = {
      count,
      maxSteps: terms.maxSteps,
      nextStepDate: payable[count] ?? null,
      monthlyAmount: full,
      amountPerStep: row.amount,
      seniorityStart: start,
      schedule: buildSchedule(payable, input.asOf, row.amount),
      partTimeMonthlyAmount: input.partTimePercent === null ? null : partTimeAmount(count, row.amount, input.partTimePercent),
    };
    const e = new Explanation();
    explainSteps(e, input, terms, row, outputs);
    explainLimits(e, input, row);
    warnLongService(e, input.hireDate, input.asOf);
    addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.asOf } });
    return success({ calculator: 'seniority', ruleset: input.ruleset, outputs, inputs: { ...input }, explanation: e, rulesVersion: ctx.rulesVersion });
  });
}
