/** A changed figure in the user's words: its label and its value the locale's way (money, dates, yes/no, lists). */
import type { CalcResult } from '../../../../calculators';
import { formatValue, hasKey } from '../../../i18n/format';
import type { Locale } from '../../../i18n/messages';
import { t, tm } from '../../../i18n/locale.svelte';

const MONEY = new Set(['indemnity', 'monthlyAmount', 'amountPerStep', 'partTimeMonthlyAmount', 'fineTotal', 'monthlyFinePerWorker', 'perWorker']);
const PERCENT = new Set(['ratePercent']);

export function figureLabel(path: string, locale: Locale): string {
  const key = `archiveCalc.output.${path}`;
  return hasKey(locale, key) ? t(key) : t('archiveCalc.output.other');
}

export function figureValue(path: string, value: unknown, locale: Locale): string {
  if (path === 'outcome' && typeof value === 'object' && value !== null && 'ok' in value) {
    const result = value as CalcResult;
    return result.ok ? t('archiveCalc.compare.computed') : tm(result.error.message);
  }
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return t('archiveCalc.items', { n: value.length });
  if (typeof value === 'boolean') return formatValue(locale, value);
  if (typeof value === 'number') return formatValue(locale, value, MONEY.has(path) ? 'money' : PERCENT.has(path) ? 'percent' : undefined);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatValue(locale, value, 'date');
    if (hasKey(locale, `monitoring.outcomeLabel.${value}`)) return t(`monitoring.outcomeLabel.${value}`);
    if (hasKey(locale, `enum.${value}`)) return t(`enum.${value}`);
  }
  // An object or a code without words of its own: said to have changed, never printed raw.
  return t('archiveCalc.compare.changed');
}
