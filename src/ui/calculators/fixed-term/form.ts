/** The fixed-term form (caps or fine): text state as typed, and its translation into the engine's input (FORMAT.md "fixed-term"). */
import { calculateFixedTerm } from '../../../calculators/fixed-term';
import { dateText } from '../../components/calc/result';
import { locale as uiLocale } from '../../i18n/locale.svelte';
import type { Locale } from '../../i18n/messages';
import { numberFieldText, numberInput } from '../../components/calc/numberText';
import type { ScreenSpec } from '../../components/calc/screen.svelte';
import { fieldProblems, type FieldProblem, type FieldSpec } from '../../components/calc/formProblems';

export interface FixedTermForm {
  mode: 'caps' | 'fine';
  ruleset: string;
  /** Hiring or reference day; empty = today (the engine's default). */
  date: string;
  permanentHeadcount: string;
  unitEmployees: string;
  companyPermanentHeadcount: string;
  companyEmployees: string;
  compensation: boolean;
  fixedTermInForce: string;
  agencyInForce: string;
  workersOver: string;
  monthlyPay: string;
  months: string;
  extraDays: string;
}

export const EMPTY_FIXED_TERM_FORM: FixedTermForm = {
  mode: 'caps',
  ruleset: 'unimpresa-vvp-2021',
  date: '',
  permanentHeadcount: '',
  unitEmployees: '',
  companyPermanentHeadcount: '',
  companyEmployees: '',
  compensation: false,
  fixedTermInForce: '',
  agencyInForce: '',
  workersOver: '1',
  monthlyPay: '',
  months: '',
  extraDays: '0',
};

/** RULES.md FT-7: Unimpresa, 50 permanent staff, offsets between units → CTD 10, agency 8 (7,5 → 8), offsetting 14; statute 10 and 15. */
export const EXAMPLE_CAPS_FORM: FixedTermForm = {
  ...EMPTY_FIXED_TERM_FORM,
  mode: 'caps',
  ruleset: 'unimpresa-vvp-2021',
  permanentHeadcount: '50',
  compensation: true,
};

/** RULES.md FT-8: one worker over the cap, €1,500 a month, 6 months and 10 days → €1,800.00. */
export const EXAMPLE_FINE_FORM: FixedTermForm = {
  ...EMPTY_FIXED_TERM_FORM,
  mode: 'fine',
  ruleset: 'unimpresa-vvp-2021',
  workersOver: '1',
  monthlyPay: '1500',
  months: '6',
  extraDays: '10',
};

/** The form as the engine's input: the fine form sends `fine`, the caps form the headcounts (offsets only under a CCNL). */
export function fixedTermInput(form: FixedTermForm, lang: Locale = uiLocale.current): Record<string, unknown> {
  const common = { ruleset: form.ruleset, date: dateText(form.date) };
  if (form.mode === 'fine') {
    const fine = {
      workersOver: numberInput(form.workersOver, lang),
      monthlyPay: numberInput(form.monthlyPay, lang),
      months: numberInput(form.months, lang),
      extraDays: numberInput(form.extraDays, lang),
    };
    return { ...common, fine };
  }
  return {
    ...common,
    permanentHeadcount: numberInput(form.permanentHeadcount, lang),
    unitEmployees: numberInput(form.unitEmployees, lang),
    companyPermanentHeadcount: numberInput(form.companyPermanentHeadcount, lang),
    companyEmployees: numberInput(form.companyEmployees, lang),
    ...(form.ruleset === 'statute' ? {} : { compensation: form.compensation }),
    fixedTermInForce: numberInput(form.fixedTermInForce, lang),
    agencyInForce: numberInput(form.agencyInForce, lang),
  };
}

type NumberKey = 'permanentHeadcount' | 'unitEmployees' | 'companyPermanentHeadcount' | 'companyEmployees' | 'fixedTermInForce' | 'agencyInForce' | 'workersOver' | 'monthlyPay' | 'months' | 'extraDays';

/** The fields the form shows, in order, with what the engine requires (RULES.md 4.6: the base for the caps; all four for the fine). */
export function fixedTermFields(form: FixedTermForm): FieldSpec[] {
  const number = (key: NumberKey, required = false, field: string = key): FieldSpec => ({ field, label: `fixed-term.field.${key}`, kind: 'number', text: form[key], required });
  const date: FieldSpec = { field: 'date', label: 'fixed-term.field.date', kind: 'date', text: form.date };
  if (form.mode === 'fine') {
    return [date, ...(['workersOver', 'monthlyPay', 'months', 'extraDays'] as const).map((key) => number(key, true, `fine.${key}`))];
  }
  return [date, number('permanentHeadcount', true), number('unitEmployees'), number('companyPermanentHeadcount'), number('companyEmployees'), number('fixedTermInForce'), number('agencyInForce')];
}

/** Every field's problem at once: required and empty, not a number, a number that reads two ways, a day that does not exist. */
export function formProblems(form: FixedTermForm, lang: Locale = uiLocale.current): FieldProblem[] {
  return fieldProblems(fixedTermFields(form), lang);
}

/** A shared link's input back into the form (unknown fields are ignored; wrong types fall back to defaults). */
export function formFromInput(input: Record<string, unknown>): FixedTermForm {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : typeof value === 'number' ? numberFieldText(value, uiLocale.current) : fallback);
  const fine = typeof input.fine === 'object' && input.fine !== null ? (input.fine as Record<string, unknown>) : null;
  const empty = EMPTY_FIXED_TERM_FORM;
  return {
    mode: fine ? 'fine' : 'caps',
    ruleset: text(input.ruleset, empty.ruleset),
    date: text(input.date, ''),
    permanentHeadcount: text(input.permanentHeadcount, ''),
    unitEmployees: text(input.unitEmployees, ''),
    companyPermanentHeadcount: text(input.companyPermanentHeadcount, ''),
    companyEmployees: text(input.companyEmployees, ''),
    compensation: input.compensation === true,
    fixedTermInForce: text(input.fixedTermInForce, ''),
    agencyInForce: text(input.agencyInForce, ''),
    workersOver: text(fine?.workersOver, empty.workersOver),
    monthlyPay: text(fine?.monthlyPay, ''),
    months: text(fine?.months, ''),
    extraDays: text(fine?.extraDays, empty.extraDays),
  };
}

export const FIXED_TERM_SCREEN: ScreenSpec<FixedTermForm> = {
  calculator: 'fixed-term',
  compute: calculateFixedTerm,
  // "Ricomincia" keeps the part the user is in (caps or fine).
  empty: (current) => ({ ...EMPTY_FIXED_TERM_FORM, mode: current?.mode ?? EMPTY_FIXED_TERM_FORM.mode }),
  example: (current) => ({ ...(current.mode === 'fine' ? EXAMPLE_FINE_FORM : EXAMPLE_CAPS_FORM) }),
  fromInput: formFromInput,
  subject: 'unit',
  toInput: fixedTermInput,
  // Defaults (one worker, 0 extra days) are prefilled, so only the figures the user types start the calculation.
  started: (form) => (form.mode === 'caps' ? form.permanentHeadcount !== '' : form.monthlyPay !== '' || form.months !== ''),
  choices: { mode: ['caps', 'fine'] },
  probes: [EXAMPLE_CAPS_FORM, EXAMPLE_FINE_FORM],
};
