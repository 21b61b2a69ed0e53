/** The leave calculator alone (its engine and rules): what the leave screen loads (issue 10). */
import { computeLeave } from '../engine/leave';
import { LEAVE_RULES } from '../rules/leave';
import { entryPoint } from './run';

export const calculateLeave = entryPoint('leave', (input, ctx) => computeLeave(input, LEAVE_RULES, ctx));
