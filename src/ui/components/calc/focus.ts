/** Focus management shared by the calculator screens (WCAG 2.4.3: focus goes where the new content is). */
import { tick } from 'svelte';
import type { CalcResult, CalculatorId } from '../../../calculators';

/** DOM id of the control for an engine field: `notice` + `hireDate` → `notice-hireDate`, `schedule.percent` → `leave-schedule-percent`. */
export function fieldId(calculator: CalculatorId, field: string): string {
  return `${calculator}-${field.replace(/\./g, '-')}`;
}

/**
 * After "Calcola" or "Prova un esempio": move focus to the first field at fault when
 * the form shows one, else to the result's heading.
 */
export async function focusOutcome(calculator: CalculatorId, result: CalcResult | null): Promise<void> {
  await tick();
  // The form flags every problem at once (aria-invalid): the first one in the page is where to start.
  const firstFlagged = document.querySelector<HTMLElement>(`form [id^="${calculator}-"][aria-invalid="true"]`);
  const field = firstFlagged ?? (result && !result.ok && result.error.field ? document.getElementById(fieldId(calculator, result.error.field)) : null);
  const target = field ?? document.getElementById(`${calculator}-result`);
  target?.focus();
}
