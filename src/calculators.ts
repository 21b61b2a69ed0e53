/**
 * The one place where engine meets rules (ARCHITECTURE.md), with its folder
 * src/calculators/ (one entry point per calculator, catalog.ts, sources.ts).
 * Storage and the case-file runner call this module; a calculator screen
 * calls its own src/calculators/<id>.ts and catalog.ts, so that it loads
 * only its own engine and rules.
 */
import type { CalcResult, CalculatorId } from './engine/core/result';
import { RULES_VERSION } from './rules/version';
import { calculateFixedTerm } from './calculators/fixed-term';
import { calculateLeave } from './calculators/leave';
import { calculateMonitoring } from './calculators/monitoring';
import { calculateNotice } from './calculators/notice';
import { calculateComporto } from './calculators/comporto';
import { calculateProbation } from './calculators/probation';
import type { Calculate, CalculateOptions } from './calculators/run';
import { calculateSeniority } from './calculators/seniority';

// One entry point per calculator (src/calculators/<id>.ts): a screen imports only its own, so it loads only its
// engine and rules (issue 10); this table joins them for the dashboard, the case-file runner and the tests.
const CALCULATORS: Partial<Record<CalculatorId, Calculate>> = {
  leave: calculateLeave,
  monitoring: calculateMonitoring,
  'fixed-term': calculateFixedTerm,
  seniority: calculateSeniority,
  probation: calculateProbation,
  comporto: calculateComporto,
  notice: calculateNotice,
};

/** True when the calculator has an engine. */
export function isAvailable(calculator: CalculatorId): boolean {
  return calculator in CALCULATORS;
}

/**
 * Runs a calculator on any input. Total: returns a result or a typed error, never throws.
 * @example calculate('notice', { ruleset: 'confcommercio-tds', role: 'IV', kind: 'resignation', hireDate: '2022-01-01', noticeDate: '2025-01-15' })
 */
export function calculate(calculator: CalculatorId, input: unknown, options: CalculateOptions = {}): CalcResult {
  const entry = Object.hasOwn(CALCULATORS, calculator) ? CALCULATORS[calculator] : undefined;
  if (!entry) {
    return { ok: false, calculator, error: { code: 'not-covered', message: { key: 'error.calculatorPending' } }, rulesVersion: RULES_VERSION };
  }
  return entry(input, options);
}

export { todayOnDevice, type Calculate, type CalculateOptions } from './calculators/run';
export { RULES_VERSION, RULES_REVIEWED_ON } from './rules/version';
// Monitoring interview (RULES.md 5.4): the screen asks one question at a time from this data.
export { MONITORING_INTERVIEW, MONITORING_QUESTIONS, MONITORING_SCENARIOS, nextQuestion, answersToFacts, presetAnswer } from './calculators/monitoring';
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
