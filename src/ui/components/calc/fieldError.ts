/** The words shown beside a form field, once the user has asked for a result. */
import type { CalcResult } from '../../../calculators';
import { tm } from '../../i18n/locale.svelte';
import { problemFor, type FieldProblem } from './formProblems';
import { errorFor } from './result';

/** The engine's refusal for one field. */
export function fieldErrorText(result: CalcResult | null, showErrors: boolean, field: string): string | null {
  const error = showErrors ? errorFor(result, field) : null;
  return error ? tm(error.message) : null;
}

/** The form's own problem for the field (empty, not a number, no such day), else the engine's refusal. */
export function fieldMessage(problems: readonly FieldProblem[], result: CalcResult | null, showErrors: boolean, field: string): string | null {
  const message = showErrors ? problemFor(problems, result, field) : null;
  return message ? tm(message) : null;
}
