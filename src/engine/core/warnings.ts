/**
 * Ruleset warnings of RULES.md 0.3, added at the end of every calculation
 * from the figures the steps actually used.
 */
import { completedYears, type IsoDate } from './dates';
import { valueOn, type Table } from './rules';
import { LONG_SERVICE_YEARS } from './validate';
import type { Explanation, RulesetId } from './result';

/** A ruleset warning that depends on the reference date (W-1, W-5); null = none on that day. */
export type TermWarning = { code: string; key: string } | null;

/** Per ruleset, the term warning in force by date (data in src/rules). */
export type TermWarnings = Partial<Record<RulesetId, Table<TermWarning>>>;

export interface RulesetWarningOptions {
  /**
   * Whether the calculator fills Unimpresa gaps with TDS figures (D-GEN-1).
   * Fixed-term (seed Arts. 21, 23) and monitoring (statute law) do not, so
   * their interpretations are not "borrowed from TDS" and get no W-2.
   */
  borrowsFromTds?: boolean;
  /** W-1/W-5 tables and the result's reference date; absent = no term warning (monitoring: R-10). */
  terms?: { warnings: TermWarnings | undefined; date: IsoDate };
}

/**
 * C-22: warns, without refusing, when the computed service exceeds 50 years
 * ("check the hire date"): a typing slip in the year is the likely cause.
 * @example warnLongService(e, '1900-01-01', '2025-01-01') // e.warnings gains long-service, { years: 125 }
 */
export function warnLongService(explanation: Explanation, hireDate: IsoDate | null, date: IsoDate): void {
  if (hireDate === null || hireDate > date) return;
  const years = completedYears(hireDate, date);
  if (years > LONG_SERVICE_YEARS) explanation.warn('long-service', 'warning.longService', [], { years, max: LONG_SERVICE_YEARS });
}

/**
 * Adds the term warning of the result's own ruleset on its reference date
 * (W-1, W-5), W-2 (inferred TDS figure) and W-4 (disclaimer).
 */
export function addRulesetWarnings(explanation: Explanation, ruleset: RulesetId, options: RulesetWarningOptions = {}): void {
  const warnings = options.terms?.warnings;
  const table = warnings && Object.hasOwn(warnings, ruleset) ? warnings[ruleset] : undefined;
  const term = table && options.terms ? valueOn(table, options.terms.date) : null;
  if (term?.value) explanation.warn(term.value.code, term.value.key, term.sourceIds);
  if (ruleset === 'unimpresa-vvp-2021') {
    const borrowed = (options.borrowsFromTds ?? true) && explanation.steps.some((step) => step.status === 'inferred');
    if (borrowed) explanation.warn('W-2', 'warning.W-2', ['S45', 'S47']);
  }
  explanation.warn('W-4', 'warning.W-4');
}
