/**
 * Every field's problem at once, found on the screen side (issue 7): the
 * engines stop at their first typed error, which stays the case-file
 * runner's contract, so the form checks what it can know by itself: a
 * required field left empty, a text that is not a number or reads two ways,
 * a day that does not exist. Anything else (dates out of order, ranges) is
 * the engine's one error, shown beside its field.
 */
import type { CalcResult, Message } from '../../../calculators';
import type { Locale } from '../../i18n/messages';
import { dateProblem } from './dateInput';
import { numberProblem, readNumber } from './numberText';
import { errorFor } from './result';

export interface FieldSpec {
  /** The engine's field path (`hireDate`, `schedule.percent`, `fine.months`); the control's id follows from it. */
  field: string;
  /** Message key of the field's label, for the error summary. */
  label: string;
  kind: 'number' | 'date';
  text: string;
  required?: boolean;
}

export interface FieldProblem {
  field: string;
  label: string;
  message: Message;
}

const REQUIRED: Message = { key: 'error.required' };

/** The fields' problems in the order the form shows them. */
export function fieldProblems(specs: readonly FieldSpec[], locale: Locale): FieldProblem[] {
  return specs.flatMap(({ field, label, kind, text, required }) => {
    const message =
      required && text.trim() === '' ? REQUIRED : kind === 'number' ? numberProblem(readNumber(text, locale), locale) : dateProblem(text);
    return message ? [{ field, label, message }] : [];
  });
}

/**
 * The form's problems plus the engine's error when it names one of the form's fields that has none
 * of them (dates out of order, ranges), in the form's order. A not-covered answer is the result, not a problem.
 */
export function allFieldProblems(problems: readonly FieldProblem[], result: CalcResult | null, specs: readonly FieldSpec[]): FieldProblem[] {
  if (!result || result.ok || !result.error.field || result.error.code === 'not-covered') return [...problems];
  const field = result.error.field;
  const spec = specs.find((candidate) => candidate.field === field);
  if (!spec || problems.some((problem) => problem.field === field)) return [...problems];
  const engineProblem = { field, label: spec.label, message: result.error.message };
  const order = (problem: FieldProblem) => specs.findIndex((candidate) => candidate.field === problem.field);
  return [...problems, engineProblem].sort((a, b) => order(a) - order(b));
}

/** The message beside one field: its own problem first, else the engine's error for it. */
export function problemFor(problems: readonly FieldProblem[], result: CalcResult | null, field: string): Message | null {
  return problems.find((problem) => problem.field === field)?.message ?? errorFor(result, field)?.message ?? null;
}

/** The props every calculator form takes from its screen (CalcScreen owns the state). */
export interface CalcFormProps<F> {
  form: F;
  result: CalcResult | null;
  showErrors: boolean;
  onsubmit: (event: SubmitEvent) => void;
  onexample: () => void;
  onreset: () => void;
}
