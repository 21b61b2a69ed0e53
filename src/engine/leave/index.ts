/**
 * Leave (ferie e permessi) calculator, RULES.md §2: twelfths accrued in a
 * period of one calendar year, ferie days, ex-festività and ROL hours with
 * the company-size split and the seniority ramp, part-time pro-rating, the
 * statutory usage deadlines and optional balances.
 */
import { parts } from '../core/dates';
import { inForce } from '../core/rules';
import { Explanation, runSafely, success, type CalcResult } from '../core/result';
import { addRulesetWarnings, warnLongService } from '../core/warnings';
import { explainCcnl, explainStatute, type Accrued } from './explain';
import { explainMonths } from './explainMonths';
import { coverMonths } from './months';
import { addLeaveInfo, addLeaveWarnings, explainBalances, explainDeadlines, type Balances } from './notes';
import type { EngineContext, LeaveDeadlines, LeaveOutputs, LeaveRules } from './types';
import { readLeaveInput, type LeaveInput } from './validate';

export * from './types';
export { coverMonths, monthCounts, shareOn, shareForYears } from './months';
export { readLeaveInput, type LeaveInput } from './validate';

/** Inputs as echoed: CCNLs use no working week (null), and the internal `workingDaysDefaulted` is left out. */
type EchoedInput = Omit<LeaveInput, 'workingDaysDefaulted' | 'workingDaysPerWeek'> & { workingDaysPerWeek: number | null };

/** The inputs as used, spelled out in LeaveInput order (rest/spread copies were slow); the type catches a field left out. */
function echo(input: LeaveInput): EchoedInput {
  return {
    ruleset: input.ruleset,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    schedule: input.schedule,
    companyEmployees: input.companyEmployees,
    hireDate: input.hireDate,
    workingDaysPerWeek: input.ruleset === 'statute' ? input.workingDaysPerWeek : null,
    ferieDaysTaken: input.ferieDaysTaken,
    permitHoursTaken: input.permitHoursTaken,
  };
}

/** Outputs in FORMAT.md order; the permit fields only under a CCNL (C-8). */
function outputsOf(months: number, accrued: Accrued, deadlines: LeaveDeadlines, balances: Balances): LeaveOutputs {
  const { ferieDays, permits } = accrued;
  const { ferieBalance, permitBalance } = balances;
  if (!permits) return { months, ferieDays, deadlines, ferieBalance, permitBalance };
  const { exFestivitaHours, rolHours, permitHours } = permits;
  return { months, ferieDays, exFestivitaHours, rolHours, permitHours, deadlines, ferieBalance, permitBalance };
}

/**
 * Ferie and permits accrued in `periodStart`…`periodEnd`; figures looked up on `periodStart`.
 * @example computeLeave({ ruleset: 'confcommercio-tds', periodStart: '2025-01-01', periodEnd: '2025-12-31', schedule: { kind: 'full-time' }, companyEmployees: 30, hireDate: '2015-01-12' }, rules, ctx)
 *   // outputs: { months: 12, ferieDays: 26, exFestivitaHours: 32, rolHours: 72, permitHours: 104, deadlines: { twoWeeksBy: '2025-12-31', restBy: '2027-06-30' }, … }
 */
export function computeLeave(raw: unknown, rules: LeaveRules, ctx: EngineContext): CalcResult<LeaveOutputs> {
  return runSafely('leave', ctx.rulesVersion, () => {
    const input = readLeaveInput(raw, rules);
    const terms = inForce(rules.terms[input.ruleset], input.periodStart, 'periodStart').value;
    const usage = inForce(rules.usage, input.periodStart, 'periodStart');
    const e = new Explanation();
    const covers = coverMonths(input.periodStart, input.periodEnd, terms.monthRule.value);
    const months = explainMonths(e, covers, terms.monthRule);
    const accrued = terms.kind === 'ccnl' ? explainCcnl(e, input, terms, covers, months) : explainStatute(e, input, terms, months);
    const deadlines = explainDeadlines(e, parts(input.periodStart).year, usage);
    const balances = explainBalances(e, input, accrued);
    addLeaveWarnings(e, input, terms, covers, accrued);
    addLeaveInfo(e, input, terms, usage.value, deadlines);
    warnLongService(e, input.hireDate, input.periodEnd);
    addRulesetWarnings(e, input.ruleset, { terms: { warnings: rules.termWarnings, date: input.periodStart } });
    const outputs = outputsOf(months, accrued, deadlines, balances);
    return success({ calculator: 'leave', ruleset: input.ruleset, outputs, inputs: echo(input), explanation: e, rulesVersion: ctx.rulesVersion });
  });
}
