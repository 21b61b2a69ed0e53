/** The leave form: text state as typed, and its translation into the engine's input (FORMAT.md "leave"). */
import { calculateLeave } from '../../../calculators/leave';
import { dateText } from '../../components/calc/result';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';
import { numberFieldText, numberInput } from '../../components/calc/numberText';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';

export type ScheduleKind = 'full-time' | 'vertical' | 'horizontal';

export interface LeaveForm {
  ruleset: string;
  periodStart: string;
  periodEnd: string;
  scheduleKind: ScheduleKind;
  daysPerWeek: string;
  percent: string;
  companyEmployees: string;
  hireDate: string;
  /** Only under the statute (C-5): '5' Mon–Fri or '6' Mon–Sat. */
  workingDaysPerWeek: string;
  ferieDaysTaken: string;
  permitHoursTaken: string;
}

// The period starts empty: the engine never reads the clock, and a prefilled "today" would go stale in a draft.
export const EMPTY_LEAVE_FORM: LeaveForm = {
  ruleset: 'unimpresa-vvp-2021',
  periodStart: '',
  periodEnd: '',
  scheduleKind: 'full-time',
  daysPerWeek: '',
  percent: '',
  companyEmployees: '',
  hireDate: '',
  workingDaysPerWeek: '5',
  ferieDaysTaken: '',
  permitHoursTaken: '',
};

/** RULES.md LV-1a: fixed-term from 20 May to 10 September 2025, 8 employees → 3 months, 6.50 days, 8 hours. */
export const EXAMPLE_LEAVE_FORM: LeaveForm = {
  ...EMPTY_LEAVE_FORM,
  ruleset: 'unimpresa-vvp-2021',
  periodStart: '2025-05-20',
  periodEnd: '2025-09-10',
  scheduleKind: 'full-time',
  companyEmployees: '8',
  hireDate: '2025-05-20',
};

function scheduleInput(form: LeaveForm, lang: Locale): Record<string, unknown> {
  if (form.scheduleKind === 'vertical') return { kind: 'vertical', daysPerWeek: numberInput(form.daysPerWeek, lang) };
  if (form.scheduleKind === 'horizontal') return { kind: 'horizontal', percent: numberInput(form.percent, lang) };
  return { kind: 'full-time' };
}

/** The statute has no permits (C-8): company size and permit hours taken are not asked, the working week is. */
export function leaveInput(form: LeaveForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  const statute = form.ruleset === 'statute';
  return {
    ruleset: form.ruleset,
    periodStart: dateText(form.periodStart),
    periodEnd: dateText(form.periodEnd),
    schedule: scheduleInput(form, lang),
    companyEmployees: statute ? undefined : numberInput(form.companyEmployees, lang),
    hireDate: dateText(form.hireDate),
    workingDaysPerWeek: statute ? numberInput(form.workingDaysPerWeek, lang) : undefined,
    ferieDaysTaken: numberInput(form.ferieDaysTaken, lang),
    permitHoursTaken: statute ? undefined : numberInput(form.permitHoursTaken, lang),
  };
}

/** The fields the form shows, in order, with what the engine requires (RULES.md C-9; the statute asks no permits, C-8). */
export function leaveFields(form: LeaveForm): FieldSpec[] {
  const statute = form.ruleset === 'statute';
  const date = (field: 'periodStart' | 'periodEnd' | 'hireDate', required: boolean): FieldSpec => ({ field, label: `leave.field.${field}`, kind: 'date', text: form[field], required });
  const number = (field: 'companyEmployees' | 'ferieDaysTaken' | 'permitHoursTaken'): FieldSpec => ({ field, label: `leave.field.${field}`, kind: 'number', text: form[field] });
  const schedule: FieldSpec[] =
    form.scheduleKind === 'vertical'
      ? [{ field: 'schedule.daysPerWeek', label: 'leave.screen.daysPerWeek', kind: 'number', text: form.daysPerWeek, required: true }]
      : form.scheduleKind === 'horizontal'
        ? [{ field: 'schedule.percent', label: 'leave.screen.percent', kind: 'number', text: form.percent, required: true }]
        : [];
  return [
    date('periodStart', true),
    date('periodEnd', true),
    ...schedule,
    ...(statute ? [] : [number('companyEmployees')]),
    date('hireDate', false),
    number('ferieDaysTaken'),
    ...(statute ? [] : [number('permitHoursTaken')]),
  ];
}

/** Every field's problem at once: required and empty, not a number, a number that reads two ways, a day that does not exist. */
export function formProblems(form: LeaveForm, lang: Locale = uiLocale.current): FieldProblem[] {
  return fieldProblems(leaveFields(form), lang);
}

/** A shared link's input back into the form (unknown fields are ignored; wrong types fall back to defaults). */
export function formFromInput(input: Record<string, unknown>): LeaveForm {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : typeof value === 'number' ? numberFieldText(value, uiLocale.current) : fallback);
  const schedule = typeof input.schedule === 'object' && input.schedule !== null ? (input.schedule as Record<string, unknown>) : {};
  const kind = schedule.kind === 'vertical' || schedule.kind === 'horizontal' ? schedule.kind : 'full-time';
  return {
    ruleset: text(input.ruleset, EMPTY_LEAVE_FORM.ruleset),
    periodStart: text(input.periodStart, ''),
    periodEnd: text(input.periodEnd, ''),
    scheduleKind: kind,
    daysPerWeek: text(schedule.daysPerWeek, ''),
    percent: text(schedule.percent, ''),
    companyEmployees: text(input.companyEmployees, ''),
    hireDate: text(input.hireDate, ''),
    workingDaysPerWeek: text(input.workingDaysPerWeek, EMPTY_LEAVE_FORM.workingDaysPerWeek),
    ferieDaysTaken: text(input.ferieDaysTaken, ''),
    permitHoursTaken: text(input.permitHoursTaken, ''),
  };
}

export const LEAVE_SCREEN: ScreenSpec<LeaveForm> = {
  calculator: 'leave',
  compute: calculateLeave,
  empty: () => ({ ...EMPTY_LEAVE_FORM }),
  example: () => ({ ...EXAMPLE_LEAVE_FORM }),
  fromInput: formFromInput,
  subject: 'person',
  toInput: leaveInput,
  started: (form) => form.periodStart !== '' || form.periodEnd !== '',
  choices: { scheduleKind: ['full-time', 'vertical', 'horizontal'], workingDaysPerWeek: ['5', '6'] },
};
