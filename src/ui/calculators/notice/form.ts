/** The notice form: text state as typed, and its translation into the engine's input. */
import { calculateNotice } from '../../../calculators/notice';
import { dateText } from '../../components/calc/result';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';
import { numberFieldText, numberInput } from '../../components/calc/numberText';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';

export interface NoticeForm {
  mode: 'forward' | 'reverse';
  ruleset: string;
  role: string;
  kind: string;
  hireDate: string;
  noticeDate: string;
  targetEndDate: string;
  situation: 'normal' | 'probation' | 'justCause';
  leaveDaysDuringNotice: string;
  monthlyPay: string;
}

export const EMPTY_NOTICE_FORM: NoticeForm = {
  mode: 'forward',
  ruleset: 'unimpresa-vvp-2021',
  role: 'ov1',
  kind: 'dismissal',
  hireDate: '',
  noticeDate: '',
  targetEndDate: '',
  situation: 'normal',
  leaveDaysDuringNotice: '',
  monthlyPay: '',
};

/** RULES.md NP-3: a 1st-category sales operator dismissed after 7 years gets 45 days. */
export const EXAMPLE_NOTICE_FORM: NoticeForm = {
  ...EMPTY_NOTICE_FORM,
  ruleset: 'confcommercio-tds',
  role: 'ov1',
  kind: 'dismissal',
  hireDate: '2017-01-10',
  noticeDate: '2024-03-10',
  // RULES.md: TDS ov1 pay from 1.11.2025, written as the active language writes it (1717,04 / 1717.04) each time the example is copied.
  get monthlyPay() {
    return numberFieldText(1717.04, uiLocale.current);
  },
};

export function noticeInput(form: NoticeForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  const common = {
    ruleset: form.ruleset,
    ...(form.ruleset === 'statute' ? {} : { role: form.role }),
    kind: form.kind,
    hireDate: dateText(form.hireDate),
    leaveDaysDuringNotice: numberInput(form.leaveDaysDuringNotice, lang),
  };
  if (form.mode === 'reverse') return { ...common, mode: 'reverse', targetEndDate: dateText(form.targetEndDate) };
  return {
    ...common,
    noticeDate: dateText(form.noticeDate),
    inProbation: form.situation === 'probation',
    justCause: form.situation === 'justCause',
    monthlyPay: numberInput(form.monthlyPay, lang),
  };
}

/** The fields the form shows, in order, with what the engine requires (RULES.md 1.2). */
export function noticeFields(form: NoticeForm): FieldSpec[] {
  const date = (field: 'hireDate' | 'noticeDate' | 'targetEndDate'): FieldSpec => ({ field, label: `notice.field.${field}`, kind: 'date', text: form[field], required: true });
  const number = (field: 'leaveDaysDuringNotice' | 'monthlyPay'): FieldSpec => ({ field, label: `notice.field.${field}`, kind: 'number', text: form[field] });
  const forward = form.mode === 'forward';
  return [date('hireDate'), date(forward ? 'noticeDate' : 'targetEndDate'), number('leaveDaysDuringNotice'), ...(forward ? [number('monthlyPay')] : [])];
}

/** Every field's problem at once: required and empty, not a number, a number that reads two ways, a day that does not exist. */
export function formProblems(form: NoticeForm, lang: Locale = uiLocale.current): FieldProblem[] {
  return fieldProblems(noticeFields(form), lang);
}

/** A shared link's input back into the form (unknown fields are ignored; wrong types fall back to defaults). */
export function formFromInput(input: Record<string, unknown>): NoticeForm {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : typeof value === 'number' ? numberFieldText(value, uiLocale.current) : fallback);
  return {
    mode: input.mode === 'reverse' ? 'reverse' : 'forward',
    ruleset: text(input.ruleset, EMPTY_NOTICE_FORM.ruleset),
    role: text(input.role, EMPTY_NOTICE_FORM.role),
    kind: text(input.kind, EMPTY_NOTICE_FORM.kind),
    hireDate: text(input.hireDate, ''),
    noticeDate: text(input.noticeDate, ''),
    targetEndDate: text(input.targetEndDate, ''),
    situation: input.justCause === true ? 'justCause' : input.inProbation === true ? 'probation' : 'normal',
    leaveDaysDuringNotice: text(input.leaveDaysDuringNotice, ''),
    monthlyPay: text(input.monthlyPay, ''),
  };
}

/** What the screen controller needs to run this calculator's screen. */
export const NOTICE_SCREEN: ScreenSpec<NoticeForm> = {
  calculator: 'notice',
  compute: calculateNotice,
  empty: () => ({ ...EMPTY_NOTICE_FORM }),
  example: () => ({ ...EXAMPLE_NOTICE_FORM }),
  fromInput: formFromInput,
  subject: 'person',
  toInput: noticeInput,
  started: (form) => form.hireDate !== '' || form.noticeDate !== '' || form.targetEndDate !== '',
  choices: { mode: ['forward', 'reverse'], kind: ['dismissal', 'resignation'], situation: ['normal', 'probation', 'justCause'] },
};
