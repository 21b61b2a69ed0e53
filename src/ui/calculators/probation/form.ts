/** The probation form: text state as typed, and its translation into the engine's input (FORMAT.md "probation"). */
import { calculateProbation } from '../../../calculators/probation';
import { absenceFields, absenceProblems, absencesInput, isAbsenceRows, rowsFromInput, type AbsenceRow } from '../../components/calc/absences';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';
import { dateText } from '../../components/calc/result';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';

/** D-PR-7: the kinds the screen offers; the engine treats every period alike, the result says each one's status. */
export const PROBATION_ABSENCE_KINDS = ['sickness', 'injury', 'parental', 'ferie', 'other'] as const;

export interface ProbationForm {
  ruleset: string;
  role: string;
  hireDate: string;
  contract: 'open' | 'fixed';
  contractEndDate: string;
  /** '' = the ruleset's default week (D-PR-14). */
  week: '' | '5' | '6';
  absences: AbsenceRow[];
}

export const EMPTY_PROBATION_FORM: ProbationForm = {
  ruleset: 'unimpresa-vvp-2021',
  role: 'ov1',
  hireDate: '',
  contract: 'open',
  contractEndDate: '',
  week: '',
  absences: [],
};

/** RULES-probation-comporto.md PR-6: a TDS 3rd level hired on 2 March 2026, sick from 16 to 27 March, ends on 26 May 2026. */
export function exampleProbationForm(): ProbationForm {
  return {
    ...EMPTY_PROBATION_FORM,
    ruleset: 'confcommercio-tds',
    role: 'III',
    hireDate: '2026-03-02',
    absences: [{ kind: 'sickness', from: '2026-03-16', endMode: 'days', to: '', days: '12' }],
  };
}

export function probationInput(form: ProbationForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  return {
    ruleset: form.ruleset,
    ...(form.ruleset === 'statute' ? {} : { role: form.role }),
    hireDate: dateText(form.hireDate),
    ...(form.contract === 'fixed' ? { contractEndDate: dateText(form.contractEndDate) ?? '' } : {}),
    ...(form.week === '' ? {} : { workingDaysPerWeek: Number(form.week) }),
    absences: absencesInput(form.absences, lang, false),
  };
}

export function probationFields(form: ProbationForm): FieldSpec[] {
  return [
    { field: 'hireDate', label: 'probation.field.hireDate', kind: 'date', text: form.hireDate, required: true },
    ...(form.contract === 'fixed' ? [{ field: 'contractEndDate', label: 'probation.field.contractEndDate', kind: 'date', text: form.contractEndDate, required: true } satisfies FieldSpec] : []),
    ...absenceFields(form.absences),
  ];
}

export function formProblems(form: ProbationForm, lang: Locale = uiLocale.current): FieldProblem[] {
  const own = fieldProblems(probationFields(form).filter((spec) => !spec.field.startsWith('absences')), lang);
  return [...own, ...absenceProblems(form.absences, lang)];
}

export function formFromInput(input: Record<string, unknown>): ProbationForm {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const week = input.workingDaysPerWeek === 5 ? '5' : input.workingDaysPerWeek === 6 ? '6' : '';
  const end = text(input.contractEndDate, '');
  return {
    ruleset: text(input.ruleset, EMPTY_PROBATION_FORM.ruleset),
    role: text(input.role, EMPTY_PROBATION_FORM.role),
    hireDate: text(input.hireDate, ''),
    contract: typeof input.contractEndDate === 'string' ? 'fixed' : 'open',
    contractEndDate: end,
    week,
    absences: rowsFromInput(input.absences, PROBATION_ABSENCE_KINDS, 'sickness'),
  };
}

export const PROBATION_SCREEN: ScreenSpec<ProbationForm> = {
  calculator: 'probation',
  compute: calculateProbation,
  subject: 'person',
  empty: () => ({ ...EMPTY_PROBATION_FORM, absences: [] }),
  example: () => exampleProbationForm(),
  fromInput: formFromInput,
  toInput: probationInput,
  started: (form) => form.hireDate !== '',
  choices: { contract: ['open', 'fixed'], week: ['', '5', '6'] },
  accept: (form) => isAbsenceRows(form.absences, PROBATION_ABSENCE_KINDS),
  // A fixed-term probe: the law alone answers for fixed-term contracts (the open-ended refusal is explained on the result).
  probes: [{ ...exampleProbationForm(), contract: 'fixed', hireDate: '2026-03-02', contractEndDate: '2026-08-31' }],
};
