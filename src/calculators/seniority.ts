/** The seniority calculator alone (its engine and rules): what the seniority screen loads (issue 10). */
import { computeSeniority } from '../engine/seniority';
import { SENIORITY_RULES } from '../rules/seniority';
import { entryPoint } from './run';

export const calculateSeniority = entryPoint('seniority', (input, ctx) => computeSeniority(input, SENIORITY_RULES, ctx));
