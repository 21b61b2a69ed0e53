/** Monitoring input validation in the order of D-GEN-4 and C-17. */
import type { IsoDate } from '../core/dates';
import type { RulesetId } from '../core/result';
import { asInput, checkDate, checkRuleset, optionalBoolean, optionalDateText, optionalEnum, readRulesetText, requireEnum, type Input } from '../core/validate';
import { BOOLEAN_FACTS, PURPOSES, REPRESENTATIONS, TOOLS, type BooleanFact, type MonitoringFacts } from './types';

export interface MonitoringInput {
  ruleset: RulesetId;
  facts: MonitoringFacts;
  /** Day whose rules apply: the input `date`, else the context's today. */
  date: IsoDate;
  /** Facts absent from the input, which took the C-17 default. */
  absent: readonly string[];
}

function isAbsent(input: Input, field: string): boolean {
  return input[field] === undefined || input[field] === null;
}

function readBooleans(input: Input): Record<BooleanFact, boolean> {
  const out = {} as Record<BooleanFact, boolean>;
  for (const fact of BOOLEAN_FACTS) out[fact] = optionalBoolean(input, fact);
  return out;
}

/**
 * Reads the facts or refuses them with one typed error. Lists are checked
 * whenever a field is given, even if the path will not use it (C-17);
 * a missing `purpose` is refused later, only on the paths that need it.
 * @example readMonitoringInput({ tool: 'gps', canMonitorWorkers: true, purpose: 'organisational' }, '2026-11-23')
 *   // facts.neededToWork === false, facts.representation === 'none'
 */
export function readMonitoringInput(raw: unknown, today: IsoDate): MonitoringInput {
  const input = asInput(raw);
  // 1. Required fields, types and lists (invalid-value).
  const rulesetText = readRulesetText(input);
  const tool = requireEnum(input, 'tool', TOOLS);
  const booleans = readBooleans(input);
  const purpose = optionalEnum(input, 'purpose', PURPOSES) ?? null;
  const representation = optionalEnum(input, 'representation', REPRESENTATIONS) ?? 'none';
  const dateText = optionalDateText(input, 'date');
  // 2. Dates, then the ruleset (art. 4 is statute law for every ruleset, but an unknown one is still refused).
  const date = dateText === undefined ? today : checkDate(dateText, 'date');
  const ruleset = checkRuleset(rulesetText);
  const absent = [...BOOLEAN_FACTS, 'purpose', 'representation'].filter((field) => isAbsent(input, field));
  return { ruleset, facts: { tool, ...booleans, purpose, representation }, date, absent };
}
