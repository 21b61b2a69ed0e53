/**
 * The one place where engine meets rules (ARCHITECTURE.md). The UI, storage
 * and the case-file runner call only this module.
 */
import { parseIsoDate, type IsoDate } from './engine/core/dates';
import { Refusal, refuse, runSafely, type CalcResult, type CalculatorId } from './engine/core/result';
import { checkDate } from './engine/core/validate';
import { computeNotice, computeNoticeDeadline } from './engine/notice';
import { NOTICE_RULES } from './rules/notice';
import { computeSeniority } from './engine/seniority';
import { SENIORITY_RULES } from './rules/seniority';
import { computeFixedTerm } from './engine/fixed-term';
import { FIXED_TERM_RULES } from './rules/fixed-term';
import { computeLeave } from './engine/leave';
import { LEAVE_RULES } from './rules/leave';
import { computeMonitoring } from './engine/monitoring';
import { MONITORING_RULES } from './rules/monitoring';
import { computeProbation } from './engine/probation';
import { PROBATION_RULES } from './rules/probation';
import { computeComporto } from './engine/comporto';
import { COMPORTO_RULES } from './rules/comporto';
import { RULES_VERSION } from './rules/version';

export interface CalculateOptions {
  /** Reference day for calculators whose input has no date (fixed-term, monitoring); defaults to the device's today. */
  today?: IsoDate;
}

type Engine = (input: unknown, context: { rulesVersion: string; today: IsoDate }) => CalcResult;

/** The notice `mode`, read where a throwing getter or Proxy cannot escape (the engine then refuses the input itself). */
function noticeMode(input: unknown): unknown {
  try {
    return typeof input === 'object' && input !== null ? (input as { mode?: unknown }).mode : undefined;
  } catch {
    return undefined;
  }
}

const ENGINES: Partial<Record<CalculatorId, Engine>> = {
  leave: (input, ctx) => computeLeave(input, LEAVE_RULES, ctx),
  monitoring: (input, ctx) => computeMonitoring(input, MONITORING_RULES, ctx),
  'fixed-term': (input, ctx) => computeFixedTerm(input, FIXED_TERM_RULES, ctx),
  seniority: (input, ctx) => computeSeniority(input, SENIORITY_RULES, ctx),
  probation: (input, ctx) => computeProbation(input, PROBATION_RULES, ctx),
  comporto: (input, ctx) => computeComporto(input, COMPORTO_RULES, ctx),
  notice: (input, ctx) => (noticeMode(input) === 'reverse' ? computeNoticeDeadline(input, NOTICE_RULES, ctx) : computeNotice(input, NOTICE_RULES, ctx)),
};

/** Today's civil date on this device (the only place a clock is read). */
export function todayOnDevice(): IsoDate {
  const now = new Date();
  const text = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return parseIsoDate(text) as IsoDate;
}

/** True when the calculator has an engine. */
export function isAvailable(calculator: CalculatorId): boolean {
  return calculator in ENGINES;
}

/**
 * Runs a calculator on any input. Total: returns a result or a typed error, never throws.
 * @example calculate('notice', { ruleset: 'confcommercio-tds', role: 'IV', kind: 'resignation', hireDate: '2022-01-01', noticeDate: '2025-01-15' })
 */
export function calculate(calculator: CalculatorId, input: unknown, options: CalculateOptions = {}): CalcResult {
  const engine = Object.hasOwn(ENGINES, calculator) ? ENGINES[calculator] : undefined;
  if (!engine) {
    return { ok: false, calculator, error: { code: 'not-covered', message: { key: 'error.calculatorPending' } }, rulesVersion: RULES_VERSION };
  }
  // `today` is checked like an input date (C-22) and the engine run inside a guard: whatever is passed, no throw.
  return runSafely(calculator, RULES_VERSION, () => {
    const result = engine(input, { rulesVersion: RULES_VERSION, today: referenceDay(options) });
    if (result.ok) return result;
    throw new Refusal(result.error);
  });
}

/** `options.today` checked as a date (C-22), else the device's today. */
function referenceDay(options: CalculateOptions | null | undefined): IsoDate {
  const given: unknown = options?.today;
  if (given === undefined || given === null) return todayOnDevice();
  if (typeof given !== 'string') return refuse('invalid-value', 'today', 'error.mustBeText');
  return checkDate(given, 'today');
}

export { RULES_VERSION, RULES_REVIEWED_ON } from './rules/version';
// Monitoring interview (RULES.md 5.4): the screen asks one question at a time from this data.
export { MONITORING_INTERVIEW, MONITORING_QUESTIONS, MONITORING_SCENARIOS } from './rules/monitoring';
export { nextQuestion, answersToFacts, presetAnswer } from './engine/monitoring';
export { SOURCES, sourceById, type Source } from './rules/sources';
export { SOURCE_TITLES, type SourceTitle } from './rules/source-titles';
export { RULESETS, ROLES, type RulesetInfo } from './rules/rulesets';
export { DECISIONS, GAPS, OUT_OF_SCOPE } from './rules/decisions';
export { CALCULATOR_IDS, RULESET_IDS, DEFAULT_RULESET, INTERNAL_FAULT_KEY } from './engine/core/result';
export type {
  CalcResult,
  CalcSuccess,
  CalcFailure,
  CalcError,
  CalculatorId,
  ErrorCode,
  Flag,
  Message,
  MessageParam,
  RulesetId,
  SourceId,
  Status,
  Step,
  Warning,
} from './engine/core/result';
export { parseIsoDate, addDays, weekday, type IsoDate } from './engine/core/dates';
