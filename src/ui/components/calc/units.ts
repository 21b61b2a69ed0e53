/**
 * What kind of number a step value or an input is, so that it is written the
 * locale's way with its unit (engine values are bare numbers: RULES.md keeps
 * units in the message texts).
 */
export type ValueKind = 'money' | 'percent' | 'year';

const STEP_KINDS: Readonly<Record<string, ValueKind>> = {
  'notice.step.indemnity': 'money',
  'seniority.step.amountPerStep': 'money',
  'seniority.step.monthlyAmount': 'money',
  'seniority.step.partTime': 'money',
  'fixedTerm.step.fine.rate': 'percent',
  'fixedTerm.step.fine.perWorker': 'money',
  'fixedTerm.step.fine.total': 'money',
};

const INPUT_KINDS: Readonly<Record<string, ValueKind>> = {
  monthlyPay: 'money',
  partTimePercent: 'percent',
  percent: 'percent',
  year: 'year',
};

export function stepKind(labelKey: string): ValueKind | undefined {
  return Object.hasOwn(STEP_KINDS, labelKey) ? STEP_KINDS[labelKey] : undefined;
}

export function inputKind(field: string): ValueKind | undefined {
  return Object.hasOwn(INPUT_KINDS, field) ? INPUT_KINDS[field] : undefined;
}
