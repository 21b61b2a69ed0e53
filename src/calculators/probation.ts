/** The probation calculator alone (its engine and rules): what the probation screen loads (issue 10). */
import { computeProbation } from '../engine/probation';
import { PROBATION_RULES } from '../rules/probation';
import { entryPoint } from './run';

export const calculateProbation = entryPoint('probation', (input, ctx) => computeProbation(input, PROBATION_RULES, ctx));
