/** The words shown beside a form field for the engine's refusal, once the user has asked for a result. */
import type { CalcResult } from '../../../calculators';
import { tm } from '../../i18n/locale.svelte';
import { errorFor } from './result';

export function fieldErrorText(result: CalcResult | null, showErrors: boolean, field: string): string | null {
  const error = showErrors ? errorFor(result, field) : null;
  return error ? tm(error.message) : null;
}
