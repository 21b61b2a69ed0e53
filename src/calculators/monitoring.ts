/** The monitoring calculator alone (its engine, rules and interview): what the monitoring screen loads (issue 10). */
import { computeMonitoring } from '../engine/monitoring';
import { MONITORING_RULES } from '../rules/monitoring';
import { entryPoint } from './run';

export const calculateMonitoring = entryPoint('monitoring', (input, ctx) => computeMonitoring(input, MONITORING_RULES, ctx));

// Monitoring interview (RULES.md 5.4): the screen asks one question at a time from this data.
export { MONITORING_INTERVIEW, MONITORING_QUESTIONS, MONITORING_SCENARIOS } from '../rules/monitoring';
export { nextQuestion, answersToFacts, presetAnswer } from '../engine/monitoring';
