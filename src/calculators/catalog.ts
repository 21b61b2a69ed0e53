/**
 * What the screens need to know besides a calculation, without any engine: rules version, rulesets and
 * roles, ids, the device's today. A calculator screen imports this and its own src/calculators/<id>.ts,
 * never src/calculators.ts, which holds every engine (issue 10: a screen loads only its own engine and rules).
 */
export { RULES_VERSION, RULES_REVIEWED_ON } from '../rules/version';
export { RULESETS, ROLES, type RulesetInfo } from '../rules/rulesets';
export { CALCULATOR_IDS, RULESET_IDS, DEFAULT_RULESET, INTERNAL_FAULT_KEY } from '../engine/core/result';
export { parseIsoDate, addDays, weekday, type IsoDate } from '../engine/core/dates';
export { todayOnDevice, type Calculate, type CalculateOptions } from './run';
