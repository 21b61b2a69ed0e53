/** The seniority form: text state as typed, and its translation into the engine's input (FORMAT.md "seniority"). */
import { todayOnDevice } from '../../../calculators/catalog';
import { calculateSeniority } from '../../../calculators/seniority';
import { dateText } from '../../components/calc/result';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';
import { numberFieldText, numberInput } from '../../components/calc/numberText';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';

export interface SeniorityForm {
  ruleset: string;
  role: string;
  hireDate: string;
  asOf: string;
  partTimePercent: string;
}

/**
 * An empty form whose date to check is the device's today (the question is usually
 * "this month's payslip"); the engine itself never reads a clock.
 */
export function emptySeniorityForm(today: string = todayOnDevice()): SeniorityForm {
  return { ruleset: 'unimpresa-vvp-2021', role: 'ov1', hireDate: '', asOf: today, partTimePercent: '' };
}

/** RULES.md SC-1: a TDS 4th level hired on 1 March 2015 has, on 15 June 2024, 3 steps (61.98 €), the next on 1 March 2027. */
export const EXAMPLE_SENIORITY_FORM: SeniorityForm = {
  ruleset: 'confcommercio-tds',
  role: 'IV',
  hireDate: '2015-03-01',
  asOf: '2024-06-15',
  partTimePercent: '',
};

export function seniorityInput(form: SeniorityForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  return {
    ruleset: form.ruleset,
    ...(form.ruleset === 'statute' ? {} : { role: form.role }),
    hireDate: dateText(form.hireDate),
    asOf: dateText(form.asOf),
    partTimePercent: numberInput(form.partTimePercent, lang),
  };
}

/** The fields the form shows, in order, with what the engine requires (RULES.md 3). */
export function seniorityFields(form: SeniorityForm): FieldSpec[] {
  return [
    { field: 'hireDate', label: 'seniority.field.hireDate', kind: 'date', text: form.hireDate, required: true },
    { field: 'asOf', label: 'seniority.field.asOf', kind: 'date', text: form.asOf, required: true },
    { field: 'partTimePercent', label: 'seniority.field.partTimePercent', kind: 'number', text: form.partTimePercent },
  ];
}

/** Every field's problem at once: required and empty, not a number, a number that reads two ways, a day that does not exist. */
export function formProblems(form: SeniorityForm, lang: Locale = uiLocale.current): FieldProblem[] {
  return fieldProblems(seniorityFields(form), lang);
}

/** A shared link's input back into the form (unknown fields are ignored; wrong types fall back to defaults). */
export function formFromInput(input: Record<string, unknown>): SeniorityForm {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : typeof value === 'number' ? numberFieldText(value, uiLocale.current) : fallback);
  const empty = emptySeniorityForm();
  return {
    ruleset: text(input.ruleset, empty.ruleset),
    role: text(input.role, empty.role),
    hireDate: text(input.hireDate, ''),
    asOf: text(input.asOf, ''),
    partTimePercent: text(input.partTimePercent, ''),
  };
}

export const SENIORITY_SCREEN: ScreenSpec<SeniorityForm> = {
  calculator: 'seniority',
  compute: calculateSeniority,
  empty: () => emptySeniorityForm(),
  example: () => ({ ...EXAMPLE_SENIORITY_FORM }),
  fromInput: formFromInput,
  subject: 'person',
  toInput: seniorityInput,
  // The date to check is prefilled, so only a hire date (or "Calcola") starts the calculation.
  started: (form) => form.hireDate !== '',
};
