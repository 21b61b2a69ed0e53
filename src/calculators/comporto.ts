/** The comporto calculator alone (its engine and rules): what the comporto screen loads (issue 10). */
import { computeComporto } from '../engine/comporto';
import { COMPORTO_RULES } from '../rules/comporto';
import { entryPoint } from './run';

export const calculateComporto = entryPoint('comporto', (input, ctx) => computeComporto(input, COMPORTO_RULES, ctx));
