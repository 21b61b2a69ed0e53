/** The comporto form: text state as typed, and its translation into the engine's input (FORMAT.md "comporto"). */
import { calculateComporto } from '../../../calculators/comporto';
import { absenceFields, absenceProblems, absencesInput, isAbsenceRows, rowsFromInput, type AbsenceRow } from '../../components/calc/absences';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';
import { dateText } from '../../components/calc/result';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';

export const COMPORTO_ABSENCE_KINDS = ['sickness', 'injury'] as const;

export interface ComportoForm {
  ruleset: string;
  asOf: string;
  hireDate: string;
  contractEndDate: string;
  absences: AbsenceRow[];
}

export const EMPTY_COMPORTO_FORM: ComportoForm = { ruleset: 'unimpresa-vvp-2021', asOf: '', hireDate: '', contractEndDate: '', absences: [] };

/** RULES-probation-comporto.md CO-5: 90 sick days in summer 2025 and 30 in May 2026; on 30 June 2026 60 are left, exhaustion on 28 November 2026. */
export function exampleComportoForm(): ComportoForm {
  return {
    ruleset: 'confcommercio-tds',
    asOf: '2026-06-30',
    hireDate: '',
    contractEndDate: '',
    absences: [
      { kind: 'sickness', from: '2025-07-01', endMode: 'to', to: '2025-09-28', days: '' },
      { kind: 'sickness', from: '2026-05-01', endMode: 'days', to: '', days: '30' },
    ],
  };
}

export function comportoInput(form: ComportoForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  return {
    ruleset: form.ruleset,
    asOf: dateText(form.asOf),
    hireDate: dateText(form.hireDate),
    contractEndDate: dateText(form.contractEndDate),
    absences: absencesInput(form.absences, lang, true),
  };
}

export function comportoFields(form: ComportoForm): FieldSpec[] {
  return [
    { field: 'asOf', label: 'comporto.field.asOf', kind: 'date', text: form.asOf, required: true },
    { field: 'hireDate', label: 'comporto.field.hireDate', kind: 'date', text: form.hireDate },
    { field: 'contractEndDate', label: 'comporto.field.contractEndDate', kind: 'date', text: form.contractEndDate },
    ...absenceFields(form.absences),
  ];
}

export function formProblems(form: ComportoForm, lang: Locale = uiLocale.current): FieldProblem[] {
  const own = fieldProblems(comportoFields(form).filter((spec) => !spec.field.startsWith('absences')), lang);
  return [...own, ...absenceProblems(form.absences, lang)];
}

export function formFromInput(input: Record<string, unknown>): ComportoForm {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    ruleset: typeof input.ruleset === 'string' ? input.ruleset : EMPTY_COMPORTO_FORM.ruleset,
    asOf: text(input.asOf),
    hireDate: text(input.hireDate),
    contractEndDate: text(input.contractEndDate),
    absences: rowsFromInput(input.absences, COMPORTO_ABSENCE_KINDS, 'sickness'),
  };
}

export const COMPORTO_SCREEN: ScreenSpec<ComportoForm> = {
  calculator: 'comporto',
  compute: calculateComporto,
  subject: 'person',
  empty: () => ({ ...EMPTY_COMPORTO_FORM, absences: [] }),
  example: () => exampleComportoForm(),
  fromInput: formFromInput,
  toInput: comportoInput,
  started: (form) => form.asOf !== '',
  accept: (form) => isAbsenceRows(form.absences, COMPORTO_ABSENCE_KINDS),
};
