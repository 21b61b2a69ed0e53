/** Monitoring input validation in the order of D-GEN-4 and C-17. */
import type { IsoDate } from '../core/dates';
import type { RulesetId } from '../core/result';
import { asInput, checkDate, checkRuleset, optionalBoolean, optionalDateText, optionalEnum, readRulesetText, requireEnum, type Input } from '../core/validate';
import { BOOLEAN_FACTS, PURPOSES, REPRESENTATIONS, TOOLS, type MonitoringFacts } from './types';

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

/** Every optional fact, in the order of MonitoringFacts. */
const OPTIONAL_FACTS: readonly string[] = [...BOOLEAN_FACTS, 'purpose', 'representation'];

/**
 * The facts in D-GEN-4 order (tool, booleans, purpose, representation),
 * assigned one by one onto one object: a `{ tool, ...booleans }` spread was
 * the costliest line of the calculator.
 */
function readFacts(input: Input): MonitoringFacts {
  const facts = { tool: requireEnum(input, 'tool', TOOLS) } as MonitoringFacts;
  for (const fact of BOOLEAN_FACTS) facts[fact] = optionalBoolean(input, fact);
  facts.purpose = optionalEnum(input, 'purpose', PURPOSES) ?? null;
  facts.representation = optionalEnum(input, 'representation', REPRESENTATIONS) ?? 'none';
  return facts;
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
  const facts = readFacts(input);
  const dateText = optionalDateText(input, 'date');
  // 2. Dates, then the ruleset (art. 4 is statute law for every ruleset, but an unknown one is still refused).
  const date = dateText === undefined ? today : checkDate(dateText, 'date');
  const ruleset = checkRuleset(rulesetText);
  const absent = OPTIONAL_FACTS.filter((field) => isAbsent(input, field));
  return { ruleset, facts, date, absent };
}
