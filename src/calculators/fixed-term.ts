/** The fixed-term calculator alone (its engine and rules): what the fixed-term screen loads (issue 10). */
import { computeFixedTerm } from '../engine/fixed-term';
import { FIXED_TERM_RULES } from '../rules/fixed-term';
import { entryPoint } from './run';

export const calculateFixedTerm = entryPoint('fixed-term', (input, ctx) => computeFixedTerm(input, FIXED_TERM_RULES, ctx));
